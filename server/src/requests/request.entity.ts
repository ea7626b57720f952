import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { RequesterType } from '../requesters/requester.entity';
import type { Regime } from '@lentera/reports/legal';
import type { Decision, RequestStatus } from './request-lifecycle';

export const CHANNELS = ['in_person', 'letter', 'email', 'phone', 'fax', 'web'] as const;
export type Channel = (typeof CHANNELS)[number];
export const OBTAIN_METHODS = ['see', 'read', 'listen', 'note', 'softcopy', 'hardcopy'] as const;
export const DELIVERY_METHODS = ['pickup', 'courier', 'post', 'fax', 'email'] as const;
export const REFUSAL_BASES = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'] as const;

/** Permohonan informasi publik. Dates of the legal clock are DATE in the office's time zone; instants are UTC. */
@Entity('requests')
@Index('UQ_requests_office_number', ['officeId', 'number'], { unique: true })
@Index('IDX_requests_office_status_due', ['officeId', 'status', 'effectiveDueDate'])
@Index('IDX_requests_office_received', ['officeId', 'receivedDate', 'channel', 'requesterType', 'regime'])
@Index('IDX_requests_office_decision', ['officeId', 'decisionDate', 'decision', 'answerDays', 'timeliness', 'regime'])
@Index('IDX_requests_office_end', ['officeId', 'endDate', 'receivedDate', 'effectiveDueDate', 'regime'])
@Index('IDX_requests_received_at', ['receivedAt'])
@Index('IDX_requests_office_received_at', ['officeId', 'receivedAt'])
@Index('IDX_requests_requester', ['requesterId'])
@Index('UQ_requests_tracking', ['trackingCode'], { unique: true })
@Index('IDX_requests_office_regime_received', ['officeId', 'regime', 'receivedDate'])
export class InfoRequest {
  @PrimaryGeneratedColumn()
  id: number;

  /** printed on the receipt; the public tracking page shows status and deadline for it, no personal data */
  @Column({ type: 'varchar', length: 16 })
  trackingCode: string;

  @Column({ type: 'int' })
  officeId: number;

  @Column({ type: 'varchar', length: 80 })
  number: string;

  @Column({ type: 'int' })
  year: number;

  @Column({ type: 'int' })
  seq: number;

  @Column({ type: 'int' })
  requesterId: number;

  /** the requester's identity as registered with this request (requester_versions) */
  @Column({ type: 'int', default: 1 })
  requesterVersion: number;

  /** general public information (UU 14/2008) or information about the Pemilu/Pemilihan (PerKI 1/2019) */
  @Column({ type: 'varchar', length: 10, default: 'general' })
  regime: Regime;

  /** for the election regime: Pemilu or Pemilihan, the election and its stage */
  @Column({ type: 'varchar', length: 12, nullable: true })
  electionKind: string | null;

  @Column({ type: 'varchar', length: 150, nullable: true })
  electionName: string | null;

  @Column({ type: 'varchar', length: 150, nullable: true })
  electionStage: string | null;

  /** the language the requester chose for the messages about this request */
  @Column({ type: 'varchar', length: 2, default: 'id' })
  lang: 'id' | 'en';

  /** the rule-set version in force when the request was received: its clocks keep those values */
  @Column({ type: 'int', default: 1 })
  ruleSetId: number;

  /** denormalized for metrics: person / entity / group */
  @Column({ type: 'varchar', length: 10 })
  requesterType: RequesterType;

  @Column({ type: 'varchar', length: 12 })
  channel: Channel;

  @Column({ type: 'text' })
  informationRequested: string;

  @Column({ type: 'text' })
  purpose: string;

  @Column({ type: 'simple-array' })
  obtainMethods: string[];

  @Column({ type: 'simple-array' })
  deliveryMethods: string[];

  @Column({ type: 'varchar', length: 20 })
  status: RequestStatus;

  @Column({ type: 'datetime' })
  receivedAt: Date;

  @Column({ type: 'date' })
  receivedDate: string;

  /** the day the 10-day clock starts from: receipt, or completion of an incomplete request */
  @Column({ type: 'date' })
  clockStartDate: string;

  @Column({ type: 'int' })
  deadlineDays: number;

  @Column({ type: 'int' })
  extensionDays: number;

  @Column({ type: 'date' })
  dueDate: string;

  @Column({ type: 'date', nullable: true })
  extendedDueDate: string | null;

  /** extendedDueDate ?? dueDate, kept for indexed overdue queries */
  @Column({ type: 'date' })
  effectiveDueDate: string;

  @Column({ type: 'text', nullable: true })
  extensionReason: string | null;

  @Column({ type: 'datetime', nullable: true })
  extendedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  incompleteNote: string | null;

  @Column({ type: 'date', nullable: true })
  incompleteDueDate: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  decision: Decision | null;

  @Column({ type: 'datetime', nullable: true })
  decidedAt: Date | null;

  @Column({ type: 'date', nullable: true })
  decisionDate: string | null;

  @Column({ type: 'simple-array', nullable: true })
  refusalBasis: string[] | null;

  @Column({ type: 'text', nullable: true })
  consequenceTest: string | null;

  @Column({ type: 'text', nullable: true })
  refusalReason: string | null;

  @Column({ type: 'text', nullable: true })
  redactions: string | null;

