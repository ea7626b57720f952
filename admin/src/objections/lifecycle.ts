// The server's objection lifecycle (statuses, the letters of the grounds, decisions and their labels): one state table for
// API and console. The wording of the grounds (UU KIP Pasal 35) comes from the legal catalogue (common/legal.ts).
export {
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
