import { Nullable, Prop } from '../common/api-views';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { REQUESTER_TYPES, type RequesterType } from '../requesters/requester.entity';
import { REGIMES, type Regime } from '@lentera/reports/legal';
import { DECISIONS, REQUEST_STATUSES, type Decision, type RequestStatus } from './request-lifecycle';

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
  @Prop(Number)
  id: number;

  /** printed on the receipt; the public tracking page shows status and deadline for it, no personal data */
  @Column({ type: 'varchar', length: 16 })
  @Prop(String)
  trackingCode: string;

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

  @Column({ type: 'int' })
  @Prop(Number)
  requesterId: number;

  /** the requester's identity as registered with this request (requester_versions) */
  @Column({ type: 'int', default: 1 })
  @Prop(Number)
  requesterVersion: number;

  /** general public information (UU 14/2008) or information about the Pemilu/Pemilihan (PerKI 1/2019) */
  @Column({ type: 'varchar', length: 10, default: 'general' })
  @Prop(String, { enum: REGIMES as unknown as string[], enumName: 'Regime' })
  regime: Regime;

  /** for the election regime: Pemilu or Pemilihan, the election and its stage */
  @Column({ type: 'varchar', length: 12, nullable: true })
  @Nullable(String)
  electionKind: string | null;

  @Column({ type: 'varchar', length: 150, nullable: true })
  @Nullable(String)
  electionName: string | null;

  @Column({ type: 'varchar', length: 150, nullable: true })
  @Nullable(String)
  electionStage: string | null;

  /** the language the requester chose for the messages about this request */
  @Column({ type: 'varchar', length: 2, default: 'id' })
  @Prop(String, { enum: ['id', 'en'] })
  lang: 'id' | 'en';

  /** the rule-set version in force when the request was received: its clocks keep those values */
  @Column({ type: 'int', default: 1 })
  @Prop(Number)
  ruleSetId: number;

  /** denormalized for metrics: person / entity / group */
  @Column({ type: 'varchar', length: 10 })
  @Prop(String, { enum: REQUESTER_TYPES as unknown as string[], enumName: 'RequesterType' })
  requesterType: RequesterType;

  @Column({ type: 'varchar', length: 12 })
  @Prop(String, { enum: CHANNELS as unknown as string[], enumName: 'Channel' })
  channel: Channel;

  @Column({ type: 'text' })
  @Prop(String)
  informationRequested: string;

  @Column({ type: 'text' })
  @Prop(String)
  purpose: string;

  @Column({ type: 'simple-array' })
  @Prop([String])
  obtainMethods: string[];

  @Column({ type: 'simple-array' })
  @Prop([String])
  deliveryMethods: string[];

  @Column({ type: 'varchar', length: 20 })
  @Prop(String, { enum: REQUEST_STATUSES as unknown as string[], enumName: 'RequestStatus' })
  status: RequestStatus;

  @Column({ type: 'datetime' })
  @Prop(Date)
  receivedAt: Date;

  @Column({ type: 'date' })
  @Prop(String)
  receivedDate: string;

  /** the day the 10-day clock starts from: receipt, or completion of an incomplete request */
  @Column({ type: 'date' })
  @Prop(String)
  clockStartDate: string;

  @Column({ type: 'int' })
  @Prop(Number)
  deadlineDays: number;

  @Column({ type: 'int' })
  @Prop(Number)
  extensionDays: number;

  @Column({ type: 'date' })
  @Prop(String)
  dueDate: string;

  @Column({ type: 'date', nullable: true })
  @Nullable(String)
  extendedDueDate: string | null;

  /** extendedDueDate ?? dueDate, kept for indexed overdue queries */
  @Column({ type: 'date' })
  @Prop(String)
  effectiveDueDate: string;

  @Column({ type: 'text', nullable: true })
  @Nullable(String)
  extensionReason: string | null;

  @Column({ type: 'datetime', nullable: true })
  @Nullable(Date)
  extendedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  @Nullable(String)
  incompleteNote: string | null;

  @Column({ type: 'date', nullable: true })
  @Nullable(String)
  incompleteDueDate: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  @Nullable(String, { enum: DECISIONS as unknown as string[], enumName: 'Decision' })
  decision: Decision | null;

  @Column({ type: 'datetime', nullable: true })
  @Nullable(Date)
  decidedAt: Date | null;

  @Column({ type: 'date', nullable: true })
  @Nullable(String)
  decisionDate: string | null;

  @Column({ type: 'simple-array', nullable: true })
  @Nullable([String])
  refusalBasis: string[] | null;

  @Column({ type: 'text', nullable: true })
  @Nullable(String)
  consequenceTest: string | null;

  @Column({ type: 'text', nullable: true })
  @Nullable(String)
  refusalReason: string | null;

  @Column({ type: 'text', nullable: true })
  @Nullable(String)
  redactions: string | null;

  @Column({ type: 'boolean', nullable: true })
  @Nullable(Boolean)
  held: boolean | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  @Nullable(String)
  holderBody: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  @Nullable(String)
  form: string | null;

  @Column({ type: 'int', nullable: true })
  @Nullable(Number)
  cost: number | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  @Nullable(String)
  deliveryPlan: string | null;

  /** UU 14/2008 Pasal 22 ayat (7) huruf g: how to pay (method, account or instructions), when there is a cost */
  @Column({ type: 'varchar', length: 500, nullable: true })
  @Nullable(String)
  paymentMethod: string | null;

  /** Pasal 22 ayat (7) huruf d: the material that will be given, when granted wholly or partly */
  @Column({ type: 'text', nullable: true })
  @Nullable(String)
  materialProvided: string | null;

  /** fixed at the decision, by the request's own clock: within the deadline, within the extension, or late */
  @Column({ type: 'varchar', length: 10, nullable: true })
  @Nullable(String, { enum: ['deadline', 'extension', 'late'] })
  timeliness: 'deadline' | 'extension' | 'late' | null;

  @Column({ type: 'datetime', nullable: true })
  @Nullable(Date)
  deliveredAt: Date | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  @Nullable(String)
  deliveredVia: string | null;

  @Column({ type: 'datetime', nullable: true })
  @Nullable(Date)
  closedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  @Nullable(String)
  withdrawReason: string | null;

  /** the day (office time zone) the request left the open queue: decided, withdrawn or lapsed */
  @Column({ type: 'date', nullable: true })
  @Nullable(String)
  endDate: string | null;

  /** working days from the clock start to the decision (fixed at the decision; the metrics read it) */
  @Column({ type: 'int', nullable: true })
  @Nullable(Number)
  answerDays: number | null;

  /** decided after the effective deadline */
  @Column({ type: 'boolean', nullable: true })
  @Nullable(Boolean)
  answeredLate: boolean | null;

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

