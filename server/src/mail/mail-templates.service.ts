import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { Access } from '../common/access';
import { AuthUser } from '../common/auth-user';
import { Clock } from '../common/clock';
import { Db } from '../common/db';
import { Errors } from '../common/errors';
import { Permission } from '../common/permissions';
import { MailTemplate } from './mail-template.entity';
import { MailTemplateView } from './mail-template.view';
import { DEFAULT_TEMPLATES, fill, MESSAGE_KINDS, MESSAGE_LABELS, MessageKind, TemplateText } from './mail-templates';

/** The wording of each message: the office's own where it has written one, the default otherwise. */
@Injectable()
export class MailTemplatesService {
  constructor(
    private readonly db: Db,
    private readonly access: Access,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async text(officeId: number, kind: MessageKind, lang: 'id' | 'en'): Promise<TemplateText> {
    const own = await this.db.repo(MailTemplate).findOne({ where: { officeId, kind, lang } });
    return own ? { subject: own.subject, intro: own.intro, closing: own.closing } : DEFAULT_TEMPLATES[kind][lang];
  }

  /**
   * A message to a requester about a record: the office's wording (its subject, and its intro and closing around the
   * fixed part), filled with the requester's name, the record's number and the office's name.
   */
  async message(
    officeId: number,
    kind: MessageKind,
    lang: 'id' | 'en',
    values: { name: string; number: string; office: string },
    fixed: string,
  ): Promise<{ subject: string; text: string }> {
    const t = await this.text(officeId, kind, lang);
    return {
      subject: fill(t.subject, values),
      text: `${fill(t.intro, values)}\n\n${fixed}\n\n${fill(t.closing, values)}\n`,
    };
  }

  async list(actor: AuthUser): Promise<MailTemplateView[]> {
    await this.access.requireOffice(actor, Permission.SettingRead, actor.officeId);
    const own = await this.db.repo(MailTemplate).find({ where: { officeId: actor.officeId } });
    return MESSAGE_KINDS.flatMap((kind) =>
      (['id', 'en'] as const).map((lang) => {
        const o = own.find((t) => t.kind === kind && t.lang === lang);
        return {
          kind,
          lang,
          label: MESSAGE_LABELS[kind],
          ...(o ? { subject: o.subject, intro: o.intro, closing: o.closing } : DEFAULT_TEMPLATES[kind][lang]),
          custom: !!o,
          default: DEFAULT_TEMPLATES[kind][lang],
        };
      }),
    );
  }

  /** Sets the office's wording of one message (null: back to the default); audited. */
  async update(actor: AuthUser, kind: string, lang: string, text: TemplateText | null): Promise<MailTemplateView[]> {
    if (!(MESSAGE_KINDS as readonly string[]).includes(kind))
      throw Errors.field('kind', `jenis pesan tidak dikenal: ${kind}`, `unknown message kind: ${kind}`);
    if (lang !== 'id' && lang !== 'en') throw Errors.field('lang', 'bahasa harus id atau en', 'lang must be id or en');
    await this.access.requireOffice(actor, Permission.SettingManage, actor.officeId);
    await this.audit.inTransaction(actor, async () => {
      const repo = this.db.repo(MailTemplate);
      const where = { officeId: actor.officeId, kind, lang: lang as 'id' | 'en' };
      const before = await repo.findOne({ where });
      if (text === null) await repo.delete(where);
      else if (before)
        await repo.update({ id: before.id }, { ...text, updatedById: actor.id, updatedAt: this.clock.now() });
      else await repo.insert({ ...where, ...text, updatedById: actor.id, updatedAt: this.clock.now() });
      return {
        result: undefined,
        audit: {
          action: 'mail_template.update',
          entityType: 'mail_template',
          entityId: `${kind}:${lang}`,
          officeId: actor.officeId,
          changes: { kind, lang, reset: text === null, subject: text?.subject ?? null },
        },
      };
    });
    return this.list(actor);
  }
}
