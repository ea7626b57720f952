import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { Regime } from '@lentera/reports/legal';
import type { ObjectionDecision, ObjectionStatus } from './objection-lifecycle';

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
  id: number;

  @Column({ type: 'int' })
  officeId: number;

  @Column({ type: 'varchar', length: 80 })
  number: string;

  @Column({ type: 'int' })
  year: number;

  @Column({ type: 'int' })
  seq: number;

  @Column({ type: 'int', nullable: true })
  requestId: number | null;

  @Column({ type: 'int' })
  requesterId: number;

  /** the requester's identity as registered with this objection */
  @Column({ type: 'int', default: 1 })
  requesterVersion: number;

  /** the regime of the request it objects to: its clocks follow it */
  @Column({ type: 'varchar', length: 10, default: 'general' })
  regime: Regime;

  /** the rule-set version whose values the objection's clocks use (the request's) */
  @Column({ type: 'int', default: 1 })
  ruleSetId: number;

  @Column({ type: 'simple-array' })
  grounds: string[];

  @Column({ type: 'text' })
  reasons: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  proxyName: string | null;

  @Column({ type: 'varchar', length: 20 })
  status: ObjectionStatus;

  @Column({ type: 'datetime' })
  filedAt: Date;

  @Column({ type: 'date' })
  filedDate: string;

  /** the day the ground arose: the refusal, the unanswered deadline, the late delivery… */
  @Column({ type: 'date' })
  groundDate: string;

  /** groundDate + 30 working days (Pasal 36 ayat 1) */
  @Column({ type: 'date' })
  filingDeadline: string;

  @Column({ type: 'boolean' })
  late: boolean;

  @Column({ type: 'text', nullable: true })
  lateAcceptedReason: string | null;

  /** filedDate + 30 working days (Pasal 36 ayat 2) */
  @Column({ type: 'date' })
  responseDueDate: string;

  @Column({ type: 'varchar', length: 12, nullable: true })
  decision: ObjectionDecision | null;

  @Column({ type: 'text', nullable: true })
  decisionReason: string | null;

  /** when accepted: the Atasan PPID's instruction to the PPID */
  @Column({ type: 'text', nullable: true })
  instruction: string | null;

  @Column({ type: 'datetime', nullable: true })
  decidedAt: Date | null;

  @Column({ type: 'date', nullable: true })
  decisionDate: string | null;

  @Column({ type: 'int', nullable: true })
  decidedById: number | null;

  @Column({ type: 'text', nullable: true })
  requesterReaction: string | null;

  /** decisionDate (or responseDueDate when unanswered) + 14 working days (Pasal 37) */
  @Column({ type: 'date', nullable: true })
  disputeDeadline: string | null;

  @Column({ type: 'date', nullable: true })
  disputeFiledDate: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  kiRegistrationNumber: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  disputeStage: string | null;

  @Column({ type: 'text', nullable: true })
  disputeOutcome: string | null;

  @Column({ type: 'text', nullable: true })
  complianceNote: string | null;

  @Column({ type: 'text', nullable: true })
  courtAction: string | null;

  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'int', nullable: true })
  createdById: number | null;

  @Column({ type: 'datetime' })
  createdAt: Date;

  @Column({ type: 'datetime' })
  updatedAt: Date;
}

@Entity('objection_events')
@Index('IDX_objection_events_objection', ['objectionId', 'at'])
export class ObjectionEvent {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  objectionId: number;

  @Column({ type: 'int' })
  officeId: number;

  @Column({ type: 'varchar', length: 30 })
  type: string;

  @Column({ type: 'varchar', length: 20, nullable: true })
  fromStatus: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  toStatus: string | null;

  @Column({ type: 'datetime' })
  at: Date;

  @Column({ type: 'int', nullable: true })
  actorId: number | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  actorName: string | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;
}
