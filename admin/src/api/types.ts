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

// The DIP (GET /api/dip-entries, /api/dip-versions, /api/requests/:id/dip-links, /api/public/dip/:officeCode).
export type DipCategory = Schemas['DipCategory'];
export type DipEntryStatus = Schemas['DipEntryStatus'];
export type DipFlags = Schemas['DipFlagsView'];
/** An item of the list with its warnings. */
export type DipEntry = Schemas['DipEntryView'];
/** An item as stored, without its warnings (the entries linked to a request). */
export type DipEntryRecord = Schemas['DipEntryRecord'];
export type DipSnapshotEntry = Schemas['DipSnapshotEntryView'];
export type DipVersionDiff = Schemas['DipVersionDiff'];
/** A version on the list; the detail (GET /dip-versions/:id) adds the snapshot, the diff and the version before. */
export type DipVersion = Schemas['DipVersionSummary'] &
  Partial<Omit<Schemas['DipVersionDetail'], keyof Schemas['DipVersionSummary']>>;
export type RequestDipLinks = Schemas['RequestDipLinksView'];
export type DipPublicList = Schemas['DipPublicList'];

// The service figures (GET /api/metrics/*).
export type MetricsOffice = Schemas['MetricsOffice'];
export type MetricsStep = Schemas['MetricsStep'];
export type MetricsRegimeSummary = Schemas['MetricsRegimeSummary'];
export type MetricsSummary = Schemas['MetricsSummary'];
export type MetricsPeriodFigures = Schemas['MetricsPeriodFigures'];
export type MetricsDay = Schemas['MetricsDay'];
export type MetricsDaily = Schemas['MetricsDaily'];
export type MetricsMonth = Schemas['MetricsMonth'];
export type MetricsMonthly = Schemas['MetricsMonthly'];
export type MetricsTrendDay = Schemas['MetricsTrendDay'];
export type MetricsTrendMonth = Schemas['MetricsTrendMonth'];
export type MetricsDashboard = Schemas['MetricsDashboard'];
export type MetricsOfficeFigures = Schemas['MetricsOfficeFigures'];
export type MetricsComparison = Schemas['MetricsComparison'];
/** A summary as a report keeps it: live, or frozen when signed (before the regime split without byRegime). */
export type MetricsFrozenSummary = Schemas['MetricsFrozenSummary'];

// The monthly reports (GET /api/monthly-reports).
export type MonthlyReportStatus = Schemas['MonthlyReportStatus'];
export type MonthlyReportFigures = Schemas['MonthlyFiguresView'];
/** A report on the list; the detail (GET /monthly-reports/:id and each step) adds its issued PDF. */
export type MonthlyReport = Schemas['MonthlyReportView'] &
  Partial<Omit<Schemas['MonthlyReportDetail'], keyof Schemas['MonthlyReportView']>>;

// The annual reports (GET /api/annual-reports, /overview) and the liaison units' reports (GET /api/liaison-reports).
export type AnnualReportStatus = Schemas['AnnualReportStatus'];
export type NarrativeSection = Schemas['NarrativeSection'];
export type AnnualNarrative = Schemas['AnnualNarrativeView'];
/** A report on the list; the detail (GET /annual-reports/:id and each step) adds the narrative, statistics, plenary… */
export type AnnualReport = Schemas['AnnualReportView'] &
  Partial<Omit<Schemas['AnnualReportDetail'], keyof Schemas['AnnualReportView']>>;
export type AnnualStatistics = Schemas['AnnualStatisticsView'];
export type AnnualDisputeCase = Schemas['AnnualDisputeCase'];
export type AnnualDocument = Schemas['AnnualDocumentRef'];
export type AnnualEdition = Schemas['AnnualEditionView'];
export type AnnualPersonRef = Schemas['AnnualPersonRef'];
export type Plenary = Schemas['PlenaryView'];
export type PlenaryAttendee = Schemas['PlenaryAttendeeView'];
export type PlenarySignatory = Schemas['PlenarySignatoryView'];
export type QuorumInfo = Schemas['QuorumView'];
export type WetSigning = Schemas['WetSigningView'];
export type AnnualOverview = Schemas['AnnualOverview'];
export type AnnualOverviewRow = Schemas['AnnualOverviewRow'];
export type LiaisonReport = Schemas['LiaisonReportView'];
