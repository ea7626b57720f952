import type { ClockView, Decision, MatterRuleSet, Regime, RequesterSummary } from '../api/types';
import type { ObjectionDecision, ObjectionStatus } from './lifecycle';

/** One entry of an objection's timeline (GET /objections/:id → events, oldest first). */
export interface ObjectionEvent {
  id: number | string;
  objectionId: number | string;
  type: string;
  fromStatus: string | null;
  toStatus: string | null;
  at: string;
  actorId: number | string | null;
  actorName: string | null;
  note: string | null;
}

/** A keberatan as GET /api/objections(/:id) answers it (server: objections.service.ts views()). */
export interface Objection {
  id: number | string;
  officeId: number | string;
  number: string;
  year: number;
  seq: number;
  requestId: number | string | null;
  requesterId: number | string;
  requesterVersion?: number;
  /** the regime of the request objected to: the objection's clocks follow it */
  regime?: Regime;
  ruleSetId?: number | string;
  grounds: string[];
  reasons: string;
  proxyName: string | null;
  status: ObjectionStatus;
  filedAt: string;
  filedDate: string;
  groundDate: string;
  filingDeadline: string;
  late: boolean;
  lateAcceptedReason: string | null;
  responseDueDate: string;
  decision: ObjectionDecision | null;
  decisionReason: string | null;
  instruction: string | null;
  decidedAt: string | null;
  decisionDate: string | null;
  decidedById: number | string | null;
  requesterReaction: string | null;
  disputeDeadline: string | null;
  disputeFiledDate: string | null;
  kiRegistrationNumber: string | null;
  disputeStage: string | null;
  disputeOutcome: string | null;
  complianceNote: string | null;
  courtAction: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  /** the identity as registered with this objection (full in the detail, for those who may see it) */
  requester: RequesterSummary | null;
  request: {
    id: number | string;
    number: string;
    informationRequested: string;
    purpose: string;
    decision: Decision | null;
  } | null;
  allowedActions: string[];
  /** detail only */
  events?: ObjectionEvent[];
  /** detail only: every clock of the objection, explained (the answer, the dispute window, the Commission's stages) */
  clocks?: ClockView[];
  /** detail only: the rules it follows (its request's regime, as in force when that was received) */
  ruleSet?: MatterRuleSet;
}
