import { Injectable, OnModuleInit } from '@nestjs/common';
import { Db } from '../common/db';
import { In } from 'typeorm';
import {
  disputeCount,
  disputeText,
  formatDateId,
  groundsText,
  OBJECTION_REGISTER_TITLES,
  type Regime,
  objectionDecisionText,
  objectionRegisterHtml,
  objectionRegisterSummary,
  objectionResponseHtml,
  type ObjectionDocObjection,
  type ObjectionDocRequest,
  type ObjectionDocRequester,
  type ObjectionGroundText,
  type ObjectionRegisterRow,
  type ObjectionResponseDecision,
  type Signer,
} from '@lentera/reports';
import { Access } from '../common/access';
import { AuthUser } from '../common/auth-user';
import { Clock } from '../common/clock';
import { Errors } from '../common/errors';
import { msg } from '../common/i18n';
import { Permission } from '../common/permissions';
import { excelDate, registerWorkbook, type RegisterColumn } from '../common/register-workbook';
import {
  DocumentsService,
  IssuedDocumentView,
  IssueRequest,
  subjectKey,
  verificationOf,
} from '../documents/documents.service';
import { Office } from '../offices/office.entity';
import { Identity } from '../requesters/requester.entity';
import { RequestersService, versionKey } from '../requesters/requesters.service';
import {
  hasRole,
  issuedWhere,
  notIssued,
  type OfficeUser,
  officeUsers,
  pdfFileName,
  ppidSignature,
  registerHeadings,
  registerMatters,
  RegisterPeriod,
  RegisterQuery,
  registerScope,
  registerSigners,
  requireOwnOffice,
} from '../documents/issuing';
import { InfoRequest } from '../requests/request.entity';
import { User } from '../users/user.entity';
import {
  GROUND_LABELS,
  OBJECTION_GROUNDS,
  OBJECTION_STATUS_LABELS,
  OBJECTION_STATUSES,
  ObjectionGround,
} from './objection-lifecycle';
import { Objection } from './objection.entity';
import { OutboxSender } from '../mail/outbox-sender';
import { toAuthUser } from '../auth/token.service';
import { ObjectionsService } from './objections.service';

const OBJECTION = msg('Keberatan', 'Objection');

/** The letter and its Indonesian meaning (UU KIP Pasal 35 ayat (1)), for each ground of an objection. */
export function groundTexts(grounds: readonly string[]): ObjectionGroundText[] {
  return [...grounds].sort().map((g) => ({ letter: g, label: GROUND_LABELS[g as ObjectionGround]?.id ?? g }));
}

const RESPONSE = {
  type: 'objection-response',
  file: 'tanggapan-keberatan',
  what: msg('Tanggapan Atasan PPID atas keberatan', "The Atasan PPID's response to the objection"),
};

/**
 * The official documents of the objection process: the Atasan PPID's written answer (Pasal 36 ayat (2)) and the
 * objection register of a period (PDF and XLSX). Issuing is a POST (the answer: objection.decide in the owning office;
 * the register: one's own office) through DocumentsService.issue — a gap-free number, a verification code, a register
 * row and an audit row; issuing unchanged content again returns the same document. Reads return the stored bytes or a
 * DRAF preview and write nothing. Every document prints the requester's identity as registered with the objection.
 */
@Injectable()
export class ObjectionDocumentsService implements OnModuleInit {
  constructor(
    private readonly db: Db,
    private readonly objections: ObjectionsService,
    private readonly access: Access,
    private readonly requesters: RequestersService,
    private readonly documents: DocumentsService,
    private readonly clock: Clock,
    private readonly sender: OutboxSender,
  ) {}

  /**
   * The Atasan PPID's answer attached to the e-mail that reports it (objection-messages.service.ts): issued when the
   * message is sent, in the name of the Atasan PPID who decided; issued again, the same content is the same document.
   */
  onModuleInit(): void {
    this.sender.onAttachment('objection-response', async (a) => {
      const user = await this.db
        .repo(User)
        .findOneOrFail({ where: { id: a.actorId ?? -1 }, relations: { office: true, roleRows: true } });
      const actor = toAuthUser(user, null);
      await this.issueResponse(actor, a.subjectId!);
      const { pdf, fileName } = await this.responsePdf(actor, a.subjectId!, false);
      return { filename: fileName, content: pdf, contentType: 'application/pdf' };
    });
  }

  // ── per objection ─────────────────────────────────────────────────────────

