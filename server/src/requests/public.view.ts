import { PickType } from '@nestjs/swagger';
import { Bilingual, Nullable, Opt, Prop } from '../common/api-views';
import { Office } from '../offices/office.entity';

/** An office on the public form's list (GET /public/offices). */
export class PublicOffice extends PickType(Office, ['id', 'code', 'name', 'level', 'parentId'] as const) {}

/** What the citizen gets back from the public form (POST /public/requests): the code to track it by. */
export class SubmittedView {
  @Prop(String) trackingCode: string;
  @Prop(String, { enum: ['pending'] }) status: 'pending';
  /** the office's name */
  @Prop(String) office: string;
  @Prop(Date) submittedAt: Date;
}

/** One step a tracked request went through (no names, no notes). */
export class TrackedEvent {
  @Prop(Date) at: Date;
  @Prop(String) type: string;
  @Nullable(Bilingual) status: Bilingual | null;
}

/**
 * A request tracked by its code (GET /public/track/:code), nothing about the requester: a web submission not yet
 * registered (stage submitted or rejected, with submittedAt and note) or a registered request (stage = its status).
 */
export class TrackedView {
  @Prop(String) trackingCode: string;
  /** the office's name */
  @Prop(String) office: string;
  /** submitted, rejected, or the registered request's status */
  @Prop(String) stage: string;
  @Prop(Bilingual) status: Bilingual;
  /** a submission not yet registered only */
  @Opt(Date) submittedAt?: Date;
  /** a submission rejected at verification: why */
  @Opt(String, { nullable: true }) note?: string | null;
  @Nullable(String) number: string | null;
  @Nullable(String) receivedDate: string | null;
  @Nullable(String) dueDate: string | null;
  /** a registered request only */
  @Opt(Boolean) extended?: boolean;
  @Nullable(Bilingual) decision: Bilingual | null;
  @Prop([TrackedEvent]) timeline: TrackedEvent[];
}
