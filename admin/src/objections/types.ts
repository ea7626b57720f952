import type { Decision, RequesterType } from '../types';
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
  requester: { id: number | string; name: string; type: RequesterType; address: string } | null;
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
}