  /** Issues the Atasan PPID's response (objection.decide, the owning office); unchanged content: the same document. */
  async issueResponse(actor: AuthUser, id: number): Promise<IssuedDocumentView> {
    const o = await this.access.load(actor, Permission.ObjectionDecide, Objection, id, OBJECTION);
    const { record, reprint } = await this.documents.issue(actor, await this.responseSpec(actor, o));
    return this.documents.view(record, `/api/objections/${o.id}/response.pdf`, reprint);
  }

  /** The stored PDF of the latest issued response (404 before it is issued), or a DRAF preview. */
  async responsePdf(actor: AuthUser, id: number, preview: boolean): Promise<{ pdf: Buffer; fileName: string }> {
    const o = await this.objections.findVisible(actor, id);
    if (preview)
      return {
        pdf: await this.documents.preview(await this.responseSpec(actor, o)),
        fileName: pdfFileName(`${RESPONSE.file}-draf`, o.number),
      };
    this.assertDecided(o);
    const doc = await this.documents.latest(o.officeId, RESPONSE.type, `objection:${o.id}:response`);
    if (!doc)
      throw notIssued(
        RESPONSE.what,
        `/api/objections/${o.id}/documents/response`,
        Permission.ObjectionDecide,
        `/api/objections/${o.id}/response.pdf`,
      );
    return { pdf: await this.documents.bytes(doc), fileName: pdfFileName(RESPONSE.file, doc.number) };
  }

  /** Every document issued for the objection, newest first. */
  async list(actor: AuthUser, id: number): Promise<IssuedDocumentView[]> {
    const o = await this.objections.findVisible(actor, id);
    const rows = await this.documents.issuedFor(o.officeId, [`objection:${o.id}:response`]);
    return rows.map((d) => this.documents.view(d, `/api/objections/${o.id}/response.pdf`));
  }

  /** 409 before the Atasan PPID's decision (and for a withdrawn objection). */
  private assertDecided(o: Objection): void {
    if (!o.decision || !o.decisionDate) {
      throw Errors.conflict(
        o.status === 'withdrawn'
          ? msg(
              'Keberatan ini telah dicabut sehingga tidak ada tanggapan Atasan PPID yang dapat dicetak',
              'This objection was withdrawn, so there is no Atasan PPID response to print',
            )
          : msg(
              'Tanggapan Atasan PPID baru dapat dicetak setelah keberatan diputuskan oleh Atasan PPID',
              "The Atasan PPID's response can only be printed once the Atasan PPID has decided the objection",
            ),
      );
    }
  }

  private async responseSpec(actor: AuthUser, o: Objection): Promise<IssueRequest> {
    this.assertDecided(o);
    const office = await this.db.repo(Office).findOneOrFail({ where: { id: o.officeId } });
    const requester = (await this.requesters.asRegistered([o])).get(versionKey(o.requesterId, o.requesterVersion));
    if (!requester) throw Errors.notFound(OBJECTION);
    const request = o.requestId ? await this.db.repo(InfoRequest).findOne({ where: { id: o.requestId } }) : null;
    const signerUser = await this.decider(o, actor);
    const place = office.city?.trim() || office.name;
    const signedOn = formatDateId(o.decisionDate!, office.timeZone);
    const signer: Signer = {
      role: `Atasan PPID ${office.name}`,
      position: signerUser?.position ?? null,
      name: signerUser?.fullName ?? '(.................................................)',
      nip: signerUser?.nip ?? null,
      place,
      date: signedOn,
    };
    const objection: ObjectionDocObjection = {
      number: o.number,
      filedAt: o.filedAt,
      filedDate: o.filedDate,
      grounds: groundTexts(o.grounds),
      reasons: o.reasons,
      proxyName: o.proxyName,
      responseDueDate: o.responseDueDate,
      late: o.late,
      lateAcceptedReason: o.lateAcceptedReason,
    };
    // the answer does not need the NIK: name and address only
    const requesterDoc: ObjectionDocRequester = {
      type: requester.type,
      name: requester.name,
      address: requester.address,
    };
    const requestDoc: ObjectionDocRequest | null = request
      ? {
          number: request.number,
          receivedDate: request.receivedDate,
          informationRequested: request.informationRequested,
          purpose: request.purpose,
          decision: request.decision,
          decisionDate: request.decisionDate,
        }
      : null;
    const decision: ObjectionResponseDecision = {
      decision: o.decision!,
      reason: o.decisionReason ?? '-',
      instruction: o.instruction,
      decisionDate: o.decisionDate!,
      disputeDeadline: o.disputeDeadline,
    };
    return {
      office,
      type: 'objection-response',
      numberCode: 'TKEB',
      subjectKey: subjectKey(`objection:${o.id}:response`, {
        objection,
        requester: requesterDoc,
        request: requestDoc,
        decision,
        signer,
      }),
      title: `Tanggapan Atasan PPID atas Keberatan ${o.number}`,
      html: async (meta) =>
        objectionResponseHtml({
          office,
          timeZone: office.timeZone,
          objection,
          requester: requesterDoc,
          request: requestDoc,
          decision,
          number: meta.number,
          dateText: issuedWhere(office, meta).dateText,
          verification: verificationOf(meta),
          signers: [signer],
        }),
    };
  }

