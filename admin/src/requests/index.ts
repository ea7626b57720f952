import MarkEmailUnreadIcon from '@mui/icons-material/MarkEmailUnread';
import { lazy } from 'react';
import type { InfoRequest } from '../api/types';
import { RequestList } from './RequestList';

// The intake form and the detail page (dialogs, timers, timeline) load on first use.
const RequestCreate = lazy(() => import('./RequestCreate'));
const RequestShow = lazy(() => import('./RequestShow'));

export default {
  list: RequestList,
  show: RequestShow,
  create: RequestCreate,
  icon: MarkEmailUnreadIcon,
  recordRepresentation: (record: InfoRequest) => record.number,
};
