// The console's names for the API's shapes, all from the generated schema (npm run api:types → schema.d.ts):
// nothing here is written by hand, so a change on the server shows up as a type error in the console.
import type { components } from './schema';

type Schemas = components['schemas'];

export type OfficeLevel = Schemas['OfficeLevel'];
export const TIME_ZONES = [
  'Asia/Jakarta',
  'Asia/Makassar',
  'Asia/Jayapura',
] as const satisfies readonly Schemas['Office']['timeZone'][];
export type TimeZone = Schemas['Office']['timeZone'];

export type MeOffice = Schemas['OfficeRef'];
/** The signed-in user, as answered by POST /api/auth/login and GET /api/auth/me. */
export type Me = Schemas['MeView'];
/** What sign-in and refresh answer; the refresh token is an httpOnly cookie the console never sees. */
export type TokenResponse = Schemas['TokenView'];
export type User = Schemas['UserView'];
export type Office = Schemas['Office'];
export type AuditLog = Schemas['AuditLog'];
export type Bilingual = Schemas['Bilingual'];

export type RequestStatus = Schemas['RequestStatus'];
export type Decision = Schemas['Decision'];
export type RequesterType = Schemas['RequesterType'];
export type Regime = Schemas['Regime'];
export type RequesterSummary = Schemas['RequesterSummary'];
export type Attachment = Schemas['AttachmentView'];
export type Requester = Schemas['RequesterRecord'];
export type RequestFlags = Schemas['RequestFlags'];
export type RequestStep = Schemas['RequestStep'];
export type Assignment = Schemas['AssignmentView'];
export type ClockView = Schemas['ClockView'];
export type DeadlineInfo = Schemas['DeadlineView'];
export type MatterRuleSet = Schemas['MatterRuleSet'];
/** A request on a list; the detail (GET /requests/:id) adds steps, assignments, deadline and rule set. */
export type InfoRequest = Schemas['RequestView'] &
  Partial<Omit<Schemas['RequestDetail'], keyof Schemas['RequestView']>>;
export type RequestEvent = Schemas['RequestEvent'];
export type Task = Schemas['TaskView'];
export type HolidayKind = Schemas['HolidayKind'];
export type Holiday = Schemas['Holiday'];
export type Unit = Schemas['Unit'];
export type Setting = Schemas['SettingView'];
export type SubmissionStatus = Schemas['SubmissionView']['status'];
/** A request sent through the public web form, waiting for the desk to verify it (GET /submissions). */
export type Submission = Schemas['SubmissionView'];

/** The work waiting for the signed-in user (GET /api/notifications/waiting): the bell and the home panel. */
export type Waiting = Schemas['WaitingAnswer'];
export type WaitingItem = Schemas['WaitingItem'];

export type OutboxState = Schemas['OutboxState'];
/** A message of the outbox with its delivery state (GET /api/outbox(/:id)). */
export type OutboxMessage = Schemas['OutboxMessage'];

/** The editable wording of one message. */
export type TemplateText = Schemas['TemplateTextView'];
/** One message in one language as the office sends it (GET /api/mail-templates). */
export type MailTemplate = Schemas['MailTemplateView'];

/** Data layanan harian (GET /api/daily-sheets). */
export type DailySheet = Schemas['DailySheetView'];
export type SheetReceived = Schemas['SheetReceived'];
export type SheetDecided = Schemas['SheetDecided'];
export type SheetStep = Schemas['SheetStep'];

export type RuleSource = Schemas['RuleSourceView'];
/** A rule-set version (GET /api/rule-sets/current, POST /api/rule-sets). */
export type RuleSet = Schemas['RuleSet'];
/** A rule-set version on the list (GET /api/rule-sets), with who published it. */
export type RuleSetListItem = Schemas['RuleSetListItem'];
/** The version in force today for each regime (GET /api/rule-sets/current). */
export type RuleSetsInForce = Schemas['RuleSetsInForce'];

export type ObjectionStatus = Schemas['ObjectionStatus'];
export type ObjectionDecision = Schemas['ObjectionDecision'];
export type ObjectionEvent = Schemas['ObjectionEvent'];
/** A keberatan on a list; the detail (GET /objections/:id) adds events, clocks and rule set. */
export type Objection = Schemas['ObjectionView'] &
  Partial<Omit<Schemas['ObjectionDetail'], keyof Schemas['ObjectionView']>>;
export type ObjectionDetail = Schemas['ObjectionDetail'];

/** A document issued and registered (its number, verification code and download path). */
export type IssuedDocument = Schemas['IssuedDocumentView'];
export type RequestDocument = Schemas['RequestDocumentView'];

/** The office's signing certificate as the API shows it: never the key, the passphrase or the file. */
export type SigningCertificate = Schemas['SigningCertificateView'];
