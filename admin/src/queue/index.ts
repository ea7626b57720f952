import ViewKanbanIcon from '@mui/icons-material/ViewKanban';
import { lazy } from 'react';

// One page, not a list (like settings): GET /api/requests/queue answers the four queues at once. Route: /queue.
const QueueBoardPage = lazy(() => import('./QueueBoardPage'));

export default {
  list: QueueBoardPage,
  icon: ViewKanbanIcon,
};
