import EventNoteIcon from '@mui/icons-material/EventNote';
import { lazy } from 'react';

// A page, not a resource (mounted with <CustomRoutes>, pages.tsx): GET /api/daily-sheets?date= answers one day.
const DailySheetPage = lazy(() => import('./DailySheetPage'));

export default {
  page: DailySheetPage,
  icon: EventNoteIcon,
};
