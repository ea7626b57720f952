import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const ATTACHMENT_OWNERS = ['requester', 'request', 'assignment', 'submission'] as const;
export type AttachmentOwner = (typeof ATTACHMENT_OWNERS)[number];

/** An uploaded file (PDF, JPEG, PNG ≤ 5 MB), stored outside the web root under a random key. */
@Entity('attachments')
@Index('IDX_attachments_owner', ['ownerType', 'ownerId'])
export class Attachment {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  officeId: number;

  @Column({ type: 'varchar', length: 20 })
  ownerType: AttachmentOwner;

  @Column({ type: 'int' })
  ownerId: number;

  @Column({ type: 'varchar', length: 40 })
  kind: string;

  @Column({ type: 'varchar', length: 255 })
  originalName: string;

  @Column({ type: 'varchar', length: 100 })
  mime: string;

  @Column({ type: 'int' })
  size: number;

  @Column({ type: 'varchar', length: 64 })
  sha256: string;

  @Column({ type: 'varchar', length: 100 })
  storageKey: string;

  @Column({ type: 'int', nullable: true })
  uploadedById: number | null;

  @Column({ type: 'datetime' })
  createdAt: Date;
}
