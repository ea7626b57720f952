import EmailOutlinedIcon from '@mui/icons-material/EmailOutlined';
import { lazy } from 'react';

// A page, not a resource (mounted with <CustomRoutes>, pages.tsx): GET /api/mail-templates answers every message at once.
const MailTemplatesPage = lazy(() => import('./MailTemplatesPage'));

export default {
  page: MailTemplatesPage,
  icon: EmailOutlinedIcon,
};