/** The timeline of a request: every transition, assignment, answer and deadline recomputation. */
@Entity('request_events')
@Index('IDX_request_events_request', ['requestId', 'at'])
@Index('IDX_request_events_office_type_at', ['officeId', 'type', 'at'])
export class RequestEvent {
  @PrimaryGeneratedColumn()
  @Prop(Number)
  id: number;

  @Column({ type: 'int' })
  @Prop(Number)
  requestId: number;

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

  @Column({ type: 'simple-json', nullable: true })
  @Nullable('object', { additionalProperties: true })
  data: Record<string, unknown> | null;
}

/** SOP 1 steps 1–3 at the desk, timed against their standard minutes. */
@Entity('request_steps')
export class RequestStep {
  @Column({ type: 'int', primary: true })
  @Prop(Number)
  requestId: number;

  @Column({ type: 'int', primary: true })
  @Prop(Number)
  step: number;

  @Column({ type: 'datetime' })
  @Prop(Date)
  startedAt: Date;

  @Column({ type: 'datetime', nullable: true })
  @Nullable(Date)
  endedAt: Date | null;

  @Column({ type: 'int', nullable: true })
  @Nullable(Number)
  durationSeconds: number | null;

  @Column({ type: 'int' })
  @Prop(Number)
  standardMinutes: number;

