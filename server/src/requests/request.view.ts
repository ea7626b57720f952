import { OmitType, PickType } from '@nestjs/swagger';
import { Bilingual, Nullable, Opt, Prop, NamedDate } from '../common/api-views';
import { ClockView, MatterRuleSet } from '../clocks/clock.view';
import { AttachmentView } from '../attachments/attachments.service';
import { RequesterSummary } from '../requesters/requester.view';
import { REQUEST_STATUSES } from './request-lifecycle';
import { InfoRequest, RequestAssignment, RequestStep, WebSubmission } from './request.entity';

/** Due-soon and overdue flags of a request on a list. */
export class RequestFlags {
  @Prop(Boolean) overdue: boolean;
  @Prop(Boolean) dueSoon: boolean;
  /** working days from today to the effective due date (negative when late) */
  @Nullable(Number) workingDaysLeft: number | null;
}

/** The requester on a row of the list page: the name as registered with the request. */
export class RequesterName {
  @Prop(Number) id: number;
  @Prop(String) name: string;
}

/** The request's own fields on a row of the list page: what its columns, its phone card and its export show. */
export const LIST_ROW_COLUMNS = [
  'id',
  'officeId',
  'number',
  'regime',
  'channel',
  'status',
  'receivedAt',
  'receivedDate',
  'effectiveDueDate',
  'decision',
  'informationRequested',
] as const;

/** A request as the list page shows it (GET /requests?view=list; RequestsService.listRows). */
export class RequestListRow extends PickType(InfoRequest, LIST_ROW_COLUMNS) {
  @Prop(String) officeName: string;
  @Nullable(RequesterName) requester: RequesterName | null;
  @Prop(RequestFlags) flags: RequestFlags;
}

/** A request on a list (GET /requests). */
export class RequestView extends InfoRequest {
  /** the identity as registered with this request (not as edited since) */
  @Nullable(RequesterSummary) requester: RequesterSummary | null;
  @Opt(String) officeName?: string;
  @Prop(RequestFlags) flags: RequestFlags;
  /** the lifecycle actions the reader may take now */
  @Prop([String]) allowedActions: string[];
}

/** A liaison unit's assignment, with the unit's name. */
export class AssignmentView extends RequestAssignment {
  @Nullable(String) unitName: string | null;
  /** the files the unit sent with its answer (on a request's page and a task's; not in the task list) */
  @Opt([AttachmentView]) files?: AttachmentView[];
}

/** How the deadlines were computed, in words, and every clock of the request. */
export class DeadlineView {
  @Prop(String) dueDate: string;
  @Nullable(String) extendedDueDate: string | null;
  @Prop(String) effectiveDueDate: string;
  @Prop(Bilingual) explanation: Bilingual;
  @Nullable(Bilingual) extendedExplanation: Bilingual | null;
  @Prop([NamedDate]) skipped: NamedDate[];
  /** the answer, the completion window, the liaison units' sub-deadlines */
  @Prop([ClockView]) clocks: ClockView[];
}

/** A request with its SOP steps, assignments, deadline explanation and rule set (GET /requests/:id). */
export class RequestDetail extends RequestView {
  @Prop([RequestStep]) steps: RequestStep[];
  @Prop([AssignmentView]) assignments: AssignmentView[];
  @Prop(DeadlineView) deadline: DeadlineView;
  @Prop(MatterRuleSet) ruleSet: MatterRuleSet;
}

/** One column of the queue board: its total and the most urgent requests. */
export class QueueBucket {
  @Prop(Number) total: number;
  @Prop([RequestView]) items: RequestView[];
}

/** The Kasubbag's queue board (GET /requests/queue). */
export class QueueView {
  @Prop(Number) dueWithinDays: number;
  @Prop(QueueBucket) unassigned: QueueBucket;
  @Prop(QueueBucket) dueSoon: QueueBucket;
  @Prop(QueueBucket) overdue: QueueBucket;
  @Prop(QueueBucket) waitingLiaison: QueueBucket;
}

/** The request a liaison task belongs to, in short. */
export class TaskRequestRef {
  @Prop(Number) id: number;
  @Prop(String) number: string;
  @Prop(String) informationRequested: string;
  @Prop(String) purpose: string;
  @Prop(String) effectiveDueDate: string;
  @Prop(String, { enum: REQUEST_STATUSES as unknown as string[], enumName: 'RequestStatus' }) status: string;
  @Prop(String) receivedDate: string;
}

/** A liaison unit's task (GET /tasks): the assignment with its request and files. */
export class TaskView extends AssignmentView {
  @Nullable(TaskRequestRef) request: TaskRequestRef | null;
}

/** The identity a citizen typed into the public form (NIK masked unless the reader may see it). */
export class SubmittedIdentity {
  @Opt(String) type?: string;
  @Opt(String) name?: string;
  @Opt(String, { nullable: true }) nik?: string | null;
  @Opt(String, { nullable: true }) address?: string | null;
  @Opt(String, { nullable: true }) phone?: string | null;
  @Opt(String, { nullable: true }) email?: string | null;
  @Opt(String, { nullable: true }) occupation?: string | null;
}

/** A request sent through the public web form, waiting for the desk (GET /submissions). */
export class SubmissionView extends OmitType(WebSubmission, ['ip', 'requesterData'] as const) {
  @Prop(SubmittedIdentity) requesterData: SubmittedIdentity & Record<string, unknown>;
  @Opt([AttachmentView]) files?: AttachmentView[];
}
