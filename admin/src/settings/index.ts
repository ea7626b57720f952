import TuneIcon from '@mui/icons-material/Tune';
import { lazy } from 'react';

// A page, not a resource (mounted with <CustomRoutes>, pages.tsx): GET /api/settings answers the office rules at once.
const SettingsPage = lazy(() => import('./SettingsPage'));

export default {
  page: SettingsPage,
  icon: TuneIcon,
};
