import HistoryEduIcon from '@mui/icons-material/HistoryEdu';
import ListAltIcon from '@mui/icons-material/ListAlt';
import { ListGuesser } from 'react-admin';

// Placeholders until the DIP screens land (entries: drafts and classification; versions: SK, diff, publish).
export const dipEntries = {
  list: ListGuesser,
  icon: ListAltIcon,
};

export const dipVersions = {
  list: ListGuesser,
  icon: HistoryEduIcon,
};
