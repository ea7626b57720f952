import AssignmentTurnedInIcon from '@mui/icons-material/AssignmentTurnedIn';
import type { Task } from '../api/types';
import { TaskList } from './TaskList';
import { TaskShow } from './TaskShow';

export default {
  list: TaskList,
  show: TaskShow,
  icon: AssignmentTurnedInIcon,
  recordRepresentation: (record: Task) => record.request?.number ?? `#${record.id}`,
};
