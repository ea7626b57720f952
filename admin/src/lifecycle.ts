// The server's request lifecycle (statuses, decisions and their labels): one state table for API and console.
export {
  DECISIONS,
  DECISION_LABELS,
  OPEN_STATUSES,
  REQUEST_STATUSES,
  STATUS_LABELS,
} from '../../server/src/requests/request-lifecycle';
