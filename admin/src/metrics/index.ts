import InsightsIcon from '@mui/icons-material/Insights';
import { lazy } from 'react';

// One page, not a list (like the queue board): GET /api/metrics/* answers the figures. Route: /metrics.
// Loaded lazily: recharts (charts.tsx) is only imported from this page, so it stays out of the first download.
const MetricsPage = lazy(() => import('./MetricsPage'));

export default {
  list: MetricsPage,
  icon: InsightsIcon,
};