  // ── register ───────────────────────────────────────────────────────────────

  /** The office (own unless officeId is given and visible), the period, and its objections in register order. */
  async registerData(actor: AuthUser, q: RegisterQuery) {
    const scope = await registerScope(this.db, this.access, actor, q, Permission.ObjectionRead);
    const objections = await registerMatters(this.db, Objection, 'filedDate', scope);
    const ids = <T>(xs: Array<T | null>) => [...new Set(xs.filter((x): x is T => x !== null))];
    const requesterIds = ids(objections.map((o) => o.requesterId));
    const requestIds = ids(objections.map((o) => o.requestId));
    const deciderIds = ids(objections.map((o) => o.decidedById));
    const identities = requesterIds.length
      ? await this.requesters.asRegistered(objections)
      : new Map<string, Identity>();
    const requests = requestIds.length
      ? await this.db.repo(InfoRequest).find({
          where: { id: In(requestIds) },
          select: { id: true, number: true, informationRequested: true, purpose: true },
        })
      : [];
    const deciders = deciderIds.length
      ? await this.db
          .repo(User)
          .find({ where: { id: In(deciderIds) }, select: { id: true, fullName: true, position: true } })
      : [];
    const reqs = new Map(requests.map((x) => [x.id, x]));
    const users = new Map(deciders.map((x) => [x.id, x]));
    const rows: ObjectionRegisterRow[] = objections.map((o) => {
      const requester = identities.get(versionKey(o.requesterId, o.requesterVersion));
      const request = o.requestId ? reqs.get(o.requestId) : undefined;
      const decider = o.decidedById ? users.get(o.decidedById) : undefined;
      return {
        number: o.number,
        filedDate: o.filedDate,
        requester: { name: requester?.name ?? '-', address: requester?.address ?? '-' },
        proxyName: o.proxyName,
        requestNumber: request?.number ?? null,
        informationRequested: request?.informationRequested ?? null,
        purpose: request?.purpose ?? null,
        grounds: [...o.grounds].sort(),
        decision: o.decision,
        decisionDate: o.decisionDate,
        responseDueDate: o.responseDueDate,
        decidedBy: decider ? { name: decider.fullName, position: decider.position } : null,
        requesterReaction: o.requesterReaction,
        dispute:
          o.disputeFiledDate || o.kiRegistrationNumber
            ? {
                filedDate: o.disputeFiledDate,
                kiRegistrationNumber: o.kiRegistrationNumber,
                stage: o.disputeStage,
                outcome: o.disputeOutcome,
              }
            : null,
        status: o.status,
        statusLabel: OBJECTION_STATUS_LABELS[o.status]?.id ?? o.status,
      };
    });
    return { ...scope, rows };
  }

  /** The register as a PDF: issued (numbered, own office only) or a DRAF preview (any visible office). */
  async registerPdf(actor: AuthUser, q: RegisterQuery, mode: 'issue' | 'preview') {
    const { office, period, regime, rows } = await this.registerData(actor, q);
    if (mode === 'issue') requireOwnOffice(actor, office.id);
    const title = OBJECTION_REGISTER_TITLES[regime].id;
    const { atasan, acknowledged, ppid } = await registerSigners(this.db, actor, office.id);
    const groundLabels = groundTexts(OBJECTION_GROUNDS);
    const spec: IssueRequest = {
      office,
      type: regime === 'election' ? 'objection-register-election' : 'objection-register',
      numberCode: regime === 'election' ? 'RKEBP' : 'RKEB',
      subjectKey: subjectKey(`objection-register:${office.id}:${regime}:${period.from}:${period.to}`, {
        rows,
        atasan: atasan ? [atasan.id, atasan.fullName, atasan.nip, atasan.position] : null,
        ppid: [ppid.id, ppid.fullName, ppid.nip, ppid.position],
      }),
      title: `${title} ${office.name} ${period.from} s.d. ${period.to}`,
      landscape: true,
      html: async (meta) => {
        const { dateText, place } = issuedWhere(office, meta);
        return objectionRegisterHtml({
          office,
          regime,
          from: period.from,
          to: period.to,
          rows,
          groundLabels,
          number: meta.number,
          dateText,
          verification: verificationOf(meta),
          signers: [acknowledged, ppidSignature(ppid, place, dateText)],
        });
      },
    };
    return { ...(await this.documents.issueOrPreview(actor, spec, mode)), period, office, regime };
  }

