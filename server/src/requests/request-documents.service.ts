import { Injectable } from '@nestjs/common';
import { Db } from '../common/db';
import { Workbook } from 'exceljs';
import { In } from 'typeorm';
import {
  decisionText,
  extensionNoticeHtml,
  formatDateId,
  formatDateTimeId,
  formatRupiah,
  formText,
  heldText,
  maskNikEnds,
  maskNikLast4,
  refusalText,
  registerSummary,
  REQUESTER_TYPE_LABELS,
  requestReceiptHtml,
  requestRegisterHtml,
  writtenNoticeHtml,
  type DeadlineInfo,
  type RequestDocRequest,
  type RequestDocRequester,
  type RequestRegisterRow,
  type Signer,
} from '@lentera/reports';
import { AuditService } from '../audit/audit.service';
import { DeadlineService } from '../calendar/deadline.service';
import { isIsoDate } from '../calendar/working-days';
import { AuthUser } from '../common/auth-user';
import { Clock } from '../common/clock';
import { Errors } from '../common/errors';
import { msg } from '../common/i18n';
import { OfficeAccess } from '../common/office-access.service';
import { DocumentsService, IssueMeta, subjectKey } from '../documents/documents.service';
import { Office } from '../offices/office.entity';
import { Requester } from '../requesters/requester.entity';
import { User } from '../users/user.entity';
import { DECISION_LABELS, DECISIONS, REQUEST_STATUSES, STATUS_LABELS } from './request-lifecycle';
import { InfoRequest } from './request.entity';
import { RequestsService } from './requests.service';

/** The longest period one register may cover (a leap year). */
export const REGISTER_MAX_DAYS = 366;

export interface RegisterQuery {
  from?: unknown;
  to?: unknown;
  officeId?: unknown;
}

export interface RegisterPeriod {
  from: string;
  to: string;
}

/** Both dates required, real calendar dates, from ≤ to, at most 366 days (inclusive); 400 naming the field otherwise. */
export function parsePeriod(from: unknown, to: unknown): RegisterPeriod {
  for (const [name, value] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (value === undefined || value === null || value === '')
      throw Errors.field(name, `${name} wajib diisi (YYYY-MM-DD)`, `${name} is required (YYYY-MM-DD)`);
    if (typeof value !== 'string' || !isIsoDate(value))
      throw Errors.field(
        name,
        `${name} harus tanggal yang valid YYYY-MM-DD`,
        `${name} must be a valid date YYYY-MM-DD`,
      );
  }
  const f = from as string;
  const t = to as string;
  if (f > t)
    throw Errors.field(
      'to',
      'tanggal akhir (to) tidak boleh sebelum tanggal awal (from)',
      'to must not be before from',
    );
  const days = Math.round((Date.parse(`${t}T00:00:00Z`) - Date.parse(`${f}T00:00:00Z`)) / 86_400_000) + 1;
  if (days > REGISTER_MAX_DAYS)
    throw Errors.field(
      'to',
      `periode paling lama ${REGISTER_MAX_DAYS} hari (diminta ${days} hari)`,
      `the period may span at most ${REGISTER_MAX_DAYS} days (asked for ${days})`,
    );
  return { from: f, to: t };
}

type OfficeUser = User & { roleRows?: Array<{ role: string }> };

const REQUEST_MSG = msg('Permohonan', 'Request');
const PPID_ROLE = 'Pejabat Pengelola Informasi dan Dokumentasi';

/**
 * The official documents of an information request: the receipt (tanda bukti), the written notice
 * (pemberitahuan tertulis), the extension notice, and the register of requests for a period (PDF and XLSX).
 * Each PDF goes through DocumentsService.issue: a gap-free number, a verification code, a register row and an audit row.
 */
