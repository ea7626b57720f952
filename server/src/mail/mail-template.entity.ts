import { Entity, Index } from 'typeorm';
import { Col } from '../common/columns';

/** An office's own wording of a message (its greeting and closing); the legal part in between is fixed. */
@Entity('mail_templates')
@Index('UQ_mail_templates_office_kind_lang', ['officeId', 'kind', 'lang'], { unique: true })
export class MailTemplate {
  @Col.id() id: number;
  @Col.int() officeId: number;
  @Col.varchar(40) kind: string;
  @Col.varchar(2) lang: 'id' | 'en';
  @Col.varchar(300) subject: string;
  @Col.text() intro: string;
  @Col.text() closing: string;
  @Col.int({ nullable: true }) updatedById: number | null;
  @Col.instant() updatedAt: Date;
}
