import { Injectable } from '@nestjs/common';
import { Db } from '../common/db';
import { Workbook } from 'exceljs';
import { In } from 'typeorm';
import {
  disputeCount,
  disputeText,
  formatDateId,
  formatDateTimeId,
  groundsText,
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
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../common/auth-user';
import { Clock } from '../common/clock';
import { Errors } from '../common/errors';
import { msg } from '../common/i18n';
import { OfficeAccess } from '../common/office-access.service';
import { DocumentsService, IssueMeta, subjectKey } from '../documents/documents.service';
import { Office } from '../offices/office.entity';
import { Requester } from '../requesters/requester.entity';
import { parsePeriod, RegisterPeriod, RegisterQuery } from '../requests/request-documents.service';
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
import { ObjectionsService } from './objections.service';

type OfficeUser = User & { roleRows?: Array<{ role: string }> };

const PPID_ROLE = 'Pejabat Pengelola Informasi dan Dokumentasi';
const OBJECTION = msg('Keberatan', 'Objection');

/** The letter and its Indonesian meaning (UU KIP Pasal 35 ayat (1)), for each ground of an objection. */
export function groundTexts(grounds: readonly string[]): ObjectionGroundText[] {
  return [...grounds].sort().map((g) => ({ letter: g, label: GROUND_LABELS[g as ObjectionGround]?.id ?? g }));
}

/**
 * The official documents of the objection process: the Atasan PPID's written answer (Pasal 36 ayat (2)) and the
 * objection register of a period (PDF and XLSX). Each PDF goes through DocumentsService.issue: a gap-free number,
 * a verification code, a register row and an audit row; printing unchanged content again returns the same document.
 */
@Injectable()
export class ObjectionDocumentsService {
  constructor(
    private readonly db: Db,
    private readonly objections: ObjectionsService,
    private readonly access: OfficeAccess,
    private readonly documents: DocumentsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  // ── per objection ─────────────────────────────────────────────────────────

  /** Tanggapan Atasan PPID atas keberatan: only once the objection is decided (409 before). */
  async responsePdf(actor: AuthUser, id: number) {
    const o = await this.objections.findVisible(actor, id);
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
    const office = await this.db.repo(Office).findOneOrFail({ where: { id: o.officeId } });
    const requester = await this.db.repo(Requester).findOne({ where: { id: o.requesterId } });
    if (!requester) throw Errors.notFound(OBJECTION);
    const request = o.requestId ? await this.db.repo(InfoRequest).findOne({ where: { id: o.requestId } }) : null;
    const signerUser = await this.decider(o, actor);
    const place = this.place(office);
    const signedOn = formatDateId(o.decisionDate, office.timeZone);
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
      decision: o.decision,
      reason: o.decisionReason ?? '-',
      instruction: o.instruction,
      decisionDate: o.decisionDate,
      disputeDeadline: o.disputeDeadline,
    };
    return this.documents.issue(actor, {
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
          dateText: this.dateText(office, meta),
          verification: { code: meta.verificationCode, url: meta.verifyUrl },
          signers: [signer],
        }),
    });
  }

  // ── register ───────────────────────────────────────────────────────────────

  /** The office (own unless officeId is given and visible), the period, and its objections in register order. */
  async registerData(actor: AuthUser, q: RegisterQuery) {
    const period = parsePeriod(q.from, q.to);
    const officeId = await this.registerOffice(actor, q.officeId);
    const office = await this.db.repo(Office).findOneOrFail({ where: { id: officeId } });
    const objections = await this.db
      .repo(Objection)
      .createQueryBuilder('o')
      .where('o.officeId = :officeId', { officeId })
      .andWhere('o.filedDate >= :from AND o.filedDate <= :to', period)
      .orderBy('o.filedDate', 'ASC')
      .addOrderBy('o.year', 'ASC')
      .addOrderBy('o.seq', 'ASC')
      .addOrderBy('o.id', 'ASC')
      .getMany();
    const ids = <T>(xs: Array<T | null>) => [...new Set(xs.filter((x): x is T => x !== null))];
    const requesterIds = ids(objections.map((o) => o.requesterId));
    const requestIds = ids(objections.map((o) => o.requestId));
    const deciderIds = ids(objections.map((o) => o.decidedById));
    const requesters = requesterIds.length
      ? await this.db
          .repo(Requester)
          .find({ where: { id: In(requesterIds) }, select: { id: true, name: true, address: true } })
      : [];
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
    const rq = new Map(requesters.map((x) => [x.id, x]));
    const reqs = new Map(requests.map((x) => [x.id, x]));
    const users = new Map(deciders.map((x) => [x.id, x]));
    const rows: ObjectionRegisterRow[] = objections.map((o) => {
      const requester = rq.get(o.requesterId);
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
    return { office, period, rows };
  }

  async registerPdf(actor: AuthUser, q: RegisterQuery) {
    const { office, period, rows } = await this.registerData(actor, q);
    const { users, issuer } = await this.officeUsers(actor, office.id);
    const atasan = users.find((u) => u.active && hasRole(u, 'atasan'));
    const acknowledged: Signer = atasan
      ? { role: 'Mengetahui, Atasan PPID', position: atasan.position, name: atasan.fullName, nip: atasan.nip }
      : { role: 'Mengetahui, Atasan PPID', name: '(.................................................)' };
    const ppid = this.ppidUser(users, issuer, actor);
    const groundLabels = groundTexts(OBJECTION_GROUNDS);
    const result = await this.documents.issue(actor, {
      office,
      type: 'objection-register',
      numberCode: 'RKEB',
      subjectKey: subjectKey(`objection-register:${office.id}:${period.from}:${period.to}`, {
        rows,
        atasan: atasan ? [atasan.id, atasan.fullName, atasan.nip, atasan.position] : null,
        ppid: [ppid.id, ppid.fullName, ppid.nip, ppid.position],
      }),
      title: `Register Keberatan ${office.name} ${period.from} s.d. ${period.to}`,
      landscape: true,
      html: async (meta) => {
        const dateText = this.dateText(office, meta);
        return objectionRegisterHtml({
          office,
          from: period.from,
          to: period.to,
          rows,
          groundLabels,
          number: meta.number,
          dateText,
          verification: { code: meta.verificationCode, url: meta.verifyUrl },
          signers: [
            acknowledged,
            {
              role: PPID_ROLE,
              position: ppid.position,
              name: ppid.fullName,
              nip: ppid.nip,
              place: this.place(office),
              date: dateText,
            },
          ],
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
    wb.title = `Register Keberatan ${office.name}`;
    const periodText = `Periode ${formatDateId(period.from)} s.d. ${formatDateId(period.to)}`;
    const printed = `Dicetak ${formatDateTimeId(this.clock.now(), office.timeZone)} oleh ${actor.fullName}`;

    const ws = wb.addWorksheet('Register', {
      pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    });
    const columns: Array<{
      header: string;
      width: number;
      value: (r: ObjectionRegisterRow, i: number) => string | number | Date | null;
      date?: boolean;
      center?: boolean;
    }> = [
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
    const last = columns.length;
    ws.columns = columns.map((c) => ({ width: c.width }));
    for (const row of [1, 2, 3]) ws.mergeCells(row, 1, row, last);
    ws.getCell(1, 1).value = `REGISTER KEBERATAN \u2014 ${office.name.toUpperCase()}`;
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
        cell.alignment = { vertical: 'top', wrapText: true, horizontal: c.center ? 'center' : undefined };
        cell.border = thinBorder();
        if (c.date) cell.numFmt = 'dd/mm/yyyy';
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
    // the meaning of the ground letters, under the table
    let legendAt = HEADER_ROW + Math.max(rows.length, 1) + 2;
    ws.getCell(legendAt++, 1).value = 'Keterangan alasan keberatan (UU Nomor 14 Tahun 2008 Pasal 35 ayat (1)):';
    ws.getCell(legendAt - 1, 1).font = { bold: true };
    for (const g of groundTexts(OBJECTION_GROUNDS)) {
      ws.mergeCells(legendAt, 1, legendAt, 8);
      ws.getCell(legendAt++, 1).value = `${g.letter}. ${g.label}`;
    }

    const sum = wb.addWorksheet('Ringkasan');
    sum.columns = [{ width: 60 }, { width: 12 }];
    sum.mergeCells(1, 1, 1, 2);
    sum.getCell(1, 1).value = `Ringkasan Register Keberatan \u2014 ${office.name}`;
    sum.getCell(1, 1).font = { bold: true, size: 13 };
    sum.mergeCells(2, 1, 2, 2);
    sum.getCell(2, 1).value = periodText;
    let at = 4;
    const table = (title: string, items: Array<[string, number]>, total = true) => {
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
      if (total) {
        const t = sum.getRow(at++);
        t.values = ['Jumlah', items.reduce((s, [, n]) => s + n, 0)];
        t.font = { bold: true };
        t.eachCell((cell) => (cell.border = thinBorder()));
      }
      at++;
    };
    table(
      'Keputusan',
      objectionRegisterSummary(rows).map((s) => [s.label, s.count] as [string, number]),
    );
    table(
      'Status',
      OBJECTION_STATUSES.map(
        (s) => [OBJECTION_STATUS_LABELS[s].id, rows.filter((r) => r.status === s).length] as [string, number],
      ),
    );
    // an objection may rest on several grounds: no total
    table(
      'Alasan keberatan (Pasal 35 ayat (1))',
      groundTexts(OBJECTION_GROUNDS).map(
        (g) => [`${g.letter}. ${g.label}`, rows.filter((r) => r.grounds.includes(g.letter)).length] as [string, number],
      ),
      false,
    );
    const disputes = sum.getRow(at);
    disputes.values = ['Diajukan sebagai sengketa ke Komisi Informasi', disputeCount(rows)];
    disputes.font = { bold: true };

    const xlsx = Buffer.from(await wb.xlsx.writeBuffer());
    await this.audit.record(actor, {
      action: 'register.export',
      entityType: 'objection-register',
      entityId: null,
      officeId: office.id,
      changes: { format: 'xlsx', from: period.from, to: period.to, rows: rows.length },
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

  /** The Atasan PPID who decided; else the office's active Atasan PPID. */
  private async decider(o: Objection, actor: AuthUser): Promise<OfficeUser | null> {
    if (o.decidedById) {
      const u = await this.db.repo(User).findOne({ where: { id: o.decidedById } });
      if (u) return u;
    }
    const { users } = await this.officeUsers(actor, o.officeId);
    return users.find((u) => u.active && hasRole(u, 'atasan')) ?? null;
  }

  private async officeUsers(actor: AuthUser, officeId: number): Promise<{ users: OfficeUser[]; issuer: OfficeUser }> {
    const users = await this.db
      .repo(User)
      .find({ where: { officeId }, relations: { roleRows: true }, order: { fullName: 'ASC', id: 'ASC' } });
    const issuer =
      users.find((u) => u.id === actor.id) ??
      (await this.db.repo(User).findOne({ where: { id: actor.id }, relations: { roleRows: true } }));
    if (!issuer) throw Errors.unauthorized();
    return { users, issuer };
  }

  /** The office's active PPID (the issuer when they are one), else the issuer. */
  private ppidUser(users: OfficeUser[], issuer: OfficeUser, actor: AuthUser): OfficeUser {
    const ppids = users.filter((u) => u.active && hasRole(u, 'ppid'));
    return ppids.find((u) => u.id === actor.id) ?? ppids[0] ?? issuer;
  }

  private place(office: Office): string {
    return office.city?.trim() || office.name;
  }

  private dateText(office: Office, meta: IssueMeta): string {
    return formatDateId(meta.issuedAt, office.timeZone);
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