  /** The register as a workbook ("Register" and "Ringkasan"). A read: nothing is written, nothing is audited. */
  async registerXlsx(
    actor: AuthUser,
    q: RegisterQuery,
  ): Promise<{ xlsx: Buffer; office: Office; period: RegisterPeriod; regime: Regime; rows: number }> {
    const { rows, ...scope } = await this.registerData(actor, q);
    const { office, period, regime } = scope;
    const columns: Array<RegisterColumn<ObjectionRegisterRow>> = [
      { header: 'No', width: 5, value: (_r, i) => i + 1, center: true },
      { header: 'Nomor keberatan', width: 24, value: (r) => r.number },
      { header: 'Tanggal', width: 12, value: (r) => excelDate(r.filedDate), date: true },
      { header: 'Nama pemohon', width: 26, value: (r) => r.requester.name },
      { header: 'Kuasa pemohon', width: 20, value: (r) => r.proxyName?.trim() || null },
      { header: 'Alamat', width: 32, value: (r) => r.requester.address },
      { header: 'Nomor permohonan', width: 24, value: (r) => r.requestNumber },
      { header: 'Informasi yang diminta', width: 42, value: (r) => r.informationRequested },
      { header: 'Tujuan', width: 30, value: (r) => r.purpose },
      { header: 'Alasan keberatan', width: 11, value: (r) => groundsText(r.grounds), center: true },
      { header: 'Keputusan', width: 20, value: (r) => objectionDecisionText(r) },
      {
        header: 'Tanggal tanggapan',
        width: 13,
        value: (r) => (r.decisionDate ? excelDate(r.decisionDate) : null),
        date: true,
      },
      { header: 'Batas waktu tanggapan', width: 13, value: (r) => excelDate(r.responseDueDate), date: true },
      {
        header: 'Pejabat yang menanggapi',
        width: 28,
        value: (r) => (r.decidedBy ? [r.decidedBy.name, r.decidedBy.position].filter(Boolean).join(', ') : null),
      },
      { header: 'Tanggapan pemohon', width: 28, value: (r) => r.requesterReaction?.trim() || null },
      { header: 'Sengketa', width: 40, value: (r) => (disputeText(r) === '-' ? null : disputeText(r)) },
      { header: 'Status', width: 16, value: (r) => r.statusLabel },
    ];
    const grounds = groundTexts(OBJECTION_GROUNDS);
    const xlsx = await registerWorkbook({
      ...registerHeadings(OBJECTION_REGISTER_TITLES[regime].id, scope, actor, this.clock),
      columns,
      rows,
      legend: {
        title: 'Keterangan alasan keberatan (UU Nomor 14 Tahun 2008 Pasal 35 ayat (1)):',
        lines: grounds.map((g) => `${g.letter}. ${g.label}`),
      },
      summaryWidth: 60,
      summaries: [
        {
          title: 'Keputusan',
          items: objectionRegisterSummary(rows).map((s) => [s.label, s.count] as [string, number]),
        },
        {
          title: 'Status',
          items: OBJECTION_STATUSES.map(
            (s) => [OBJECTION_STATUS_LABELS[s].id, rows.filter((r) => r.status === s).length] as [string, number],
          ),
        },
        // an objection may rest on several grounds: no total
        {
          title: 'Alasan keberatan (Pasal 35 ayat (1))',
          items: grounds.map(
            (g) =>
              [`${g.letter}. ${g.label}`, rows.filter((r) => r.grounds.includes(g.letter)).length] as [string, number],
          ),
          total: false,
        },
      ],
      summaryFooter: [{ label: 'Diajukan sebagai sengketa ke Komisi Informasi', value: disputeCount(rows) }],
    });
    return { xlsx, office, period, regime, rows: rows.length };
  }

  // ── helpers ────────────────────────────────────────────────────────────────

  /** The Atasan PPID who decided; else the office's active Atasan PPID. */
  private async decider(o: Objection, actor: AuthUser): Promise<OfficeUser | null> {
    if (o.decidedById) {
      const u = await this.db.repo(User).findOne({ where: { id: o.decidedById } });
      if (u) return u;
    }
    const { users } = await officeUsers(this.db, actor, o.officeId);
    return users.find((u) => u.active && hasRole(u, 'atasan')) ?? null;
  }
}
