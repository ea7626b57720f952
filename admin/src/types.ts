export type OfficeLevel = 'national' | 'province' | 'regency';

export const TIME_ZONES = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'] as const;
export type TimeZone = (typeof TIME_ZONES)[number];

export interface MeOffice {
  id: number | string;
  code: string;
  name: string;
  level: OfficeLevel;
  timeZone: string;
  parentId: number | string | null;
}

/** The signed-in user, as answered by POST /api/auth/login and GET /api/auth/me. */
export interface Me {
  id: number | string;
  username: string;
  fullName: string;
  nip: string | null;
  position: string | null;
  email: string | null;
  active: boolean;
  office: MeOffice;
  unitId?: number | string | null;
  roles: string[];
  permissions: string[];
}

/** What sign-in and refresh answer; the refresh token is an httpOnly cookie the console never sees. */
export interface TokenResponse {
  accessToken: string;
  /** seconds */
  expiresIn: number;
  user: Me;
}

export interface User {
  id: number | string;
  username: string;
  fullName: string;
  nip: string | null;
  position: string | null;
  email: string | null;
  officeId: number | string;
  unitId: number | string | null;
  office: { id: number | string; name: string; code: string };
  roles: string[];
  active: boolean;
  /** the daily e-mail digest of waiting work */
  dailyDigest: boolean;
  lastLoginAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface Office {
  id: number | string;
  parentId: number | string | null;
  level: OfficeLevel;
  code: string;
  name: string;
  letterheadLine1: string | null;
  letterheadLine2: string | null;
  address: string | null;
  city: string | null;
  postalCode: string | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  timeZone: TimeZone;
  createdAt: string;
  updatedAt: string;
}

export interface AuditLog {
  id: number | string;
  at: string;
  userId: number | string | null;
  username: string | null;
  officeId: number | string | null;
  action: string;
  entityType: string;
  entityId: string | number | null;
  changes: unknown;
  ip: string | null;
}

export interface Bilingual {
  id: string;
  en: string;
}

export type RequestStatus =
  'registered' | 'incomplete' | 'in_process' | 'extended' | 'decided' | 'delivered' | 'closed' | 'withdrawn' | 'lapsed';

export type Decision = 'granted_full' | 'granted_partial' | 'refused' | 'not_held';
export type RequesterType = 'person' | 'entity' | 'group';

export interface RequesterSummary {
  id: number | string;
  /** on a request or an objection: the identity version it was registered with (requester_versions) */
  version?: number;
  type: RequesterType;
  name: string;
  nik: string | null;
  nikMasked: boolean;
  address: string;
  phone: string | null;
  email: string | null;
  occupation: string | null;
}

export interface Attachment {
  id: number | string;
  kind: string;
  originalName: string;
  mime: string;
  size: number;
  sha256: string;
  createdAt: string;
}

export interface Requester extends RequesterSummary {
  officeId: number | string;
  /** the current identity version; every edit (with its reason) makes a new one */
  version?: number;
  deedNumber: string | null;
  ratificationNumber: string | null;
  powerOfAttorney: string | null;
  representativeName: string | null;
  createdAt: string;
  updatedAt: string;
  files?: Attachment[];
}

export interface RequestFlags {
  overdue: boolean;
  dueSoon: boolean;
  workingDaysLeft: number | null;
}

export interface RequestStep {
  requestId: number | string;
  step: number;
  startedAt: string;
  endedAt: string | null;
  durationSeconds: number | null;
  standardMinutes: number;
  recordedById: number | string | null;
}

export interface Assignment {
  id: number | string;
  requestId: number | string;
  officeId: number | string;
  unitId: number | string;
  unitName?: string | null;
  instruction: string;
  dueDate: string;
  status: 'open' | 'answered';
  answer: string | null;
  answeredAt: string | null;
  answeredById: number | string | null;
  createdAt: string;
}

/** One legal clock of a matter, explained (server: ClockEngine.explain; the catalogue's CLOCKS define them). */
export interface ClockView {
  kind: string;
  label: Bilingual;
  state: 'running' | 'stopped';
  startDate: string;
  days: number;
  extensionDays: number;
  dueDate: string;
  /** what starts and what stops it */
  starts: Bilingual;
  stops: Bilingual;
  /** "mulai 2 Nov 2026; 3 hari kerja → batas 5 Nov 2026" */
  text: Bilingual;
  skipped: Array<{ date: string; name: string }>;
}

export interface DeadlineInfo {
  dueDate: string;
  extendedDueDate: string | null;
  effectiveDueDate: string;
  explanation: Bilingual;
  extendedExplanation: Bilingual | null;
  skipped: Array<{ date: string; name: string }>;
  /** every clock of the request (the answer, the completion window, the liaison units' sub-deadlines) */
  clocks?: ClockView[];
}

export type Regime = 'general' | 'election';

/** The rule-set version a matter was received under (GET /requests/:id, /objections/:id → ruleSet). */
export interface MatterRuleSet {
  id: number | string;
  regime: Regime;
  name?: string;
  basis: string;
  values: Record<string, number>;
}

export interface InfoRequest {
  id: number | string;
  officeId: number | string;
  officeName?: string;
  number: string;
  /** printed on the receipt: the requester follows the request with it on the public tracking page */
  trackingCode?: string;
  requesterId: number | string;
  requesterVersion?: number;
  requesterType: RequesterType;
  /** the identity as registered with this request (not as edited since) */
  requester: RequesterSummary | null;
  /** general information (UU 14/2008) or information about the Pemilu/Pemilihan (PerKI 1/2019) */
  regime: Regime;
  electionKind: string | null;
  electionName: string | null;
  electionStage: string | null;
  ruleSetId?: number | string;
  channel: string;
  informationRequested: string;
  purpose: string;
  obtainMethods: string[];
  deliveryMethods: string[];
  status: RequestStatus;
  receivedAt: string;
  receivedDate: string;
  clockStartDate: string;
  deadlineDays: number;
  extensionDays: number;
  dueDate: string;
  extendedDueDate: string | null;
  effectiveDueDate: string;
  extensionReason: string | null;
  extendedAt: string | null;
  incompleteNote: string | null;
  incompleteDueDate: string | null;
  decision: Decision | null;
  decidedAt: string | null;
  decisionDate: string | null;
  refusalBasis: string[] | null;
  consequenceTest: string | null;
  refusalReason: string | null;
  redactions: string | null;
  held: boolean | null;
  holderBody: string | null;
  form: string | null;
  cost: number | null;
  /** how to pay when there is a cost (Pasal 22 ayat 7 huruf g) */
  paymentMethod?: string | null;
  /** the material to be given (huruf d) */
  materialProvided?: string | null;
  deliveryPlan: string | null;
  deliveredAt: string | null;
  deliveredVia: string | null;
  closedAt: string | null;
  withdrawReason: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  flags: RequestFlags;
  allowedActions: string[];
  /** detail only */
  steps?: RequestStep[];
  assignments?: Assignment[];
  deadline?: DeadlineInfo;
  ruleSet?: MatterRuleSet;
}

export interface RequestEvent {
  id: number | string;
  requestId: number | string;
  type: string;
  fromStatus: string | null;
  toStatus: string | null;
  at: string;
  actorId: number | string | null;
  actorName: string | null;
  note: string | null;
  data: Record<string, unknown> | null;
}

export interface Task extends Assignment {
  request: {
    id: number | string;
    number: string;
    informationRequested: string;
    purpose: string;
    effectiveDueDate: string;
    status: RequestStatus;
    receivedDate: string;
  } | null;
  files?: Attachment[];
}

export type HolidayKind = 'national' | 'cuti_bersama' | 'local';

export interface Holiday {
  id: number | string;
  date: string;
  name: string;
  kind: HolidayKind;
  officeId: number | string | null;
  source: string;
  createdAt: string;
  updatedAt: string;
}

export interface Unit {
  id: number | string;
  officeId: number | string;
  code: string;
  name: string;
  active: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface Setting {
  key: string;
  label: string;
  labelEn: string;
  type: 'int' | 'string';
  value: number | string;
  default: number | string;
  overridden: boolean;
  min?: number;
  max?: number;
}

export type SubmissionStatus = 'pending' | 'accepted' | 'rejected';

/** A request sent through the public web form, waiting for the desk to verify it (GET /submissions). */
export interface Submission {
  id: number | string;
  officeId: number | string;
  trackingCode: string;
  status: SubmissionStatus;
  /** as submitted: type, name, nik (masked unless requester.pii), address, phone, email… */
  requesterData: Record<string, unknown> & { type?: string; name?: string; nik?: string | null };
  informationRequested: string;
  purpose: string;
  obtainMethods: string[];
  deliveryMethods: string[];
  /** the citizen's own answer: is it about the Pemilu/Pemilihan? (the desk may change it before accepting) */
  regime?: Regime;
  electionKind?: string | null;
  electionName?: string | null;
  submittedAt: string;
  requestId: number | string | null;
  reviewedById: number | string | null;
  reviewedAt: string | null;
  rejectReason: string | null;
  files?: Attachment[];
}
