import AssignmentIcon from '@mui/icons-material/Assignment';
import { lazy } from 'react';

// A page (a form and what came in), mounted with <CustomRoutes> (pages.tsx).
const LiaisonReportsPage = lazy(() => import('./LiaisonReportsPage'));

export default {
  page: LiaisonReportsPage,
  icon: AssignmentIcon,
};
