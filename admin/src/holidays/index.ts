import EventBusyIcon from '@mui/icons-material/EventBusy';
import type { Holiday } from '../api/types';
import { HolidayCreate } from './HolidayCreate';
import { HolidayEdit } from './HolidayEdit';
import { HolidayList } from './HolidayList';

export default {
  list: HolidayList,
  create: HolidayCreate,
  edit: HolidayEdit,
  icon: EventBusyIcon,
  recordRepresentation: (record: Holiday) => `${record.date} ${record.name}`,
};
