import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { DateTime } from 'luxon';
import { EXEMPTIONS, REGIME_BASIS } from '@lentera/reports/legal';
import { DeadlineService } from '../calendar/deadline.service';
import { AuthUser, staffId } from '../common/auth-user';
import { Clock } from '../common/clock';
import { Db } from '../common/db';
import { APP_CONFIG, AppConfig } from '../config/config';
import { MailTemplatesService } from '../mail/mail-templates.service';
import { longDate, MessageKind } from '../mail/mail-templates';
import { OutboxAttachment, OutboxMessage } from '../mail/outbox-message.entity';
import { OutboxService } from '../mail/outbox.service';
import { Office } from '../offices/office.entity';
import { RequesterVersion } from '../requesters/requester.entity';
import { DECISION_LABELS } from './request-lifecycle';
import { InfoRequest, RequestAssignment, RequestEvent } from './request.entity';
import { Attachment } from '../attachments/attachment.entity';
import { toAuthUser } from '../auth/token.service';
import { FileStore } from '../common/file-store';
import { MAIL_CONFIG, MailConfig } from '../mail/mail.config';
import { OutboxSender } from '../mail/outbox-sender';
import { User } from '../users/user.entity';
import { RequestDocumentKind, RequestDocumentsService } from './request-documents.service';

/** The lifecycle events the requester hears about. */
export type RequestMessageEvent =
  'registered' | 'incomplete' | 'complete' | 'extend' | 'decide' | 'deliver' | 'withdraw' | 'lapse';

const day = longDate;

/**
 * What a requester receives by e-mail about their request, queued in the outbox inside the transaction of the change
 * (so a message exists exactly when the change does): the receipt with the tracking link, the notice that it is
 * incomplete and a reminder the day before the requester's own deadline, the extension notice, the written notice,
 * the information itself. Only when the identity registered with the request has an e-mail address; in the language
 * the requester chose; in the office's wording around the fixed part. Every message appears on the request's timeline.
 */
@Injectable()
export class RequestMessages implements OnModuleInit {
  constructor(
    private readonly db: Db,
    private readonly outbox: OutboxService,
    private readonly templates: MailTemplatesService,
    private readonly deadlines: DeadlineService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(MAIL_CONFIG) private readonly mail: MailConfig,
    private readonly sender: OutboxSender,
    private readonly documents: RequestDocumentsService,
    private readonly files: FileStore,
  ) {}

  onModuleInit(): void {
    this.outbox.onMessage('request', (event, m, actor) => this.onTimeline(event, m, actor));
    // the documents a message attaches are issued when it is sent (rendering is slow: never inside the change's
    // transaction), in the name of the staff member whose act the message reports; issued again, the same content is
    // the same document
    const kinds: Record<string, RequestDocumentKind> = {
      'request-receipt': 'receipt',
      'request-notice': 'notice',
      'request-extension-notice': 'extension-notice',
      'request-refusal-decree': 'refusal-decree',
    };
    for (const [document, kind] of Object.entries(kinds))
      this.sender.onAttachment(document, async (a) => {
        const actor = await this.staff(a.actorId);
        await this.documents.issue(actor, a.subjectId!, kind);
        const { pdf, fileName } = await this.documents.pdf(actor, a.subjectId!, kind, false);
        return { filename: fileName, content: pdf, contentType: 'application/pdf' };
      });
    this.sender.onAttachment('attachment', async (a) => {
      const file = await this.db.repo(Attachment).findOneByOrFail({ id: a.subjectId! });
      const content = await this.files.get(file.storageKey);
      if (content.length > this.mail.maxAttachmentBytes)
        return {
          link: `${this.config.publicUrl}/portal`,
          label: `${file.originalName} (unduh di portal / download in the portal)`,
        };
      return { filename: file.originalName, content, contentType: file.mime };
    });
  }

  private async staff(id: number | undefined): Promise<AuthUser> {
    const user = await this.db
      .repo(User)
      .findOneOrFail({ where: { id: id ?? -1 }, relations: { office: true, roleRows: true } });
    return toAuthUser(user, null);
  }