@Injectable()
export class RequestDocumentsService {
  constructor(
    private readonly db: Db,
    private readonly requests: RequestsService,
    private readonly deadlines: DeadlineService,
    private readonly access: OfficeAccess,
    private readonly documents: DocumentsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  // ── per request ────────────────────────────────────────────────────────────

  /** Tanda bukti penerimaan permohonan: any status. */
  async receiptPdf(actor: AuthUser, id: number) {
    const r = await this.requests.findVisible(actor, id);
    const { office, requester, users, issuer } = await this.context(actor, r);
    const deadline = await this.deadlineInfo(r, r.deadlineDays, r.dueDate);
    const extended = r.extendedDueDate
      ? await this.deadlineInfo(r, r.deadlineDays + r.extensionDays, r.extendedDueDate)
      : null;
    const desk =
      (r.createdById ? users.find((u) => u.id === r.createdById) : undefined) ??
      (await this.userById(r.createdById)) ??
      issuer;
    return this.documents.issue(actor, {
      office,
      type: 'request-receipt',
      numberCode: 'TBP',
      subjectKey: subjectKey(`request:${r.id}:receipt`, {
        request: this.requestDoc(r),
        requester: this.requesterDoc(requester),
        deadline,
        extended,
        desk: desk.id,
      }),
      title: `Tanda Bukti Penerimaan Permohonan Informasi Publik ${r.number}`,
      html: async (meta) => {
        const { dateText, place } = this.when(office, meta);
        return requestReceiptHtml({
          office,
          timeZone: office.timeZone,
          request: this.requestDoc(r),
          // the public tracking code, where the request has one
          trackingCode: (r as InfoRequest & { trackingCode?: string | null }).trackingCode ?? null,
          requester: this.requesterDoc(requester),
          deadline,
          extensionDays: r.extensionDays,
          extended,
          number: meta.number,
          dateText,
          verification: { code: meta.verificationCode, url: meta.verifyUrl },
          signers: [
            {
              role: 'Petugas Pelayanan Informasi',
              position: desk.position ?? 'Desk Pelayanan Informasi',
              name: desk.fullName,
              nip: desk.nip,
            },
            { role: 'Pemohon Informasi', name: requester.name, place, date: dateText },
          ],
        });
      },
    });
  }

  /** Pemberitahuan tertulis: only once the request is decided (409 before). */
  async noticePdf(actor: AuthUser, id: number) {
    const r = await this.requests.findVisible(actor, id);
    if (!r.decision)
      throw Errors.conflict(
        msg(
          'Pemberitahuan tertulis baru dapat dicetak setelah permohonan diputuskan',
          'The written notice can only be printed once the request has been decided',
        ),
      );
    const { office, requester, users, issuer } = await this.context(actor, r);
    return this.documents.issue(actor, {
      office,
      type: 'written-notice',
      numberCode: 'PT',
      subjectKey: subjectKey(`request:${r.id}:notice`, {
        request: this.requestDoc(r),
        requester: this.requesterDoc(requester),
        decidedAt: r.decidedAt,
        decision: r.decision,
      }),
      title: `Pemberitahuan Tertulis atas Permohonan ${r.number}`,
      html: async (meta) => {
        const { dateText, place } = this.when(office, meta);
        return writtenNoticeHtml({
          office,
          timeZone: office.timeZone,
          request: this.requestDoc(r),
          requester: this.requesterDoc(requester),
          decision: {
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
          },
          number: meta.number,
          dateText,
          verification: { code: meta.verificationCode, url: meta.verifyUrl },
          signers: [this.ppidSigner(users, issuer, actor, place, dateText)],
        });
      },
    });
  }

  /** Pemberitahuan perpanjangan waktu: only when the request was extended (409 otherwise). */
  async extensionNoticePdf(actor: AuthUser, id: number) {
    const r = await this.requests.findVisible(actor, id);
    if (!r.extendedDueDate)
      throw Errors.conflict(
        msg(
          'Pemberitahuan perpanjangan waktu hanya ada untuk permohonan yang diperpanjang',
          'An extension notice only exists for a request whose deadline was extended',
        ),
      );
    const { office, requester, users, issuer } = await this.context(actor, r);
    const original = await this.deadlineInfo(r, r.deadlineDays, r.dueDate);
    const extended = await this.deadlineInfo(r, r.deadlineDays + r.extensionDays, r.extendedDueDate);
    return this.documents.issue(actor, {
      office,
      type: 'extension-notice',
      numberCode: 'PP',
      subjectKey: subjectKey(`request:${r.id}:extension`, {
        request: this.requestDoc(r),
        requester: this.requesterDoc(requester),
        original,
        extended,
      }),
      title: `Pemberitahuan Perpanjangan Waktu atas Permohonan ${r.number}`,
      html: async (meta) => {
        const { dateText, place } = this.when(office, meta);
        return extensionNoticeHtml({
          office,
          timeZone: office.timeZone,
          request: this.requestDoc(r),
          requester: this.requesterDoc(requester),
          reason: r.extensionReason ?? '-',
          extendedAt: r.extendedAt,
          original,
          extended,
          number: meta.number,
          dateText,
          verification: { code: meta.verificationCode, url: meta.verifyUrl },
          signers: [this.ppidSigner(users, issuer, actor, place, dateText)],
        });
      },
    });
  }

  // ── register ───────────────────────────────────────────────────────────────

  /** The office (own unless officeId is given and visible), the period, and its requests in register order. */
  async registerData(actor: AuthUser, q: RegisterQuery) {
    const period = parsePeriod(q.from, q.to);
    const officeId = await this.registerOffice(actor, q.officeId);
    const office = await this.db.repo(Office).findOneOrFail({ where: { id: officeId } });
    const requests = await this.db
      .repo(InfoRequest)
      .createQueryBuilder('r')
      .where('r.officeId = :officeId', { officeId })
      .andWhere('r.receivedDate >= :from AND r.receivedDate <= :to', period)
      .orderBy('r.receivedDate', 'ASC')
      .addOrderBy('r.year', 'ASC')
      .addOrderBy('r.seq', 'ASC')
      .addOrderBy('r.id', 'ASC')
      .getMany();
    const requesterIds = [...new Set(requests.map((r) => r.requesterId))];
    const requesters = requesterIds.length
      ? await this.db.repo(Requester).find({ where: { id: In(requesterIds) } })
      : [];
    const byId = new Map(requesters.map((x) => [x.id, x]));
    const rows: RequestRegisterRow[] = requests.map((r) => {
      const q = byId.get(r.requesterId);
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
      };
    });
    return { office, period, rows };
  }

