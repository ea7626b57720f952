import { REGIMES, type Regime } from '@lentera/reports/legal';
import { Nullable, Opt, Prop } from '../common/api-views';
import { OBJECTION_DECISIONS, OBJECTION_STATUSES } from '../objections/objection-lifecycle';
import type { ObjectionDecision, ObjectionStatus } from '../objections/objection-lifecycle';
import { DECISIONS, REQUEST_STATUSES, type Decision, type RequestStatus } from '../requests/request-lifecycle';

const status = { enum: REQUEST_STATUSES as unknown as string[], enumName: 'RequestStatus' };
const objectionStatus = { enum: OBJECTION_STATUSES as unknown as string[], enumName: 'ObjectionStatus' };

/** POST /public/portal/code: the same answer whether or not the address is registered. */
export class PortalCodeSent {
  @Prop(String) message: string;
}

/** POST /public/portal/session: the session (also set as the httpOnly cookie). */
export class PortalSessionView {
  @Prop(String) token: string;
  @Prop(Date) expiresAt: Date;
}

/** One of the requester's requests (GET /public/portal/requests), labels in the reader's language. */
export class PortalRequestSummary {
  @Prop(Number) id: number;
  @Prop(String) number: string;
  /** the office's name */
  @Prop(String) office: string;
  @Prop(String) receivedDate: string;
  @Prop(String, { enum: REGIMES as unknown as string[], enumName: 'Regime' }) regime: Regime;
  @Prop(String, status) status: RequestStatus;
  @Prop(String) statusLabel: string;
  @Prop(Boolean) open: boolean;
  @Prop(String) effectiveDueDate: string;
  @Nullable(String) extendedDueDate: string | null;
  @Nullable(String) incompleteDueDate: string | null;
  @Nullable(String, { enum: DECISIONS as unknown as string[], enumName: 'Decision' }) decision: Decision | null;
  @Nullable(String) decisionLabel: string | null;
  @Nullable(String) decisionDate: string | null;
  /** incomplete: the requester may upload what it lacks */
  @Prop(Boolean) canUpload: boolean;
  /** within the objection window */
  @Prop(Boolean) canObject: boolean;
  @Nullable(String) objectionUntil: string | null;
  @Nullable(Number) objectionFilingDays: number | null;
  @Prop(String) timeZone: string;
}

/** A document issued for the request, downloadable from the portal. */
export class PortalDocument {
  @Prop(Number) id: number;
  @Prop(String) type: string;
  @Prop(String) title: string;
  @Prop(String) number: string;
  @Prop(Date) issuedAt: Date;
  @Prop(String) verificationCode: string;
}

/** An objection to the request, as the requester sees it. */
export class PortalObjection {
  @Prop(Number) id: number;
  @Prop(String) number: string;
  @Nullable(Number) requestId: number | null;
  @Prop(String, objectionStatus) status: ObjectionStatus;
  @Prop(String) statusLabel: string;
  @Prop(String) filedDate: string;
  @Prop(String) responseDueDate: string;
  @Nullable(String, { enum: OBJECTION_DECISIONS as unknown as string[], enumName: 'ObjectionDecision' })
  decision: ObjectionDecision | null;
  @Prop([String]) grounds: string[];
}

/** A change of status on the public timeline: no staff names, no internal notes. */
export class PortalTimelineEntry {
  @Prop(Date) at: Date;
  @Prop(String) status: string;
  @Opt(String) label?: string;
}

/** One request in the portal (GET /public/portal/requests/:id). */
export class PortalRequestDetail extends PortalRequestSummary {
  @Prop(String) informationRequested: string;
  @Prop(String) purpose: string;
  @Nullable(String) incompleteNote: string | null;
  @Prop([PortalDocument]) documents: PortalDocument[];
  @Prop([PortalObjection]) objections: PortalObjection[];
  @Prop([PortalTimelineEntry]) timeline: PortalTimelineEntry[];
}

/** An objection filed online (POST /public/portal/requests/:id/objections). */
export class PortalObjectionFiled {
  @Prop(Number) id: number;
  @Prop(String) number: string;
  @Prop(String, objectionStatus) status: ObjectionStatus;
  @Prop(String) filedDate: string;
  @Prop(String) responseDueDate: string;
}
