import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { REGIMES, type Regime } from '@lentera/reports/legal';
import { Nullable, Prop } from '../common/api-views';
import {
  OBJECTION_DECISIONS,
  OBJECTION_GROUNDS,
  OBJECTION_STATUSES,
  type ObjectionDecision,
  type ObjectionStatus,
} from './objection-lifecycle';

/** Keberatan: against a request (or on its own for ground b), answered by the Atasan PPID within 30 working days. */
@Entity('objections')
@Index('UQ_objections_office_number', ['officeId', 'number'], { unique: true })
@Index('IDX_objections_office_status_due', ['officeId', 'status', 'responseDueDate'])
@Index('IDX_objections_office_filed', ['officeId', 'filedDate', 'regime'])
@Index('IDX_objections_request', ['requestId'])
@Index('IDX_objections_office_decision', ['officeId', 'decisionDate', 'decision', 'regime'])
@Index('IDX_objections_office_dispute', ['officeId', 'disputeFiledDate'])
export class Objection {
  @PrimaryGeneratedColumn()
  @Prop(Number)
  id: number;

  @Column({ type: 'int' })
  @Prop(Number)
  officeId: number;

  @Column({ type: 'varchar', length: 80 })
  @Prop(String)
  number: string;

  @Column({ type: 'int' })
  @Prop(Number)
  year: number;

  @Column({ type: 'int' })
  @Prop(Number)
  seq: number;

  @Column({ type: 'int', nullable: true })
  @Nullable(Number)
  requestId: number | null;

  @Column({ type: 'int' })
  @Prop(Number)
  requesterId: number;

  /** the requester's identity as registered with this objection */
  @Column({ type: 'int', default: 1 })
  @Prop(Number)
  requesterVersion: number;

  /** the regime of the request it objects to: its clocks follow it */
  @Column({ type: 'varchar', length: 10, default: 'general' })
  @Prop(String, { enum: REGIMES as unknown as string[], enumName: 'Regime' })
  regime: Regime;

  /** the rule-set version whose values the objection's clocks use (the request's) */
  @Column({ type: 'int', default: 1 })
  @Prop(Number)
  ruleSetId: number;

  @Column({ type: 'simple-array' })
  @Prop([String], { enum: OBJECTION_GROUNDS as unknown as string[], enumName: 'ObjectionGround' })
  grounds: string[];

  @Column({ type: 'text' })
  @Prop(String)
  reasons: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  @Nullable(String)
  proxyName: string | null;

  @Column({ type: 'varchar', length: 20 })
  @Prop(String, { enum: OBJECTION_STATUSES as unknown as string[], enumName: 'ObjectionStatus' })
  status: ObjectionStatus;

  @Column({ type: 'datetime' })
  @Prop(Date)
  filedAt: Date;

  @Column({ type: 'date' })
  @Prop(String)
  filedDate: string;

  /** the day the ground arose: the refusal, the unanswered deadline, the late delivery… */
  @Column({ type: 'date' })
  @Prop(String)
  groundDate: string;

  /** groundDate + 30 working days (Pasal 36 ayat 1) */
  @Column({ type: 'date' })
  @Prop(String)
  filingDeadline: string;

  @Column({ type: 'boolean' })
  @Prop(Boolean)
  late: boolean;

  @Column({ type: 'text', nullable: true })
  @Nullable(String)
  lateAcceptedReason: string | null;

  /** filedDate + 30 working days (Pasal 36 ayat 2) */
  @Column({ type: 'date' })
  @Prop(String)
  responseDueDate: string;

  @Column({ type: 'varchar', length: 12, nullable: true })
  @Nullable(String, { enum: OBJECTION_DECISIONS as unknown as string[], enumName: 'ObjectionDecision' })
  decision: ObjectionDecision | null;

  @Column({ type: 'text', nullable: true })
  @Nullable(String)
  decisionReason: string | null;

  /** when accepted: the Atasan PPID's instruction to the PPID */
  @Column({ type: 'text', nullable: true })
  @Nullable(String)
  instruction: string | null;

  @Column({ type: 'datetime', nullable: true })
  @Nullable(Date)
  decidedAt: Date | null;

  @Column({ type: 'date', nullable: true })
  @Nullable(String)
  decisionDate: string | null;

  @Column({ type: 'int', nullable: true })
  @Nullable(Number)
  decidedById: number | null;

  @Column({ type: 'text', nullable: true })
  @Nullable(String)
  requesterReaction: string | null;

  /** decisionDate (or responseDueDate when unanswered) + 14 working days (Pasal 37) */
  @Column({ type: 'date', nullable: true })
  @Nullable(String)
  disputeDeadline: string | null;

  @Column({ type: 'date', nullable: true })
  @Nullable(String)
  disputeFiledDate: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  @Nullable(String)
  kiRegistrationNumber: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  @Nullable(String)
  disputeStage: string | null;

  @Column({ type: 'text', nullable: true })
  @Nullable(String)
  disputeOutcome: string | null;

  @Column({ type: 'text', nullable: true })
  @Nullable(String)
  complianceNote: string | null;

  @Column({ type: 'text', nullable: true })
  @Nullable(String)
  courtAction: string | null;

  @Column({ type: 'int' })
  @Prop(Number)
  version: number;

  @Column({ type: 'int', nullable: true })
  @Nullable(Number)
  createdById: number | null;

  @Column({ type: 'datetime' })
  @Prop(Date)
  createdAt: Date;

  @Column({ type: 'datetime' })
  @Prop(Date)
  updatedAt: Date;
}

@Entity('objection_events')
@Index('IDX_objection_events_objection', ['objectionId', 'at'])
export class ObjectionEvent {
  @PrimaryGeneratedColumn()
  @Prop(Number)
  id: number;

  @Column({ type: 'int' })
  @Prop(Number)
  objectionId: number;

  @Column({ type: 'int' })
  @Prop(Number)
  officeId: number;

  @Column({ type: 'varchar', length: 30 })
  @Prop(String)
  type: string;

  @Column({ type: 'varchar', length: 20, nullable: true })
  @Nullable(String)
  fromStatus: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  @Nullable(String)
  toStatus: string | null;

  @Column({ type: 'datetime' })
  @Prop(Date)
  at: Date;

  @Column({ type: 'int', nullable: true })
  @Nullable(Number)
  actorId: number | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  @Nullable(String)
  actorName: string | null;

  @Column({ type: 'text', nullable: true })
  @Nullable(String)
  note: string | null;
}