  /** Called inside the change's transaction, with the request as it is after the change. */
  async after(
    actor: AuthUser | null,
    event: RequestMessageEvent,
    r: InfoRequest,
    known?: RequesterVersion,
  ): Promise<void> {
    if (event === 'complete' || event === 'withdraw' || event === 'lapse' || event === 'decide')
      await this.outbox.cancelWaiting('request', r.id, 'request.completion_reminder');
    const kind: MessageKind | null =
      event === 'registered'
        ? 'request.received'
        : event === 'incomplete'
          ? 'request.incomplete'
          : event === 'extend'
            ? 'request.extended'
            : event === 'decide'
              ? 'request.decided'
              : event === 'deliver' && r.deliveredVia === 'email'
                ? 'request.delivered'
                : null;
    if (!kind) return;
    // the identity the request was registered with (a registration hands over the one it has just written)
    const identity =
      known ??
      (await this.db
        .repo(RequesterVersion)
        .findOne({ where: { requesterId: r.requesterId, version: r.requesterVersion } }));
    if (!identity?.email) return;
    const office = await this.db.repo(Office).findOneByOrFail({ id: r.officeId });
    const lang = r.lang ?? 'id';
    const body = await this.body(kind, r, office, lang);
    const by = staffId(actor) ?? r.createdById ?? undefined;
    await this.queue(
      actor,
      kind,
      r,
      identity,
      office,
      lang,
      body.text,
      body.attachments.map((a) => ({ ...a, actorId: by })),
    );
    if (kind === 'request.incomplete' && r.incompleteDueDate) {
      // the day before the requester's own deadline, 08:00 in the office's time zone
      const reminder = await this.reminderDate(r.officeId, r.incompleteDueDate);
      if (reminder) {
        const text = await this.body('request.completion_reminder', r, office, lang);
        await this.queue(actor, 'request.completion_reminder', r, identity, office, lang, text.text, [], reminder);
      }
    }
  }

  private async queue(
    actor: AuthUser | null,
    kind: MessageKind,
    r: InfoRequest,
    identity: RequesterVersion,
    office: Office,
    lang: 'id' | 'en',
    fixed: string,
    attachments: OutboxAttachment[],
    notBefore?: Date,
  ): Promise<void> {
    const values = { name: identity.name, number: r.number, office: office.name };
    const { subject, text } = await this.templates.message(r.officeId, kind, lang, values, fixed);
    await this.outbox.queue(actor, {
      officeId: r.officeId,
      kind,
      subjectType: 'request',
      subjectId: r.id,
      to: identity.email!,
      toName: identity.name,
      lang,
      subject,
      text,
      attachments,
      notBefore,
    });
  }