  @Column({ type: 'int', nullable: true })
  @Nullable(Number)
  recordedById: number | null;
}

/** Disposisi: the PPID asks a liaison unit for the information, with an instruction and a sub-deadline. */
@Entity('request_assignments')
@Index('IDX_assignments_request', ['requestId'])
@Index('IDX_assignments_unit_status', ['unitId', 'status'])
export class RequestAssignment {
  @PrimaryGeneratedColumn()
  @Prop(Number)
  id: number;

  @Column({ type: 'int' })
  @Prop(Number)
  requestId: number;

  @Column({ type: 'int' })
  @Prop(Number)
  officeId: number;

  @Column({ type: 'int' })
  @Prop(Number)
  unitId: number;

  @Column({ type: 'text' })
  @Prop(String)
  instruction: string;

  @Column({ type: 'date' })
  @Prop(String)
  dueDate: string;

  @Column({ type: 'varchar', length: 12 })
  @Prop(String, { enum: ['open', 'answered'] })
  status: 'open' | 'answered';

  @Column({ type: 'text', nullable: true })
  @Nullable(String)
  answer: string | null;

  @Column({ type: 'datetime', nullable: true })
  @Nullable(Date)
  answeredAt: Date | null;

  @Column({ type: 'int', nullable: true })
  @Nullable(Number)
  answeredById: number | null;

  @Column({ type: 'int', nullable: true })
  @Nullable(Number)
  createdById: number | null;

  @Column({ type: 'datetime' })
  @Prop(Date)
  createdAt: Date;
}

/** A request sent through the public web form: waits in the desk's queue for verification before it is registered. */
@Entity('web_submissions')
@Index('UQ_web_submissions_tracking', ['trackingCode'], { unique: true })
@Index('IDX_web_submissions_office_status', ['officeId', 'status', 'submittedAt'])
export class WebSubmission {
  @PrimaryGeneratedColumn()
  @Prop(Number)
  id: number;

  @Column({ type: 'int' })
  @Prop(Number)
  officeId: number;

  @Column({ type: 'varchar', length: 16 })
  @Prop(String)
  trackingCode: string;

  @Column({ type: 'varchar', length: 12 })
  @Prop(String, { enum: ['pending', 'accepted', 'rejected'] })
  status: 'pending' | 'accepted' | 'rejected';

  @Column({ type: 'simple-json' })
  @Prop('object', { additionalProperties: true })
  requesterData: Record<string, unknown>;

  /** as the citizen classified it (the desk may change it when verifying) */
  @Column({ type: 'varchar', length: 10, default: 'general' })
  @Prop(String, { enum: REGIMES as unknown as string[], enumName: 'Regime' })
  regime: Regime;

  @Column({ type: 'varchar', length: 12, nullable: true })
  @Nullable(String)
  electionKind: string | null;

  @Column({ type: 'varchar', length: 150, nullable: true })
  @Nullable(String)
  electionName: string | null;

  @Column({ type: 'text' })
  @Prop(String)
  informationRequested: string;

  @Column({ type: 'text' })
  @Prop(String)
  purpose: string;

  @Column({ type: 'simple-array' })
  @Prop([String])
  obtainMethods: string[];

  @Column({ type: 'simple-array' })
  @Prop([String])
  deliveryMethods: string[];

  @Column({ type: 'datetime' })
  @Prop(Date)
  submittedAt: Date;

  @Column({ type: 'varchar', length: 64, nullable: true })
  @Nullable(String)
  ip: string | null;

  @Column({ type: 'int', nullable: true })
  @Nullable(Number)
  requestId: number | null;

  @Column({ type: 'int', nullable: true })
  @Nullable(Number)
  reviewedById: number | null;

  @Column({ type: 'datetime', nullable: true })
  @Nullable(Date)
  reviewedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  @Nullable(String)
  rejectReason: string | null;
}
