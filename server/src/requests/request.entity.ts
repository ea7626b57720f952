import { Col } from '../common/columns';
import { MatterEvent, RegisteredMatter } from '../common/registered-matter';
import { Column, Entity, Index } from 'typeorm';
import { REQUESTER_TYPES, type RequesterType } from '../requesters/requester.entity';
import { REGIMES, type Regime } from '@lentera/reports/legal';
import { DECISIONS, REQUEST_STATUSES, type Decision, type RequestStatus } from './request-lifecycle';

export const CHANNELS = ['in_person', 'letter', 'email', 'phone', 'fax', 'web'] as const;
export type Channel = (typeof CHANNELS)[number];
export const OBTAIN_METHODS = ['see', 'read', 'listen', 'note', 'softcopy', 'hardcopy'] as const;
export const DELIVERY_METHODS = ['pickup', 'courier', 'post', 'fax', 'email'] as const;
export const REFUSAL_BASES = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'] as const;

/** A column the database computes from others (VIRTUAL), never written nor read by the server. */
const SEARCH_GENERATED = {
  generatedType: 'VIRTUAL',
  nullable: true,
  select: false,
  insert: false,
  update: false,
} as const;

/** Permohonan informasi publik. Dates of the legal clock are DATE in the office's time zone; instants are UTC. */
@Entity('requests')
@Index('UQ_requests_office_number', ['officeId', 'number'], { unique: true })
@Index('IDX_requests_office_status_due', ['officeId', 'status', 'effectiveDueDate'])
@Index('IDX_requests_office_received', ['officeId', 'receivedDate', 'channel', 'requesterType', 'regime'])
@Index('IDX_requests_office_decision', ['officeId', 'decisionDate', 'decision', 'answerDays', 'timeliness', 'regime'])
@Index('IDX_requests_office_end', ['officeId', 'endDate', 'receivedDate', 'effectiveDueDate', 'regime'])
@Index('IDX_requests_end_office', ['endDate', 'officeId', 'receivedDate', 'effectiveDueDate', 'regime'])
@Index('IDX_requests_received_at', ['receivedAt'])
@Index('IDX_requests_office_received_at', ['officeId', 'receivedAt'])
@Index('IDX_requests_requester', ['requesterId'])
@Index('UQ_requests_tracking', ['trackingCode'], { unique: true })
@Index('IDX_requests_office_regime_received', ['officeId', 'regime', 'receivedDate'])
@Index('IDX_requests_office_search', [
  'officeId',
  'receivedAt',
  'number',
  'searchHead',
  'requesterId',
  'requesterVersion',
])
@Index('IDX_requests_office_long', ['officeId', 'searchLong'])
export class InfoRequest extends RegisteredMatter {
  /** printed on the receipt; the public tracking page shows status and deadline for it, no personal data */
  @Col.varchar(16) trackingCode: string;
  /** for the election regime: Pemilu or Pemilihan, the election and its stage */
  @Col.varchar(12, { nullable: true }) electionKind: string | null;
  @Col.varchar(150, { nullable: true }) electionName: string | null;
  @Col.varchar(150, { nullable: true }) electionStage: string | null;
  /** the language the requester chose for the messages about this request */
  @Col.varchar(2, { default: 'id', enum: ['id', 'en'] }) lang: 'id' | 'en';
  /** denormalized for metrics: person / entity / group */
  @Col.varchar(10, { enum: REQUESTER_TYPES, enumName: 'RequesterType' }) requesterType: RequesterType;
  @Col.varchar(12, { enum: CHANNELS, enumName: 'Channel' }) channel: Channel;
  @Col.text() informationRequested: string;
  /**
   * For the list's search, computed by the database (never written, never read into the entity): the first 255
   * characters of `informationRequested` — compared in IDX_requests_office_search with the number and the identity, no
   * row read — and whether there is more, the only rows still read to compare (migration 1766500000000).
   */
  @Column({ ...SEARCH_GENERATED, type: 'varchar', length: 255, asExpression: 'substr(informationRequested, 1, 255)' })
  searchHead?: string | null;
  @Column({ ...SEARCH_GENERATED, type: 'boolean', asExpression: "substr(informationRequested, 256, 1) <> ''" })
  searchLong?: boolean | null;
  @Col.text() purpose: string;
  @Col.list() obtainMethods: string[];
  @Col.list() deliveryMethods: string[];
  @Col.varchar(20, { enum: REQUEST_STATUSES, enumName: 'RequestStatus' }) status: RequestStatus;
  @Col.instant() receivedAt: Date;
  @Col.date() receivedDate: string;
  /** the day the 10-day clock starts from: receipt, or completion of an incomplete request */
  @Col.date() clockStartDate: string;
  @Col.int() deadlineDays: number;
  @Col.int() extensionDays: number;
  @Col.date() dueDate: string;
  @Col.date({ nullable: true }) extendedDueDate: string | null;
  /** extendedDueDate ?? dueDate, kept for indexed overdue queries */
  @Col.date() effectiveDueDate: string;
  @Col.text({ nullable: true }) extensionReason: string | null;
  @Col.instant({ nullable: true }) extendedAt: Date | null;
  @Col.text({ nullable: true }) incompleteNote: string | null;
  @Col.date({ nullable: true }) incompleteDueDate: string | null;
  @Col.varchar(20, { nullable: true, enum: DECISIONS, enumName: 'Decision' }) decision: Decision | null;
  @Col.instant({ nullable: true }) decidedAt: Date | null;
  @Col.date({ nullable: true }) decisionDate: string | null;
  @Col.list({ nullable: true }) refusalBasis: string[] | null;
  @Col.text({ nullable: true }) consequenceTest: string | null;
  @Col.text({ nullable: true }) refusalReason: string | null;
  @Col.text({ nullable: true }) redactions: string | null;
  @Col.bool({ nullable: true }) held: boolean | null;
  @Col.varchar(200, { nullable: true }) holderBody: string | null;
  @Col.varchar(20, { nullable: true }) form: string | null;
  @Col.int({ nullable: true }) cost: number | null;
  @Col.varchar(200, { nullable: true }) deliveryPlan: string | null;
  /** UU 14/2008 Pasal 22 ayat (7) huruf g: how to pay (method, account or instructions), when there is a cost */
  @Col.varchar(500, { nullable: true }) paymentMethod: string | null;
  /** Pasal 22 ayat (7) huruf d: the material that will be given, when granted wholly or partly */
  @Col.text({ nullable: true }) materialProvided: string | null;
  /** fixed at the decision, by the request's own clock: within the deadline, within the extension, or late */
  @Col.varchar(10, { nullable: true, enum: ['deadline', 'extension', 'late'] }) timeliness:
    'deadline' | 'extension' | 'late' | null;
  @Col.instant({ nullable: true }) deliveredAt: Date | null;
  @Col.varchar(20, { nullable: true }) deliveredVia: string | null;
  @Col.instant({ nullable: true }) closedAt: Date | null;
  @Col.text({ nullable: true }) withdrawReason: string | null;
  /** the day (office time zone) the request left the open queue: decided, withdrawn or lapsed */
  @Col.date({ nullable: true }) endDate: string | null;
  /** working days from the clock start to the decision (fixed at the decision; the metrics read it) */
  @Col.int({ nullable: true }) answerDays: number | null;
  /** decided after the effective deadline */
  @Col.bool({ nullable: true }) answeredLate: boolean | null;
}