  async registerPdf(actor: AuthUser, q: RegisterQuery) {
    const { office, period, rows } = await this.registerData(actor, q);
    const { users, issuer } = await this.officeUsers(actor, office.id);
    const atasan = users.find((u) => u.active && hasRole(u, 'atasan'));
    const result = await this.documents.issue(actor, {
      office,
      type: 'request-register',
      numberCode: 'REG',
      title: `Register Permohonan Informasi Publik ${office.name} ${period.from} s.d. ${period.to}`,
      landscape: true,
      html: async (meta) => {
        const { dateText, place } = this.when(office, meta);
        const signers: Signer[] = [
          atasan
            ? { role: 'Mengetahui, Atasan PPID', position: atasan.position, name: atasan.fullName, nip: atasan.nip }
            : { role: 'Mengetahui, Atasan PPID', name: '(.................................................)' },
          this.ppidSigner(users, issuer, actor, place, dateText),
        ];
        return requestRegisterHtml({
          office,
          from: period.from,
          to: period.to,
          rows,
          number: meta.number,
          dateText,
          verification: { code: meta.verificationCode, url: meta.verifyUrl },
          signers,
        });
      },
    });
    return { ...result, period, office };
  }

  /** The register as a workbook: "Register" (title, period, frozen header, real dates) and "Ringkasan" (counts). */
  async registerXlsx(
    actor: AuthUser,
    q: RegisterQuery,
  ): Promise<{ xlsx: Buffer; office: Office; period: RegisterPeriod; rows: number }> {
    const { office, period, rows } = await this.registerData(actor, q);
    const wb = new Workbook();
    wb.creator = 'Lentera';
    wb.created = this.clock.now();
    wb.title = `Register Permohonan Informasi Publik ${office.name}`;
    const periodText = `Periode ${formatDateId(period.from)} s.d. ${formatDateId(period.to)}`;
    const printed = `Dicetak ${formatDateTimeId(this.clock.now(), office.timeZone)} oleh ${actor.fullName}`;

    const ws = wb.addWorksheet('Register', {
      pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    });
    const columns: Array<{
      header: string;
      width: number;
      value: (r: RequestRegisterRow, i: number) => string | number | Date | null;
      date?: boolean;
      money?: boolean;
    }> = [
      { header: 'No', width: 5, value: (_r, i) => i + 1 },
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
    const last = columns.length;
    ws.columns = columns.map((c) => ({ width: c.width }));
    ws.mergeCells(1, 1, 1, last);
    ws.mergeCells(2, 1, 2, last);
    ws.mergeCells(3, 1, 3, last);
    ws.getCell(1, 1).value = `REGISTER PERMOHONAN INFORMASI PUBLIK \u2014 ${office.name.toUpperCase()}`;
    ws.getCell(1, 1).font = { bold: true, size: 14 };
    ws.getCell(2, 1).value = periodText;
    ws.getCell(2, 1).font = { bold: true, size: 11 };
    ws.getCell(3, 1).value = printed;
    ws.getCell(3, 1).font = { italic: true, size: 9, color: { argb: 'FF555555' } };
    const HEADER_ROW = 4;
    const header = ws.getRow(HEADER_ROW);
    columns.forEach((c, i) => {
      const cell = header.getCell(i + 1);
      cell.value = c.header;
      cell.font = { bold: true };
      cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE6E6E6' } };
      cell.border = thinBorder();
    });
    header.height = 32;
    rows.forEach((r, idx) => {
      const row = ws.getRow(HEADER_ROW + 1 + idx);
      columns.forEach((c, i) => {
        const cell = row.getCell(i + 1);
        cell.value = c.value(r, idx);
        cell.alignment = { vertical: 'top', wrapText: true, horizontal: i === 0 ? 'center' : undefined };
        cell.border = thinBorder();
        if (c.date) cell.numFmt = 'dd/mm/yyyy';
        if (c.money) cell.numFmt = '#,##0';
      });
    });
    ws.views = [
      {
        state: 'frozen',
        xSplit: 2,
        ySplit: HEADER_ROW,
        topLeftCell: `C${HEADER_ROW + 1}`,
        activeCell: `C${HEADER_ROW + 1}`,
      },
    ];
    ws.autoFilter = {
      from: { row: HEADER_ROW, column: 1 },
      to: { row: HEADER_ROW + Math.max(rows.length, 1), column: last },
    };
    ws.pageSetup.printTitlesRow = `${HEADER_ROW}:${HEADER_ROW}`;

    const sum = wb.addWorksheet('Ringkasan');
    sum.columns = [{ width: 34 }, { width: 12 }];
    sum.mergeCells(1, 1, 1, 2);
    sum.getCell(1, 1).value = `Ringkasan Register Permohonan \u2014 ${office.name}`;
    sum.getCell(1, 1).font = { bold: true, size: 13 };
    sum.mergeCells(2, 1, 2, 2);
    sum.getCell(2, 1).value = periodText;
    let at = 4;
    const table = (title: string, items: Array<[string, number]>) => {
      const h = sum.getRow(at++);
      h.values = [title, 'Jumlah'];
      h.eachCell((cell) => {
        cell.font = { bold: true };
        cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE6E6E6' } };
        cell.border = thinBorder();
      });
      for (const [name, n] of items) {
        const row = sum.getRow(at++);
        row.values = [name, n];
        row.eachCell((cell) => (cell.border = thinBorder()));
      }
      const total = sum.getRow(at++);
      total.values = ['Jumlah', items.reduce((s, [, n]) => s + n, 0)];
      total.font = { bold: true };
      total.eachCell((cell) => (cell.border = thinBorder()));
      at++;
    };
    table(
      'Status',
      REQUEST_STATUSES.map((s) => [STATUS_LABELS[s].id, rows.filter((r) => r.status === s).length] as [string, number]),
    );
    table(
      'Keputusan',
      registerSummary(rows).map(
        (s) =>
          [s.key === 'none' ? s.label : DECISION_LABELS[s.key as (typeof DECISIONS)[number]].id, s.count] as [
            string,
            number,
          ],
      ),
    );
    const costTotal = rows.reduce((s, r) => s + (r.decision ? (r.cost ?? 0) : 0), 0);
    const costRow = sum.getRow(at);
    costRow.values = ['Total biaya (Rp)', costTotal];
    costRow.getCell(2).numFmt = '#,##0';
    costRow.font = { bold: true };

    const xlsx = Buffer.from(await wb.xlsx.writeBuffer());
    await this.audit.record(actor, {
      action: 'register.export',
      entityType: 'request-register',
      entityId: null,
      officeId: office.id,
      changes: {
        format: 'xlsx',
        from: period.from,
        to: period.to,
        rows: rows.length,
        costTotal: formatRupiah(costTotal),
      },
    });
    return { xlsx, office, period, rows: rows.length };
  }

  // ── helpers ────────────────────────────────────────────────────────────────

  private async registerOffice(actor: AuthUser, raw: unknown): Promise<number> {
    if (raw === undefined || raw === '') return actor.officeId;
    if (typeof raw !== 'string' || !/^\d{1,12}$/.test(raw) || Number(raw) < 1)
      throw Errors.field('officeId', 'officeId harus bilangan bulat positif', 'officeId must be a positive integer');
    const id = Number(raw);
    await this.access.assertRead(actor, id, msg('Kantor', 'Office'));
    return id;
  }

  private async context(actor: AuthUser, r: InfoRequest) {
    const office = await this.db.repo(Office).findOneOrFail({ where: { id: r.officeId } });
    const requester = await this.db.repo(Requester).findOne({ where: { id: r.requesterId } });
    if (!requester) throw Errors.notFound(REQUEST_MSG);
    const { users, issuer } = await this.officeUsers(actor, r.officeId);
    return { office, requester, users, issuer };
  }

  private async officeUsers(actor: AuthUser, officeId: number): Promise<{ users: OfficeUser[]; issuer: OfficeUser }> {
    const users = await this.db
      .repo(User)
      .find({ where: { officeId }, relations: { roleRows: true }, order: { fullName: 'ASC', id: 'ASC' } });
    const issuer = users.find((u) => u.id === actor.id) ?? (await this.userById(actor.id));
    if (!issuer) throw Errors.unauthorized();
    return { users, issuer };
  }

  private async userById(id: number | null): Promise<OfficeUser | null> {
    if (!id) return null;
    return this.db.repo(User).findOne({ where: { id }, relations: { roleRows: true } });
  }

  /** The office's active PPID (the issuer when they are one), else the issuer. */
  private ppidSigner(users: OfficeUser[], issuer: OfficeUser, actor: AuthUser, place: string, date: string): Signer {
    const ppids = users.filter((u) => u.active && hasRole(u, 'ppid'));
    const signer = ppids.find((u) => u.id === actor.id) ?? ppids[0] ?? issuer;
    return { role: PPID_ROLE, position: signer.position, name: signer.fullName, nip: signer.nip, place, date };
  }

  private when(office: Office, meta: IssueMeta): { dateText: string; place: string } {
    return { dateText: formatDateId(meta.issuedAt, office.timeZone), place: office.city?.trim() || office.name };
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

  private requesterDoc(q: Requester): RequestDocRequester {
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

function hasRole(u: OfficeUser, role: string): boolean {
  return (u.roleRows ?? []).some((r) => r.role === role);
}

/** A calendar date as an Excel date (midnight UTC, which exceljs writes as the plain day). */
function excelDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

function thinBorder() {
  const side = { style: 'thin' as const, color: { argb: 'FF000000' } };
  return { top: side, left: side, bottom: side, right: side };
}
