import { Col } from '../common/columns';
import { Entity, Index } from 'typeorm';

export const ATTACHMENT_OWNERS = ['requester', 'request', 'assignment', 'submission'] as const;
export type AttachmentOwner = (typeof ATTACHMENT_OWNERS)[number];

/** An uploaded file (PDF, JPEG, PNG ≤ 5 MB), stored outside the web root under a random key. */
@Entity('attachments')
@Index('IDX_attachments_owner', ['ownerType', 'ownerId'])
export class Attachment {
  @Col.id() id: number;
  @Col.int() officeId: number;
  @Col.varchar(20, { enum: ATTACHMENT_OWNERS, enumName: 'AttachmentOwner' }) ownerType: AttachmentOwner;
  @Col.int() ownerId: number;
  @Col.varchar(40) kind: string;
  @Col.varchar(255) originalName: string;
  @Col.varchar(100) mime: string;
  @Col.int() size: number;
  @Col.varchar(64) sha256: string;
  @Col.varchar(100) storageKey: string;
  @Col.int({ nullable: true }) uploadedById: number | null;
  @Col.instant() createdAt: Date;
}
