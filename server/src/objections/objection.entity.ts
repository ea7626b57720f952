import { Entity, Index } from 'typeorm';
import { Col } from '../common/columns';
import { MatterEvent, RegisteredMatter } from '../common/registered-matter';
import {
  OBJECTION_DECISIONS,
  OBJECTION_GROUNDS,
  OBJECTION_STATUSES,
  type ObjectionDecision,
  type ObjectionStatus,
} from './objection-lifecycle';

/**
 * Keberatan: against a request (or on its own for ground b), answered by the Atasan PPID within 30 working days. Its
 * regime and rule set are those of the request it objects to: its clocks follow them.
 */
@Entity('objections')
@Index('UQ_objections_office_number', ['officeId', 'number'], { unique: true })
@Index('IDX_objections_office_status_due', ['officeId', 'status', 'responseDueDate'])
@Index('IDX_objections_office_filed', ['officeId', 'filedDate', 'regime'])
@Index('IDX_objections_request', ['requestId'])
@Index('IDX_objections_office_decision', ['officeId', 'decisionDate', 'decision', 'regime'])
@Index('IDX_objections_office_dispute', ['officeId', 'disputeFiledDate'])
export class Objection extends RegisteredMatter {
  @Col.int({ nullable: true }) requestId: number | null;
  @Col.list({ enum: OBJECTION_GROUNDS, enumName: 'ObjectionGround' }) grounds: string[];
  @Col.text() reasons: string;
  @Col.varchar(200, { nullable: true }) proxyName: string | null;
  @Col.varchar(20, { enum: OBJECTION_STATUSES, enumName: 'ObjectionStatus' }) status: ObjectionStatus;
  @Col.instant() filedAt: Date;
  @Col.date() filedDate: string;
  /** the day the ground arose: the refusal, the unanswered deadline, the late delivery… */
  @Col.date() groundDate: string;
  /** groundDate + 30 working days (Pasal 36 ayat 1) */
  @Col.date() filingDeadline: string;
  @Col.bool() late: boolean;
  @Col.text({ nullable: true }) lateAcceptedReason: string | null;
  /** filedDate + 30 working days (Pasal 36 ayat 2) */
  @Col.date() responseDueDate: string;
  @Col.varchar(12, { nullable: true, enum: OBJECTION_DECISIONS, enumName: 'ObjectionDecision' })
  decision: ObjectionDecision | null;
  @Col.text({ nullable: true }) decisionReason: string | null;
  /** when accepted: the Atasan PPID's instruction to the PPID */
  @Col.text({ nullable: true }) instruction: string | null;
  @Col.instant({ nullable: true }) decidedAt: Date | null;
  @Col.date({ nullable: true }) decisionDate: string | null;
  @Col.int({ nullable: true }) decidedById: number | null;
  @Col.text({ nullable: true }) requesterReaction: string | null;
  /** decisionDate (or responseDueDate when unanswered) + 14 working days (Pasal 37) */
  @Col.date({ nullable: true }) disputeDeadline: string | null;
  @Col.date({ nullable: true }) disputeFiledDate: string | null;
  @Col.varchar(100, { nullable: true }) kiRegistrationNumber: string | null;
  @Col.varchar(20, { nullable: true }) disputeStage: string | null;
  @Col.text({ nullable: true }) disputeOutcome: string | null;
  @Col.text({ nullable: true }) complianceNote: string | null;
  @Col.text({ nullable: true }) courtAction: string | null;
}

@Entity('objection_events')
@Index('IDX_objection_events_objection', ['objectionId', 'at'])
export class ObjectionEvent extends MatterEvent {
  @Col.int() objectionId: number;
}
