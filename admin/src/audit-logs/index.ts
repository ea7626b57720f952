import HistoryIcon from '@mui/icons-material/History';
import type { AuditLog } from '../api/types';
import { AuditLogList } from './AuditLogList';
import { AuditLogShow } from './AuditLogShow';

export default {
  list: AuditLogList,
  show: AuditLogShow,
  icon: HistoryIcon,
  recordRepresentation: (record: AuditLog) => `${record.action} #${record.id}`,
};
