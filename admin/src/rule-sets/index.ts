import GavelIcon from '@mui/icons-material/Gavel';
import { lazy } from 'react';

// One page, not a list: the versions of the service rules per regime, the one in force, and publishing a new one.
const RuleSetsPage = lazy(() => import('./RuleSetsPage'));

export default {
  list: RuleSetsPage,
  icon: GavelIcon,
};
