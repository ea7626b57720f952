import ReportGmailerrorredIcon from '@mui/icons-material/ReportGmailerrorred';
import { lazy } from 'react';
import { ObjectionList } from './ObjectionList';
import type { Objection } from './types';

// The registration form and the objection page (dialogs, timeline) load on first use.
const ObjectionCreate = lazy(() => import('./ObjectionCreate'));
const ObjectionShow = lazy(() => import('./ObjectionShow'));

export default {
  list: ObjectionList,
  show: ObjectionShow,
  create: ObjectionCreate,
  icon: ReportGmailerrorredIcon,
  recordRepresentation: (record: Objection) => record.number,
};
