import TuneIcon from '@mui/icons-material/Tune';
import { lazyPage } from '../common/lazyPage';

// One page, not a list: GET /api/settings answers the office's rules as a whole.
const SettingsPage = lazyPage(() => import('./SettingsPage'));

export default {
  list: SettingsPage,
  icon: TuneIcon,
};