  @Column({ type: 'boolean', nullable: true })
  held: boolean | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  holderBody: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  form: string | null;

  @Column({ type: 'int', nullable: true })
  cost: number | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  deliveryPlan: string | null;

  /** UU 14/2008 Pasal 22 ayat (7) huruf g: how to pay (method, account or instructions), when there is a cost */
  @Column({ type: 'varchar', length: 500, nullable: true })
  paymentMethod: string | null;

  /** Pasal 22 ayat (7) huruf d: the material that will be given, when granted wholly or partly */
  @Column({ type: 'text', nullable: true })
  materialProvided: string | null;

  /** fixed at the decision, by the request's own clock: within the deadline, within the extension, or late */
  @Column({ type: 'varchar', length: 10, nullable: true })
  timeliness: 'deadline' | 'extension' | 'late' | null;

  @Column({ type: 'datetime', nullable: true })
  deliveredAt: Date | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  deliveredVia: string | null;

  @Column({ type: 'datetime', nullable: true })
  closedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  withdrawReason: string | null;

  /** the day (office time zone) the request left the open queue: decided, withdrawn or lapsed */
  @Column({ type: 'date', nullable: true })
  endDate: string | null;

  /** working days from the clock start to the decision (fixed at the decision; the metrics read it) */
  @Column({ type: 'int', nullable: true })
  answerDays: number | null;

  /** decided after the effective deadline */
  @Column({ type: 'boolean', nullable: true })
  answeredLate: boolean | null;

  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'int', nullable: true })
  createdById: number | null;

  @Column({ type: 'datetime' })
  createdAt: Date;

  @Column({ type: 'datetime' })
  updatedAt: Date;
}

/** The timeline of a request: every transition, assignment, answer and deadline recomputation. */
@Entity('request_events')
@Index('IDX_request_events_request', ['requestId', 'at'])
@Index('IDX_request_events_office_type_at', ['officeId', 'type', 'at'])
export class RequestEvent {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  requestId: number;

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

  @Column({ type: 'simple-json', nullable: true })
  data: Record<string, unknown> | null;
}

/** SOP 1 steps 1–3 at the desk, timed against their standard minutes. */
@Entity('request_steps')
export class RequestStep {
  @Column({ type: 'int', primary: true })
  requestId: number;

  @Column({ type: 'int', primary: true })
  step: number;

  @Column({ type: 'datetime' })
  startedAt: Date;

  @Column({ type: 'datetime', nullable: true })
  endedAt: Date | null;

  @Column({ type: 'int', nullable: true })
  durationSeconds: number | null;

  @Column({ type: 'int' })
  standardMinutes: number;

  @Column({ type: 'int', nullable: true })
  recordedById: number | null;
}

/** Disposisi: the PPID asks a liaison unit for the information, with an instruction and a sub-deadline. */
@Entity('request_assignments')
@Index('IDX_assignments_request', ['requestId'])
@Index('IDX_assignments_unit_status', ['unitId', 'status'])
export class RequestAssignment {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  requestId: number;

  @Column({ type: 'int' })
  officeId: number;

  @Column({ type: 'int' })
  unitId: number;

  @Column({ type: 'text' })
  instruction: string;

  @Column({ type: 'date' })
  dueDate: string;

  @Column({ type: 'varchar', length: 12 })
  status: 'open' | 'answered';

  @Column({ type: 'text', nullable: true })
  answer: string | null;

  @Column({ type: 'datetime', nullable: true })
  answeredAt: Date | null;

  @Column({ type: 'int', nullable: true })
  answeredById: number | null;

  @Column({ type: 'int', nullable: true })
  createdById: number | null;

  @Column({ type: 'datetime' })
  createdAt: Date;
}

/** A request sent through the public web form: waits in the desk's queue for verification before it is registered. */
@Entity('web_submissions')
@Index('UQ_web_submissions_tracking', ['trackingCode'], { unique: true })
@Index('IDX_web_submissions_office_status', ['officeId', 'status', 'submittedAt'])
export class WebSubmission {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  officeId: number;

  @Column({ type: 'varchar', length: 16 })
  trackingCode: string;

  @Column({ type: 'varchar', length: 12 })
  status: 'pending' | 'accepted' | 'rejected';

  @Column({ type: 'simple-json' })
  requesterData: Record<string, unknown>;

  /** as the citizen classified it (the desk may change it when verifying) */
  @Column({ type: 'varchar', length: 10, default: 'general' })
  regime: Regime;

  @Column({ type: 'varchar', length: 12, nullable: true })
  electionKind: string | null;

  @Column({ type: 'varchar', length: 150, nullable: true })
  electionName: string | null;

  @Column({ type: 'text' })
  informationRequested: string;

  @Column({ type: 'text' })
  purpose: string;

  @Column({ type: 'simple-array' })
  obtainMethods: string[];

  @Column({ type: 'simple-array' })
  deliveryMethods: string[];

  @Column({ type: 'datetime' })
  submittedAt: Date;

  @Column({ type: 'varchar', length: 64, nullable: true })
  ip: string | null;

  @Column({ type: 'int', nullable: true })
  requestId: number | null;

  @Column({ type: 'int', nullable: true })
  reviewedById: number | null;

  @Column({ type: 'datetime', nullable: true })
  reviewedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  rejectReason: string | null;
}
