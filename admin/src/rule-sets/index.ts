import GavelIcon from '@mui/icons-material/Gavel';
import { lazy } from 'react';

// A page, not a resource (mounted with <CustomRoutes>, pages.tsx): the versions of the service rules per regime, the one in force, and publishing a new one.
const RuleSetsPage = lazy(() => import('./RuleSetsPage'));

export default {
  page: RuleSetsPage,
  icon: GavelIcon,
};
