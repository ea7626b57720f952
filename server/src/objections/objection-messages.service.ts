import { Inject, Injectable } from '@nestjs/common';
import { OBJECTION_GROUNDS_PASAL_35, rightToDisputeText, type ObjectionGroundLetter } from '@lentera/reports/legal';
import { AuthUser, staffId } from '../common/auth-user';
import { Db } from '../common/db';
import { RuleSetsService } from '../clocks/rule-sets.service';
import { APP_CONFIG, AppConfig } from '../config/config';
import { longDate, MessageKind } from '../mail/mail-templates';
import { MailTemplatesService } from '../mail/mail-templates.service';
import { OutboxService } from '../mail/outbox.service';
import { Office } from '../offices/office.entity';
import { RequesterVersion } from '../requesters/requester.entity';
import { InfoRequest } from '../requests/request.entity';
import { Objection } from './objection.entity';

const DECISIONS: Record<string, Record<'id' | 'en', string>> = {
  accepted: { id: 'Keberatan diterima', en: 'The objection is upheld' },
  rejected: { id: 'Keberatan ditolak', en: 'The objection is rejected' },
  settled: { id: 'Diselesaikan dengan kesepakatan', en: 'Settled by agreement' },
};

const day = longDate;

/**
 * What a requester receives by e-mail about their objection (UU 14/2008 Pasal 35–36), queued in the outbox inside the
 * change's transaction: the receipt of the objection with the Atasan PPID's answer deadline, and the Atasan PPID's
 * written answer (its PDF attached, issued when the message is sent) with the window to take a dispute to the Komisi
 * Informasi (the PDF is produced by ObjectionDocumentsService's 'objection-response' attachment). To the e-mail of the identity registered with the objection, in the language of its request.
 */
@Injectable()
export class ObjectionMessages {
  constructor(
    private readonly db: Db,
    private readonly outbox: OutboxService,
    private readonly templates: MailTemplatesService,
    private readonly rules: RuleSetsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Called inside the change's transaction, with the objection as it is after the change. */
  async after(actor: AuthUser | null, event: 'registered' | 'decide', o: Objection): Promise<void> {
    const kind: MessageKind = event === 'registered' ? 'objection.received' : 'objection.decided';
    const identity = await this.db
      .repo(RequesterVersion)
      .findOne({ where: { requesterId: o.requesterId, version: o.requesterVersion } });
    if (!identity?.email) return;
    const office = await this.db.repo(Office).findOneByOrFail({ id: o.officeId });
    const request = o.requestId ? await this.db.repo(InfoRequest).findOneBy({ id: o.requestId }) : null;
    const lang = request?.lang ?? 'id';
    const id = lang === 'id';
    const lines: string[] = [];
    const row = (label: [string, string], value: string) => lines.push(`${id ? label[0] : label[1]}: ${value}`);
    row(['Nomor keberatan', 'Objection number'], o.number);
    if (request) row(['Atas permohonan', 'On the request'], request.number);
    row(['Badan publik', 'Public body'], office.name);
    if (kind === 'objection.received') {
      row(['Tanggal diterima', 'Received'], day(o.filedDate, lang));
      row(
        ['Alasan keberatan', 'Grounds'],
        o.grounds
          .map(
            (g) =>
              `Pasal 35 ayat (1) huruf ${g} — ${OBJECTION_GROUNDS_PASAL_35[g as ObjectionGroundLetter]?.[lang] ?? ''}`,
          )
          .join('; '),
      );
      row(['Tanggapan Atasan PPID paling lambat', "The Atasan PPID's answer is due by"], day(o.responseDueDate, lang));
    } else {
      row(['Tanggapan', 'Answer'], DECISIONS[o.decision ?? 'rejected'][lang]);
      if (o.decisionReason) row(['Pertimbangan', 'Reasons'], o.decisionReason);
      if (o.instruction) row(['Perintah kepada PPID', 'Instruction to the PPID'], o.instruction);
      if (o.disputeDeadline) {
        const rules = await this.rules.byId(o.ruleSetId);
        lines.push(rightToDisputeText(day(o.disputeDeadline, lang), rules.sources.disputeFilingDays.basis, lang));
      }
    }
    lines.push('', `${id ? 'Portal pemohon' : 'Requester portal'}: ${this.config.publicUrl}/portal`);
    const values = { name: identity.name, number: o.number, office: office.name };
    const { subject, text } = await this.templates.message(o.officeId, kind, lang, values, lines.join('\n'));
    await this.outbox.queue(actor, {
      officeId: o.officeId,
      kind,
      subjectType: 'objection',
      subjectId: o.id,
      to: identity.email,
      toName: identity.name,
      lang,
      subject,
      text,
      attachments:
        kind === 'objection.decided'
          ? [{ document: 'objection-response', subjectId: o.id, actorId: staffId(actor) ?? undefined }]
          : undefined,
    });
  }
}
