import { Nullable, Prop } from '../common/api-views';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const ATTACHMENT_OWNERS = ['requester', 'request', 'assignment', 'submission'] as const;
export type AttachmentOwner = (typeof ATTACHMENT_OWNERS)[number];

/** An uploaded file (PDF, JPEG, PNG ≤ 5 MB), stored outside the web root under a random key. */
@Entity('attachments')
@Index('IDX_attachments_owner', ['ownerType', 'ownerId'])
export class Attachment {
  @PrimaryGeneratedColumn()
  @Prop(Number)
  id: number;

  @Column({ type: 'int' })
  @Prop(Number)
  officeId: number;

  @Column({ type: 'varchar', length: 20 })
  @Prop(String, { enum: ATTACHMENT_OWNERS as unknown as string[], enumName: 'AttachmentOwner' })
  ownerType: AttachmentOwner;

  @Column({ type: 'int' })
  @Prop(Number)
  ownerId: number;

  @Column({ type: 'varchar', length: 40 })
  @Prop(String)
  kind: string;

  @Column({ type: 'varchar', length: 255 })
  @Prop(String)
  originalName: string;

  @Column({ type: 'varchar', length: 100 })
  @Prop(String)
  mime: string;

  @Column({ type: 'int' })
  @Prop(Number)
  size: number;

  @Column({ type: 'varchar', length: 64 })
  @Prop(String)
  sha256: string;

  @Column({ type: 'varchar', length: 100 })
  @Prop(String)
  storageKey: string;

  @Column({ type: 'int', nullable: true })
  @Nullable(Number)
  uploadedById: number | null;

  @Column({ type: 'datetime' })
  @Prop(Date)
  createdAt: Date;
}
