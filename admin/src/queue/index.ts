import ViewKanbanIcon from '@mui/icons-material/ViewKanban';
import { lazy } from 'react';

// A page, not a resource (mounted with <CustomRoutes>, pages.tsx): GET /api/requests/queue answers the four queues at once.
const QueueBoardPage = lazy(() => import('./QueueBoardPage'));

export default {
  page: QueueBoardPage,
  icon: ViewKanbanIcon,
};
