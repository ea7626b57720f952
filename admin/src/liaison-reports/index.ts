import AssignmentIcon from '@mui/icons-material/Assignment';
import { lazy } from 'react';

// One page (a form and what came in), mounted as the resource's list like the queue board. Route: /liaison-reports.
const LiaisonReportsPage = lazy(() => import('./LiaisonReportsPage'));

export default {
  list: LiaisonReportsPage,
  icon: AssignmentIcon,
};
