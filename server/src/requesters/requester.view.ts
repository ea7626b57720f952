import { OmitType } from '@nestjs/swagger';
import { AttachmentView } from '../attachments/attachments.service';
import { Nullable, Opt, Prop } from '../common/api-views';
import { Requester, REQUESTER_TYPES } from './requester.entity';

/** An identity as registered with a request or an objection (NIK masked unless the reader may see it). */
export class RequesterSummary {
  @Prop(Number) id: number;
  /** the identity version it was registered with (requester_versions) */
  @Opt(Number) version?: number;
  @Prop(String, { enum: REQUESTER_TYPES as unknown as string[], enumName: 'RequesterType' }) type: string;
  @Prop(String) name: string;
  @Nullable(String) nik: string | null;
  @Prop(Boolean) nikMasked: boolean;
  @Opt(String, { nullable: true }) deedNumber?: string | null;
  @Opt(String, { nullable: true }) ratificationNumber?: string | null;
  @Opt(String, { nullable: true }) powerOfAttorney?: string | null;
  @Opt(String, { nullable: true }) representativeName?: string | null;
  @Prop(String) address: string;
  @Nullable(String) phone: string | null;
  @Nullable(String) email: string | null;
  @Nullable(String) occupation: string | null;
  /** history only: why it changed, when and by whom */
  @Opt(String, { nullable: true }) reason?: string | null;
  @Opt(Date) createdAt?: Date;
  @Opt(String, { nullable: true }) createdByName?: string | null;
}

/** A requester as the API shows it: the NIK masked unless the reader may see it, with the identity scans. */
export class RequesterRecord extends OmitType(Requester, ['nik'] as const) {
  @Nullable(String) nik: string | null;
  @Prop(Boolean) nikMasked: boolean;
  @Opt([AttachmentView]) files?: AttachmentView[];
}
