// The server's objection lifecycle (statuses, grounds of UU KIP Pasal 35, decisions and their labels): one state table for API and console.
export {
  GROUND_LABELS,
  OBJECTION_DECISIONS,
  OBJECTION_GROUNDS,
  OBJECTION_STATUSES,
  OBJECTION_STATUS_LABELS,
  canSettle,
} from '../../../server/src/objections/objection-lifecycle';
export type {
  ObjectionDecision,
  ObjectionGround,
  ObjectionStatus,
} from '../../../server/src/objections/objection-lifecycle';