/** The timeline of a request: every transition, assignment, answer and deadline recomputation. */
@Entity('request_events')
@Index('IDX_request_events_request', ['requestId', 'at'])
@Index('IDX_request_events_office_type_at', ['officeId', 'type', 'at'])
export class RequestEvent extends MatterEvent {
  @Col.int() requestId: number;
  @Col.json({ nullable: true }) data: Record<string, unknown> | null;
}

/** SOP 1 steps 1–3 at the desk, timed against their standard minutes. */
@Entity('request_steps')
export class RequestStep {
  @Col.int({ primary: true }) requestId: number;
  @Col.int({ primary: true }) step: number;
  @Col.instant() startedAt: Date;
  @Col.instant({ nullable: true }) endedAt: Date | null;
  @Col.int({ nullable: true }) durationSeconds: number | null;
  @Col.int() standardMinutes: number;
  @Col.int({ nullable: true }) recordedById: number | null;
}

/** Disposisi: the PPID asks a liaison unit for the information, with an instruction and a sub-deadline. */
@Entity('request_assignments')
@Index('IDX_assignments_request', ['requestId'])
@Index('IDX_assignments_unit_status', ['unitId', 'status'])
export class RequestAssignment {
  @Col.id() id: number;
  @Col.int() requestId: number;
  @Col.int() officeId: number;
  @Col.int() unitId: number;
  @Col.text() instruction: string;
  @Col.date() dueDate: string;
  @Col.varchar(12, { enum: ['open', 'answered'] }) status: 'open' | 'answered';
  @Col.text({ nullable: true }) answer: string | null;
  @Col.instant({ nullable: true }) answeredAt: Date | null;
  @Col.int({ nullable: true }) answeredById: number | null;
  @Col.int({ nullable: true }) createdById: number | null;
  @Col.instant() createdAt: Date;
}

/** A request sent through the public web form: waits in the desk's queue for verification before it is registered. */
@Entity('web_submissions')
@Index('UQ_web_submissions_tracking', ['trackingCode'], { unique: true })
@Index('IDX_web_submissions_office_status', ['officeId', 'status', 'submittedAt'])
export class WebSubmission {
  @Col.id() id: number;
  @Col.int() officeId: number;
  @Col.varchar(16) trackingCode: string;
  @Col.varchar(12, { enum: ['pending', 'accepted', 'rejected'] }) status: 'pending' | 'accepted' | 'rejected';
  @Col.json() requesterData: Record<string, unknown>;
  /** as the citizen classified it (the desk may change it when verifying) */
  @Col.varchar(10, { default: 'general', enum: REGIMES, enumName: 'Regime' }) regime: Regime;
  @Col.varchar(12, { nullable: true }) electionKind: string | null;
  @Col.varchar(150, { nullable: true }) electionName: string | null;
  @Col.text() informationRequested: string;
  @Col.text() purpose: string;
  @Col.list() obtainMethods: string[];
  @Col.list() deliveryMethods: string[];
  @Col.instant() submittedAt: Date;
  @Col.varchar(64, { nullable: true }) ip: string | null;
  @Col.int({ nullable: true }) requestId: number | null;
  @Col.int({ nullable: true }) reviewedById: number | null;
  @Col.instant({ nullable: true }) reviewedAt: Date | null;
  @Col.text({ nullable: true }) rejectReason: string | null;
}
