import ReportGmailerrorredIcon from '@mui/icons-material/ReportGmailerrorred';
import { ListGuesser } from 'react-admin';

// Placeholder until the objection screens land (list with the Atasan PPID queue, page with timeline).
export default {
  list: ListGuesser,
  icon: ReportGmailerrorredIcon,
};
