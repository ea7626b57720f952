import EventNoteIcon from '@mui/icons-material/EventNote';
import { lazy } from 'react';

// One page, not a list (like settings): GET /api/daily-sheets?date= answers one day's sheet. Route: /daily-sheet.
const DailySheetPage = lazy(() => import('./DailySheetPage'));

export default {
  list: DailySheetPage,
  icon: EventNoteIcon,
};