  /** The fixed part of each message: what the law and the record say, not editable by the office. */
  private async body(kind: MessageKind, r: InfoRequest, office: Office, lang: 'id' | 'en') {
    const id = lang === 'id';
    const lines: string[] = [];
    const attachments: OutboxAttachment[] = [];
    const track = `${this.config.publicUrl}/lacak?kode=${encodeURIComponent(r.trackingCode)}`;
    const portal = `${this.config.publicUrl}/portal`;
    const row = (label: [string, string], value: string) => lines.push(`${id ? label[0] : label[1]}: ${value}`);
    row(['Nomor registrasi', 'Registration number'], r.number);
    row(['Badan publik', 'Public body'], office.name);
    if (kind === 'request.received') {
      row(['Tanggal diterima', 'Received'], day(r.receivedDate, lang));
      row(['Informasi yang diminta', 'Information requested'], r.informationRequested);
      row(
        ['Batas waktu pemberitahuan tertulis', 'Deadline of the written notice'],
        `${day(r.effectiveDueDate, lang)} (${r.deadlineDays} ${id ? 'hari kerja' : 'working days'}; ${REGIME_BASIS[r.regime]})`,
      );
      attachments.push({ document: 'request-receipt', subjectId: r.id });
    } else if (kind === 'request.incomplete' || kind === 'request.completion_reminder') {
      row(['Yang perlu dilengkapi', 'What is missing'], r.incompleteNote ?? '-');
      if (r.incompleteDueDate) row(['Lengkapi paling lambat', 'Complete it by'], day(r.incompleteDueDate, lang));
      lines.push(
        id
          ? `Kelengkapan dapat diunggah melalui portal pemohon (${portal}) atau diserahkan ke meja layanan informasi. Bila tidak dilengkapi sampai batas tersebut, permohonan tidak dapat diproses.`
          : `You can upload what is missing through the requester portal (${portal}) or bring it to the information desk. A request not completed by then cannot be processed.`,
      );
    } else if (kind === 'request.extended') {
      row(['Batas waktu semula', 'Original deadline'], day(r.dueDate, lang));
      row(['Batas waktu baru', 'New deadline'], day(r.effectiveDueDate, lang));
      row(['Alasan perpanjangan', 'Reason'], r.extensionReason ?? '-');
      attachments.push({ document: 'request-extension-notice', subjectId: r.id });
    } else if (kind === 'request.decided' && r.decision) {
      row(['Keputusan', 'Decision'], DECISION_LABELS[r.decision][lang]);
      if (r.refusalBasis?.length)
        row(
          ['Dasar pengecualian', 'Exemption basis'],
          r.refusalBasis
            .map((l) => `Pasal 17 huruf ${l} — ${EXEMPTIONS[l as keyof typeof EXEMPTIONS]?.title[lang] ?? ''}`)
            .join('; '),
        );
      attachments.push({ document: 'request-notice', subjectId: r.id });
      if (r.decision === 'refused' || r.decision === 'granted_partial') {
        attachments.push({ document: 'request-refusal-decree', subjectId: r.id });
        lines.push(
          id
            ? 'Bila Anda keberatan atas keputusan ini, Anda dapat mengajukan keberatan kepada Atasan PPID melalui portal pemohon atau meja layanan informasi (UU 14/2008 Pasal 35–36).'
            : 'If you object to this decision, you may file an objection with the Atasan PPID through the requester portal or at the information desk (Law 14/2008 Articles 35–36).',
        );
      }
    } else if (kind === 'request.delivered') {
      row(['Materi informasi', 'Material'], r.materialProvided ?? '-');
      const answered = await this.db.repo(RequestAssignment).find({ where: { requestId: r.id, status: 'answered' } });
      const files = answered.length
        ? await this.db
            .repo(Attachment)
            .createQueryBuilder('a')
            .where("a.ownerType = 'assignment' AND a.ownerId IN (:...ids)", { ids: answered.map((a) => a.id) })
            .getMany()
        : [];
      for (const f of files) attachments.push({ document: 'attachment', subjectId: f.id, filename: f.originalName });
    }
    lines.push('');
    lines.push(`${id ? 'Lacak status' : 'Track the status'}: ${track}`);
    lines.push(`${id ? 'Portal pemohon' : 'Requester portal'}: ${portal}`);
    return { text: lines.join('\n'), attachments };
  }

  /** 08:00 (office time) of the working day before `due`, or null when that is already past. */
  private async reminderDate(officeId: number, due: string): Promise<Date | null> {
    const tz = await this.deadlines.officeTimeZone(officeId);
    const hs = new Set((await this.deadlines.holidays(officeId, shift(due, -14), due)).map((h) => h.date));
    let d = shift(due, -1);
    while (new Date(`${d}T00:00:00Z`).getUTCDay() % 6 === 0 || hs.has(d)) d = shift(d, -1);
    const at = DateTime.fromISO(`${d}T08:00:00`, { zone: tz }).toJSDate();
    return at > this.clock.now() ? at : null;
  }

  /** Each message on the request's timeline: queued (in the change's transaction), then sent or not. */
  private async onTimeline(event: 'queued' | 'sent' | 'failed' | 'bounced', m: OutboxMessage, actor: AuthUser | null) {
    if (!m.subjectId) return;
    await this.db.repo(RequestEvent).insert(
      this.db.repo(RequestEvent).create({
        requestId: m.subjectId,
        officeId: m.officeId,
        type: `mail_${event}`,
        fromStatus: null,
        toStatus: null,
        at: this.clock.now(),
        actorId: staffId(actor),
        actorName: actor?.fullName ?? null,
        note: `${m.subject} → ${m.toAddress}`,
        data: { messageId: m.id, kind: m.kind, state: m.state, serverResponse: m.serverResponse },
      }) as never,
    );
  }
}

function shift(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
