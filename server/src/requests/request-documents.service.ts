import { Injectable } from '@nestjs/common';
import {
  decisionText,
  electionText,
  extensionNoticeHtml,
  formText,
  heldText,
  maskNikEnds,
  maskNikLast4,
  refusalDecreeHtml,
  refusalText,
  REGIME_BASIS,
  REGISTER_TITLES,
  registerSummary,
  REQUESTER_TYPE_LABELS,
  requestReceiptHtml,
  requestRegisterHtml,
  writtenNoticeHtml,
  type DeadlineInfo,
  type Regime,
  type RequestDocRequest,
  type RequestDocRequester,
  type RequestRegisterRow,
  type Signer,
} from '@lentera/reports';
import { DeadlineService } from '../calendar/deadline.service';
import { RuleSetsService } from '../clocks/rule-sets.service';
import { Access } from '../common/access';
import { Prop } from '../common/api-views';
import { AuthUser } from '../common/auth-user';
import { Clock } from '../common/clock';
import { Db } from '../common/db';
import { Errors } from '../common/errors';
import { Msg, msg } from '../common/i18n';
import { Permission } from '../common/permissions';
import { excelDate, registerWorkbook, type RegisterColumn } from '../common/register-workbook';
import {
  DocumentsService,
  IssuedDocumentView,
  IssueRequest,
  subjectKey,
  verificationOf,
} from '../documents/documents.service';
import {
  issuedWhere,
  notIssued,
  officePpid,
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
import { Office } from '../offices/office.entity';
import { Identity } from '../requesters/requester.entity';
import { RequestersService, versionKey } from '../requesters/requesters.service';
import { User } from '../users/user.entity';
import { DECISION_LABELS, DECISIONS, REQUEST_STATUSES, STATUS_LABELS } from './request-lifecycle';
import { InfoRequest } from './request.entity';

/** The documents of one request: what each is, the permission that issues it, how its file is named. */
export const REQUEST_DOCUMENT_KINDS = ['receipt', 'notice', 'extension-notice', 'refusal-decree'] as const;
export type RequestDocumentKind = (typeof REQUEST_DOCUMENT_KINDS)[number];

/** A document issued for a request, with its kind (GET /requests/:id/documents). */
export class RequestDocumentView extends IssuedDocumentView {
  @Prop(String, { enum: REQUEST_DOCUMENT_KINDS as unknown as string[], enumName: 'RequestDocumentKind' })
  kind: RequestDocumentKind;
}

interface KindDef {
  type: string;
  numberCode: string;
  /** the subject of its key: request:<id>:<subject>:<hash> */
  subject: string;
  /** issuing it is a legal act of the owning office: this write permission, own office only */
  issue: Permission;
  file: string;
  what: Msg;
}

export const REQUEST_DOCUMENTS: Record<RequestDocumentKind, KindDef> = {
  receipt: {
    type: 'request-receipt',
    numberCode: 'TBP',
    subject: 'receipt',
    issue: Permission.RequestCreate,
    file: 'tanda-bukti',
    what: msg('Tanda bukti penerimaan permohonan', 'The receipt of the request'),
  },
  notice: {
    type: 'written-notice',
    numberCode: 'PT',
    subject: 'notice',
    issue: Permission.RequestDecide,
    file: 'pemberitahuan-tertulis',
    what: msg('Pemberitahuan tertulis', 'The written notice'),
  },
  'extension-notice': {
    type: 'extension-notice',
    numberCode: 'PP',
    subject: 'extension',
    issue: Permission.RequestDecide,
    file: 'pemberitahuan-perpanjangan',
    what: msg('Pemberitahuan perpanjangan waktu', 'The extension notice'),
  },
  'refusal-decree': {
    type: 'refusal-decree',
    numberCode: 'SKP',
    subject: 'refusal',
    issue: Permission.RequestDecide,
    file: 'sk-penolakan',
    what: msg('Surat Keputusan PPID tentang Penolakan Permohonan Informasi', "The PPID's refusal decree"),
  },
};

const REQUEST_MSG = msg('Permohonan', 'Request');

/**
 * The official documents of an information request: the receipt (tanda bukti), the written notice (pemberitahuan
 * tertulis), the extension notice, the PPID's refusal decree, and the register of requests for a period (PDF and XLSX).
 *
 * Issuing is an explicit act (`issue`, a POST by a role that may write in the owning office) that goes through
 * DocumentsService.issue: a gap-free number, a verification code, a register row and an audit row; the same content
 * issued again returns the same document. Reading (`pdf`) returns the stored bytes of the latest issued document, or a
 * DRAF preview that is never numbered; reads write nothing. Every document prints the requester's identity as
 * registered with the request (requester_versions), never the requester's current row.
 */
@Injectable()
export class RequestDocumentsService {
  constructor(
    private readonly db: Db,
    private readonly access: Access,
    private readonly requesters: RequestersService,
    private readonly rules: RuleSetsService,
    private readonly deadlines: DeadlineService,
    private readonly documents: DocumentsService,
    private readonly clock: Clock,
  ) {}

  // ── per request ────────────────────────────────────────────────────────────

  /** Issues (numbers, renders, stores, registers, audits) a document of the request; the same content: the same one. */
  async issue(actor: AuthUser, id: number, kind: RequestDocumentKind): Promise<IssuedDocumentView> {
    const def = REQUEST_DOCUMENTS[kind];
    const r = await this.access.load(actor, def.issue, InfoRequest, id, REQUEST_MSG);
    const spec = await this.spec(actor, r, kind);
    const { record, reprint } = await this.documents.issue(actor, spec);
    return this.documents.view(record, this.readPath(r.id, kind), reprint);
  }

  /** The stored PDF of the latest issued document of this kind (404 before it is issued), or a DRAF preview. */
  async pdf(
    actor: AuthUser,
    id: number,
    kind: RequestDocumentKind,
    preview: boolean,
  ): Promise<{ pdf: Buffer; fileName: string }> {
    const def = REQUEST_DOCUMENTS[kind];
    const r = await this.access.load(actor, Permission.RequestRead, InfoRequest, id, REQUEST_MSG);
    if (preview) {
      const spec = await this.spec(actor, r, kind);
      return { pdf: await this.documents.preview(spec), fileName: pdfFileName(`${def.file}-draf`, r.number) };
    }
    this.assertApplicable(r, kind);
    const doc = await this.documents.latest(r.officeId, def.type, this.subject(r.id, kind));
    if (!doc)
      throw notIssued(def.what, `/api/requests/${r.id}/documents/${kind}`, def.issue, this.readPath(r.id, kind));
    return { pdf: await this.documents.bytes(doc), fileName: pdfFileName(def.file, doc.number) };
  }

  /** Every document issued for the request, newest first. */
  async list(actor: AuthUser, id: number): Promise<RequestDocumentView[]> {
    const r = await this.access.load(actor, Permission.RequestRead, InfoRequest, id, REQUEST_MSG);
    const rows = await this.documents.issuedFor(
      r.officeId,
      REQUEST_DOCUMENT_KINDS.map((k) => this.subject(r.id, k)),
    );
    return rows.flatMap((d) => {
      const kind = REQUEST_DOCUMENT_KINDS.find((k) => REQUEST_DOCUMENTS[k].type === d.type);
      return kind ? [{ ...this.documents.view(d, this.readPath(r.id, kind)), kind }] : [];
    });
  }

  private readPath(id: number, kind: RequestDocumentKind): string {
    return `/api/requests/${id}/${kind}.pdf`;
  }

  private subject(id: number, kind: RequestDocumentKind): string {
    return `request:${id}:${REQUEST_DOCUMENTS[kind].subject}`;
  }

  /** 409 when the document cannot exist for the request in its present state. */
  private assertApplicable(r: InfoRequest, kind: RequestDocumentKind): void {
    if (kind === 'notice' && !r.decision)
      throw Errors.conflict(
        msg(
          'Pemberitahuan tertulis baru dapat dicetak setelah permohonan diputuskan',
          'The written notice can only be printed once the request has been decided',
        ),
      );
    if (kind === 'extension-notice' && !r.extendedDueDate)
      throw Errors.conflict(
        msg(
          'Pemberitahuan perpanjangan waktu hanya ada untuk permohonan yang diperpanjang',
          'An extension notice only exists for a request whose deadline was extended',
        ),
      );
    if (kind === 'refusal-decree' && r.decision !== 'refused' && r.decision !== 'granted_partial')
      throw Errors.conflict(
        msg(
          'Surat Keputusan PPID tentang Penolakan Permohonan Informasi hanya ada untuk permohonan yang ditolak atau dikabulkan sebagian',
          'A refusal decree only exists for a request that was refused or granted in part',
        ),
      );
  }

  /** What issuing (or previewing) a document of the request prints. */
  private async spec(actor: AuthUser, r: InfoRequest, kind: RequestDocumentKind): Promise<IssueRequest> {
    this.assertApplicable(r, kind);
    const def = REQUEST_DOCUMENTS[kind];
    const { office, identity, users, issuer } = await this.context(actor, r);
    const base = { office, type: def.type, numberCode: def.numberCode };
    const requester = this.requesterDoc(identity);
    const request = this.requestDoc(r);
    const key = (content: unknown) => subjectKey(this.subject(r.id, kind), content);
    if (kind === 'receipt') {
      const deadline = await this.deadlineInfo(r, r.deadlineDays, r.dueDate);
      const extended = r.extendedDueDate
        ? await this.deadlineInfo(r, r.deadlineDays + r.extensionDays, r.extendedDueDate)
        : null;
      const desk =
        (r.createdById ? users.find((u) => u.id === r.createdById) : undefined) ??
        (await this.userById(r.createdById)) ??
        issuer;
      return {
        ...base,
        subjectKey: key({ request, requester, deadline, extended, desk: desk.id }),
        title: `Tanda Bukti Penerimaan Permohonan Informasi Publik ${r.number}`,
        html: async (meta) => {
          const { dateText, place } = issuedWhere(office, meta);
          return requestReceiptHtml({
            office,
            timeZone: office.timeZone,
            request,
            // the public tracking code, where the request has one
            trackingCode: r.trackingCode ?? null,
            requester,
            deadline,
            extensionDays: r.extensionDays,
            extended,
            number: meta.number,
            dateText,
            verification: verificationOf(meta),
            signers: [
              {
                role: 'Petugas Pelayanan Informasi',
                position: desk.position ?? 'Desk Pelayanan Informasi',
                name: desk.fullName,
                nip: desk.nip,
              },
              { role: 'Pemohon Informasi', name: identity.name, place, date: dateText },
            ],
          });
        },
      };
    }
    if (kind === 'notice') {
      const objectionFilingDays = await this.objectionFilingDays(r);
      const decision = {
        decision: r.decision!,
        decisionDate: r.decisionDate,
        held: r.held,
        holderBody: r.holderBody,
        refusalBasis: r.refusalBasis,
        consequenceTest: r.consequenceTest,
        refusalReason: r.refusalReason,
        redactions: r.redactions,
        form: r.form,
        cost: r.cost,
        deliveryPlan: r.deliveryPlan,
        materialProvided: r.materialProvided,
        paymentMethod: r.paymentMethod,
      };
      return {
        ...base,
        subjectKey: key({ request, requester, decidedAt: r.decidedAt, decision, objectionFilingDays }),
        title: `Pemberitahuan Tertulis atas Permohonan ${r.number}`,
        html: async (meta) => {
          const { dateText, place } = issuedWhere(office, meta);
          return writtenNoticeHtml({
            office,
            timeZone: office.timeZone,
            request,
            requester,
            decision,
            objectionFilingDays,
            number: meta.number,
            dateText,
            verification: verificationOf(meta),
            signers: [this.ppidSigner(users, issuer, actor, place, dateText)],
          });
        },
      };
    }
    if (kind === 'extension-notice') {
      const original = await this.deadlineInfo(r, r.deadlineDays, r.dueDate);
      const extended = await this.deadlineInfo(r, r.deadlineDays + r.extensionDays, r.extendedDueDate!);
      return {
        ...base,
        subjectKey: key({ request, requester, original, extended }),
        title: `Pemberitahuan Perpanjangan Waktu atas Permohonan ${r.number}`,
        html: async (meta) => {
          const { dateText, place } = issuedWhere(office, meta);
          return extensionNoticeHtml({
            office,
            timeZone: office.timeZone,
            request,
            requester,
            reason: r.extensionReason ?? '-',
            extendedAt: r.extendedAt,
            original,
            extended,
            number: meta.number,
            dateText,
            verification: verificationOf(meta),
            signers: [this.ppidSigner(users, issuer, actor, place, dateText)],
          });
        },
      };
    }
    // refusal decree
    const objectionFilingDays = await this.objectionFilingDays(r);
    const decree = {
      partial: r.decision === 'granted_partial',
      refusalBasis: r.refusalBasis,
      consequenceTest: r.consequenceTest,
      refusalReason: r.refusalReason,
      redactions: r.redactions,
      decisionDate: r.decisionDate,
      regimeBasis: REGIME_BASIS[r.regime] ?? REGIME_BASIS.general,
      objectionFilingDays,
    };
    return {
      ...base,
      subjectKey: key({ request, requester, decidedAt: r.decidedAt, decree }),
      title: `Surat Keputusan PPID tentang Penolakan Permohonan Informasi ${r.number}`,
      html: async (meta) => {
        const { dateText, place } = issuedWhere(office, meta);
        return refusalDecreeHtml({
          office,
          timeZone: office.timeZone,
          request,
          requester,
          ...decree,
          number: meta.number,
          dateText,
          verification: verificationOf(meta),
          signers: [this.ppidSigner(users, issuer, actor, place, dateText)],
        });
      },
    };
  }

  private async objectionFilingDays(r: InfoRequest): Promise<number> {
    const set = await this.rules.byId(r.ruleSetId).catch(() => null);
    return set?.ruleValues.objectionFilingDays ?? 30;
  }

  // ── register ───────────────────────────────────────────────────────────────

  /** The office (own unless officeId is given and visible), the period, the regime, and its requests in order. */
  async registerData(actor: AuthUser, q: RegisterQuery) {
    const scope = await registerScope(this.db, this.access, actor, q, Permission.RequestRegister);
    const requests = await registerMatters(this.db, InfoRequest, 'receivedDate', scope);
    const identities = await this.requesters.asRegistered(requests);
    const rows: RequestRegisterRow[] = requests.map((r) => {
      const q = identities.get(versionKey(r.requesterId, r.requesterVersion));
      return {
        number: r.number,
        receivedDate: r.receivedDate,
        requester: {
          type: q?.type ?? r.requesterType,
          name: q?.name ?? '-',
          // masked here already: the full NIK never reaches the register
          nik: maskNikEnds(q?.nik ?? null),
          address: q?.address ?? '-',
          phone: q?.phone ?? null,
          email: q?.email ?? null,
          occupation: q?.occupation ?? null,
        },
        informationRequested: r.informationRequested,
        purpose: r.purpose,
        obtainMethods: r.obtainMethods ?? [],
        held: r.held,
        holderBody: r.holderBody,
        form: r.form,
        decision: r.decision,
        refusalBasis: r.refusalBasis,
        refusalReason: r.refusalReason,
        decisionDate: r.decisionDate,
        cost: r.cost,
        status: r.status,
        statusLabel: STATUS_LABELS[r.status]?.id ?? r.status,
        election:
          r.regime === 'election' ? { kind: r.electionKind, name: r.electionName, stage: r.electionStage } : null,
      };
    });
    return { ...scope, rows };
  }

  /** The register as a PDF: issued (numbered, own office only) or a DRAF preview (any visible office). */
  async registerPdf(actor: AuthUser, q: RegisterQuery, mode: 'issue' | 'preview') {
    const { office, period, regime, rows } = await this.registerData(actor, q);
    if (mode === 'issue') requireOwnOffice(actor, office.id);
    const { atasan, acknowledged, ppid } = await registerSigners(this.db, actor, office.id);
    const title = REGISTER_TITLES[regime].id;
    const spec: IssueRequest = {
      office,
      type: regime === 'election' ? 'request-register-election' : 'request-register',
      numberCode: regime === 'election' ? 'REGP' : 'REG',
      subjectKey: subjectKey(`request-register:${office.id}:${regime}:${period.from}:${period.to}`, {
        rows,
        atasan: atasan ? [atasan.id, atasan.fullName, atasan.nip, atasan.position] : null,
        ppid: [ppid.fullName, ppid.nip, ppid.position],
      }),
      title: `${title} ${office.name} ${period.from} s.d. ${period.to}`,
      landscape: true,
      html: async (meta) => {
        const { dateText, place } = issuedWhere(office, meta);
        const signers: Signer[] = [acknowledged, ppidSignature(ppid, place, dateText)];
        return requestRegisterHtml({
          office,
          regime,
          from: period.from,
          to: period.to,
          rows,
          number: meta.number,
          dateText,
          verification: verificationOf(meta),
          signers,
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
    const columns: Array<RegisterColumn<RequestRegisterRow>> = [
      { header: 'No', width: 5, value: (_r, i) => i + 1, center: true },
      { header: 'Nomor registrasi', width: 24, value: (r) => r.number },
      { header: 'Tanggal', width: 12, value: (r) => excelDate(r.receivedDate), date: true },
      { header: 'Nama', width: 26, value: (r) => r.requester.name },
      { header: 'Jenis pemohon', width: 14, value: (r) => REQUESTER_TYPE_LABELS[r.requester.type] ?? r.requester.type },
      { header: 'NIK (disamarkan)', width: 19, value: (r) => r.requester.nik ?? null },
      { header: 'Alamat', width: 32, value: (r) => r.requester.address },
      {
        header: 'Kontak',
        width: 26,
        value: (r) => [r.requester.phone, r.requester.email].filter(Boolean).join(' / ') || null,
      },
      { header: 'Pekerjaan', width: 16, value: (r) => r.requester.occupation ?? null },
      ...(regime === 'election'
        ? [
            {
              header: 'Pemilu / Pemilihan (tahapan)',
              width: 30,
              value: (r: RequestRegisterRow) => (electionText(r.election) === '-' ? null : electionText(r.election)),
            },
          ]
        : []),
      { header: 'Informasi yang diminta', width: 42, value: (r) => r.informationRequested },
      { header: 'Tujuan', width: 30, value: (r) => r.purpose },
      { header: 'Dikuasai/tidak (dan oleh siapa)', width: 22, value: (r) => heldText(r) },
      { header: 'Bentuk (soft/hard)', width: 14, value: (r) => formText(r) },
      { header: 'Keputusan', width: 20, value: (r) => decisionText(r.decision) },
      { header: 'Alasan penolakan', width: 32, value: (r) => (refusalText(r) === '-' ? null : refusalText(r)) },
      {
        header: 'Tanggal pemberitahuan',
        width: 14,
        value: (r) => (r.decisionDate ? excelDate(r.decisionDate) : null),
        date: true,
      },
      { header: 'Biaya (Rp)', width: 12, value: (r) => (r.decision ? (r.cost ?? 0) : null), money: true },
      { header: 'Status', width: 14, value: (r) => r.statusLabel },
    ];
    const xlsx = await registerWorkbook({
      ...registerHeadings(REGISTER_TITLES[regime].id, scope, actor, this.clock),
      columns,
      rows,
      summaries: [
        {
          title: 'Status',
          items: REQUEST_STATUSES.map(
            (s) => [STATUS_LABELS[s].id, rows.filter((r) => r.status === s).length] as [string, number],
          ),
        },
        {
          title: 'Keputusan',
          items: registerSummary(rows).map(
            (s) =>
              [s.key === 'none' ? s.label : DECISION_LABELS[s.key as (typeof DECISIONS)[number]].id, s.count] as [
                string,
                number,
              ],
          ),
        },
      ],
      summaryFooter: [
        {
          label: 'Total biaya (Rp)',
          value: rows.reduce((s, r) => s + (r.decision ? (r.cost ?? 0) : 0), 0),
          money: true,
        },
      ],
    });
    return { xlsx, office, period, regime, rows: rows.length };
  }

  // ── helpers ────────────────────────────────────────────────────────────────

  private async context(actor: AuthUser, r: InfoRequest) {
    const office = await this.db.repo(Office).findOneOrFail({ where: { id: r.officeId } });
    const identity = (await this.requesters.asRegistered([r])).get(versionKey(r.requesterId, r.requesterVersion));
    if (!identity) throw Errors.notFound(REQUEST_MSG);
    const { users, issuer } = await officeUsers(this.db, actor, r.officeId);
    return { office, identity, users, issuer };
  }

  private async userById(id: number | null): Promise<OfficeUser | null> {
    if (!id) return null;
    return this.db.repo(User).findOne({ where: { id }, relations: { roleRows: true } });
  }

  /** The office's active PPID (the issuer when they are one), else the issuer, as a signature block. */
  private ppidSigner(users: OfficeUser[], issuer: OfficeUser, actor: AuthUser, place: string, date: string): Signer {
    return ppidSignature(officePpid(users, issuer, actor), place, date);
  }

  private async deadlineInfo(r: InfoRequest, days: number, due: string): Promise<DeadlineInfo> {
    const exp = await this.deadlines.explain(r.officeId, r.clockStartDate, days);
    return {
      start: r.clockStartDate,
      startReason: r.clockStartDate === r.receivedDate ? 'received' : 'completed',
      days,
      due,
      skipped: exp.skipped.filter((h) => h.date <= due),
    };
  }

  private requestDoc(r: InfoRequest): RequestDocRequest {
    return {
      number: r.number,
      receivedAt: r.receivedAt,
      receivedDate: r.receivedDate,
      channel: r.channel,
      informationRequested: r.informationRequested,
      purpose: r.purpose,
      obtainMethods: r.obtainMethods ?? [],
      deliveryMethods: r.deliveryMethods ?? [],
    };
  }

  /** The identity as registered with the request: what every document prints. */
  private requesterDoc(q: Identity): RequestDocRequester {
    return {
      type: q.type,
      name: q.name,
      // the receipt shows only the last four digits; pass no more than that
      nik: maskNikLast4(q.nik),
      deedNumber: q.deedNumber,
      ratificationNumber: q.ratificationNumber,
      powerOfAttorney: q.powerOfAttorney,
      representativeName: q.representativeName,
      address: q.address,
      phone: q.phone,
      email: q.email,
      occupation: q.occupation,
    };
  }
}

export { pdfFileName };
