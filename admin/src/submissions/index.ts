import LanguageIcon from '@mui/icons-material/Language';
import type { Submission } from '../api/types';
import { SubmissionList } from './SubmissionList';
import { SubmissionShow } from './SubmissionShow';

export default {
  list: SubmissionList,
  show: SubmissionShow,
  icon: LanguageIcon,
  recordRepresentation: (record: Submission) => record.trackingCode ?? `#${record.id}`,
};
