import TuneIcon from '@mui/icons-material/Tune';
import { lazy } from 'react';

// One page, not a list: GET /api/settings answers the office's rules as a whole.
const SettingsPage = lazy(() => import('./SettingsPage'));

export default {
  list: SettingsPage,
  icon: TuneIcon,
};
