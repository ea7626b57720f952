import { Suspense, lazy } from 'react';
import { useCan } from '../common/useCan';

const MetricsCard = lazy(() => import('./MetricsCard'));

/** The home page's service figures, for those who may open the metrics page (metrics.read), loaded when needed. */
export const DashboardMetrics = () => {
  const canRead = useCan('list', 'metrics');
  if (!canRead) return null;
  return (
    <Suspense fallback={null}>
      <MetricsCard />
    </Suspense>
  );
};
