import MarkEmailUnreadIcon from '@mui/icons-material/MarkEmailUnread';
import { lazyPage } from '../common/lazyPage';
import type { InfoRequest } from '../types';
import { RequestList } from './RequestList';

// The intake form and the detail page (dialogs, timers, timeline) load on first use.
const RequestCreate = lazyPage(() => import('./RequestCreate'));
const RequestShow = lazyPage(() => import('./RequestShow'));

export default {
  list: RequestList,
  show: RequestShow,
  create: RequestCreate,
  icon: MarkEmailUnreadIcon,
  recordRepresentation: (record: InfoRequest) => record.number,
};
