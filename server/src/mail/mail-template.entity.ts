import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** An office's own wording of a message (its greeting and closing); the legal part in between is fixed. */
@Entity('mail_templates')
@Index('UQ_mail_templates_office_kind_lang', ['officeId', 'kind', 'lang'], { unique: true })
export class MailTemplate {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  officeId: number;

  @Column({ type: 'varchar', length: 40 })
  kind: string;

  @Column({ type: 'varchar', length: 2 })
  lang: 'id' | 'en';

  @Column({ type: 'varchar', length: 300 })
  subject: string;

  @Column({ type: 'text' })
  intro: string;

  @Column({ type: 'text' })
  closing: string;

  @Column({ type: 'int', nullable: true })
  updatedById: number | null;

  @Column({ type: 'datetime' })
  updatedAt: Date;
}
