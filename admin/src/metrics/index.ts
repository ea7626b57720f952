import InsightsIcon from '@mui/icons-material/Insights';
import { lazy } from 'react';

// A page, not a resource (mounted with <CustomRoutes>, pages.tsx): GET /api/metrics/* answers the figures.
// Loaded lazily: recharts (charts.tsx) is only imported from this page, so it stays out of the first download.
const MetricsPage = lazy(() => import('./MetricsPage'));

export default {
  page: MetricsPage,
  icon: InsightsIcon,
};
