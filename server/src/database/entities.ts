import { StaffDigest } from '../notifications/staff-digest.entity';
import { MetricsDirty, MetricsOfficeMonth } from '../metrics/metrics-cache.entity';
import { MonthlyReport } from '../monthly-reports/monthly-report.entity';
import {
  AnnualReport,
  AnnualReportComment,
  AnnualReportEdition,
  AnnualReportReview,
  AnnualReportVersion,
  LiaisonReport,
} from '../annual-reports/annual-report.entity';
import { AuditLog } from '../audit/audit-log.entity';
import { LoginAttempt, RefreshToken } from '../auth/auth.entities';
import { DocumentRecord, SequenceCounter } from '../documents/document.entity';
import { Office } from '../offices/office.entity';
import { SigningCertificate } from '../offices/signing-certificate.entity';
import { User, UserRole } from '../users/user.entity';
import { Attachment } from '../attachments/attachment.entity';
import { Holiday } from '../calendar/holiday.entity';
import { Requester, RequesterVersion } from '../requesters/requester.entity';
import { LegalClock } from '../clocks/clock.entity';
import { OutboxMessage } from '../mail/outbox-message.entity';
import { MailTemplate } from '../mail/mail-template.entity';
import { PortalCode, PortalSession } from '../portal/portal.entities';
import { RuleSet } from '../clocks/rule-set.entity';
import { InfoRequest, RequestAssignment, RequestEvent, RequestStep, WebSubmission } from '../requests/request.entity';
import { RateLimitHit } from '../common/rate-limit.entity';
import { Objection, ObjectionEvent } from '../objections/objection.entity';
import { DipEntry, DipVersion, RequestDipLink } from '../dip/dip.entity';
import { OfficeSetting } from '../settings/office-setting.entity';
import { Unit } from '../units/unit.entity';

/** Every entity, in one list: the data source and the migration-parity test both use it. */
export const ENTITIES = [
  Office,
  User,
  UserRole,
  RefreshToken,
  LoginAttempt,
  AuditLog,
  DocumentRecord,
  SequenceCounter,
  Holiday,
  OfficeSetting,
  Unit,
  Requester,
  RequesterVersion,
  RuleSet,
  LegalClock,
  OutboxMessage,
  MailTemplate,
  PortalCode,
  PortalSession,
  Attachment,
  InfoRequest,
  RequestEvent,
  RequestStep,
  RequestAssignment,
  WebSubmission,
  RateLimitHit,
  Objection,
  ObjectionEvent,
  DipEntry,
  DipVersion,
  RequestDipLink,
  MonthlyReport,
  MetricsOfficeMonth,
  MetricsDirty,
  SigningCertificate,
  AnnualReport,
  AnnualReportVersion,
  AnnualReportEdition,
  AnnualReportComment,
  AnnualReportReview,
  LiaisonReport,
  StaffDigest,
];
