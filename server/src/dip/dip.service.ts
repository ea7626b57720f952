import { Injectable } from '@nestjs/common';
import { Db } from '../common/db';
import { AuditService, diff } from '../audit/audit.service';
import { DeadlineService } from '../calendar/deadline.service';
import { RuleSetsService } from '../clocks/rule-sets.service';
import { AuthUser } from '../common/auth-user';
import { Clock } from '../common/clock';
import { Errors, throwIfInvalid } from '../common/errors';
import { Msg, msg } from '../common/i18n';
import { likeContains, listFilters, listPage, ListQuery, ListSpec } from '../common/list-query';
import { Access } from '../common/access';
import { Permission } from '../common/permissions';
import { Office } from '../offices/office.entity';
import { User } from '../users/user.entity';
import { DocumentsService } from '../documents/documents.service';
import { registerWorkbook } from '../common/register-workbook';
import { DIP_CATEGORY_LABELS, dipListHtml, formatDateId, formatDateTimeId } from '@lentera/reports';
import { Unit } from '../units/unit.entity';
import { ClassifyDipEntryDto, CreateDipEntryDto, EstablishDipVersionDto, UpdateDipEntryDto } from './dto';
import { DipCategory, DipEntry, DipSnapshotEntry, DipVersion, RequestDipLink } from './dip.entity';
import { InfoRequest } from '../requests/request.entity';
import { In, IsNull, Not } from 'typeorm';
import { DocumentRecord } from '../documents/document.entity';

export const DIP_ENTRY_LIST: ListSpec = {
  sortable: { id: 'e.id', title: 'e.title', category: 'e.category', status: 'e.status', updatedAt: 'e.updatedAt' },
  defaultSort: { field: 'title', order: 'ASC' },
  filters: ['id', 'q', 'status', 'category', 'unitId', 'flag', 'officeId'],
};
export const DIP_VERSION_LIST: ListSpec = {
  sortable: { id: 'v.id', versionNo: 'v.versionNo' },
  defaultSort: { field: 'versionNo', order: 'DESC' },
  filters: ['id', 'officeId'],
};

const REQUEST = msg('Permohonan', 'Request');
const ENTRY = msg('Butir DIP', 'DIP entry');
const VERSION = msg('Versi DIP', 'DIP version');
/** periodic information is renewed at least every 6 months (UU KIP Pasal 9): the default of periodicRenewalMonths */
const RENEW_MONTHS = 6;

export interface DipFlags {
  /** an exemption whose period has ended: the item becomes public again */
  declassify: boolean;
  /** periodic information last updated longer ago than the rule set's renewal period (6 months) */
  renew: boolean;
}

export function dipFlags(
  e: Pick<DipEntry, 'category' | 'exemptUntil' | 'lastUpdated'>,
  today: string,
  renewMonths = RENEW_MONTHS,
): DipFlags {
  const renewSince = shiftMonths(today, -renewMonths);
  return {
    declassify: e.category === 'dikecualikan' && !!e.exemptUntil && e.exemptUntil < today,
    renew: e.category === 'berkala' && (!e.lastUpdated || e.lastUpdated < renewSince),
  };
}

function shiftMonths(date: string, months: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
}

const SNAPSHOT_FIELDS = [
  'title',
  'summary',
  'holder',
  'responsible',
  'madeWhenWhere',
  'formAvailable',
  'retention',
  'category',
  'exemptionBasis',
  'consequenceHarm',
  'publicInterest',
  'exemptUntil',
  'lastUpdated',
] as const;

/** A snapshot field's value: a text, a date, the exemption basis (letters), or null. */
type FieldValue = string | string[] | null;
type FieldChange = { from: FieldValue; to: FieldValue };

/** What changed between two versions of the list: entries added, removed, and changed field by field. */
export function diffVersions(prev: DipSnapshotEntry[], next: DipSnapshotEntry[]) {
  const before = new Map(prev.map((e) => [e.entryId, e]));
  const after = new Map(next.map((e) => [e.entryId, e]));
  const added = next.filter((e) => !before.has(e.entryId));
  const removed = prev.filter((e) => !after.has(e.entryId));
  const changed: Array<{ entryId: number; title: string; changes: Record<string, FieldChange> }> = [];
  for (const e of next) {
    const b = before.get(e.entryId);
    if (!b) continue;
    const changes: Record<string, FieldChange> = {};
    for (const f of SNAPSHOT_FIELDS)
      if (JSON.stringify(b[f] ?? null) !== JSON.stringify(e[f] ?? null))
        changes[f] = { from: b[f] ?? null, to: e[f] ?? null };
    if (Object.keys(changes).length) changed.push({ entryId: e.entryId, title: e.title, changes });
  }
  return { added, removed, changed };
}

/**
 * SOP 3: liaison units draft the entries they hold; the PPID classifies them (an exemption needs the Pasal 17
 * basis and a consequence test) and establishes the list by decree as an immutable version; each later
 * version shows its diff from the one before; publishing is an audited action.
 */
@Injectable()
export class DipService {
  constructor(
    private readonly db: Db,
    private readonly access: Access,
    private readonly audit: AuditService,
    private readonly deadlines: DeadlineService,
    private readonly documents: DocumentsService,
    private readonly clock: Clock,
    private readonly rules: RuleSetsService,
  ) {}

  /** How many months periodic information may go without an update at the office (its rule set in force today). */
  private async renewMonths(officeId: number): Promise<number> {
    return (await this.rules.inForceToday(officeId)).ruleValues.periodicRenewalMonths;
  }

  private manages(actor: AuthUser): boolean {
    return actor.permissions.includes(Permission.DipManage);
  }

  async listEntries(actor: AuthUser, lq: ListQuery) {
    const f = listFilters(lq);
    const qb = this.db.repo(DipEntry).createQueryBuilder('e');
    const officeId = f.int('officeId');
    await this.access.scopeTo(qb, 'e.officeId', actor, officeId);
    const ids = f.ids();
    if (ids) qb.andWhere('e.id IN (:...ids)', { ids });
    const status = f.string('status', 12);
    if (status) qb.andWhere('e.status = :status', { status });
    const category = f.string('category', 20);
    if (category) qb.andWhere('e.category = :category', { category });
    const unitId = f.int('unitId');
    if (unitId !== undefined) qb.andWhere('e.unitId = :unitId', { unitId });
    const today = this.deadlines.today(await this.deadlines.officeTimeZone(actor.officeId));
    const flag = f.string('flag', 12);
    if (flag === 'declassify') qb.andWhere("e.category = 'dikecualikan' AND e.exemptUntil < :today", { today });
    else if (flag === 'renew')
      qb.andWhere("e.category = 'berkala' AND (e.lastUpdated IS NULL OR e.lastUpdated < :since)", {
        since: shiftMonths(today, -(await this.renewMonths(officeId ?? actor.officeId))),
      });
    else if (flag)
      throw Errors.field('filter.flag', 'flag harus declassify atau renew', 'flag must be declassify or renew');
    const q = f.string('q');
    if (q) likeContains(qb, ['e.title', 'e.summary', 'e.holder'], q);
    const { items: rows, total } = await listPage(qb, lq, DIP_ENTRY_LIST, 'e.id');
    const months = new Map<number, number>();
    for (const o of new Set(rows.map((e) => e.officeId))) months.set(o, await this.renewMonths(o));
    return { items: rows.map((e) => ({ ...e, flags: dipFlags(e, today, months.get(e.officeId)) })), total };
  }

  async getEntry(actor: AuthUser, id: number) {
    const e = await this.findEntry(actor, id);
    const today = this.deadlines.today(await this.deadlines.officeTimeZone(e.officeId));
    return { ...e, flags: dipFlags(e, today, await this.renewMonths(e.officeId)) };
  }

  private async findEntry(actor: AuthUser, id: number): Promise<DipEntry> {
    return this.access.load(actor, Permission.DipRead, DipEntry, id, ENTRY);
  }

  async createEntry(actor: AuthUser, dto: CreateDipEntryDto) {
    const unitId = await this.unitFor(actor, dto.unitId);
    const now = this.clock.now();
    const id = await this.audit.insert(
      actor,
      DipEntry,
      {
        ...dto,
        summary: dto.summary ?? null,
        unitId,
        officeId: actor.officeId,
        status: 'draft',
        category: null,
        version: 1,
        createdById: actor.id,
        createdAt: now,
        updatedAt: now,
      },
      () => ({ action: 'dip.entry_create', entityType: 'dip_entry', changes: { title: dto.title, unitId } }),
    );
    return this.getEntry(actor, id);
  }

  /** Liaison staff draft for their own unit; the PPID may draft for any unit of the office. */
  private async unitFor(actor: AuthUser, unitId: number | null | undefined): Promise<number | null> {
    if (!this.manages(actor)) {
      if (!actor.unitId)
        throw Errors.forbidden(
          msg('Akun Anda belum terhubung ke unit penghubung', 'Your account is not linked to a liaison unit'),
        );
      if (unitId != null && unitId !== actor.unitId)
        throw Errors.forbidden(
          msg(
            'Anda hanya dapat mengusulkan butir untuk unit Anda sendiri',
            'You can only draft entries for your own unit',
          ),
        );
      return actor.unitId;
    }
    // null (allowed by @IsOptional) means no unit, like a missing one
    if (unitId === undefined || unitId === null) return null;
    if (!(await this.db.repo(Unit).exists({ where: { id: unitId, officeId: actor.officeId } })))
      throw Errors.field('unitId', 'unit tidak ada di kantor ini', 'the unit does not exist in this office');
    return unitId;
  }

  private async assertMayEdit(actor: AuthUser, e: DipEntry) {
    await this.access.requireOffice(actor, Permission.DipDraft, e.officeId, ENTRY);
    if (!this.manages(actor) && (e.unitId !== actor.unitId || e.status !== 'draft'))
      throw Errors.forbidden(
        msg('Hanya draf unit Anda sendiri yang dapat diubah', "Only your own unit's drafts can be changed"),
      );
  }

  async updateEntry(actor: AuthUser, id: number, dto: UpdateDipEntryDto) {
    const e = await this.findEntry(actor, id);
    await this.assertMayEdit(actor, e);
    const patch: Partial<DipEntry> = { ...dto };
    if (dto.unitId !== undefined) patch.unitId = await this.unitFor(actor, dto.unitId);
    return this.save(actor, e, patch, 'dip.entry_update');
  }

  async submitEntry(actor: AuthUser, id: number) {
    const e = await this.findEntry(actor, id);
    await this.assertMayEdit(actor, e);
    if (e.status !== 'draft')
      throw Errors.conflict(msg('Hanya draf yang dapat diajukan', 'Only a draft can be submitted'));
    return this.save(actor, e, { status: 'submitted' }, 'dip.entry_submit');
  }

  /** Klasifikasi by the PPID. Dikecualikan needs the Pasal 17 basis and a consequence test with its period. */
  async classify(actor: AuthUser, id: number, dto: ClassifyDipEntryDto) {
    const e = await this.access.load(actor, Permission.DipManage, DipEntry, id, ENTRY);
    const category = dto.category as DipCategory;
    const fields: Record<string, Msg> = {};
    if (category === 'dikecualikan') {
      if (!dto.exemptionBasis?.length)
        fields.exemptionBasis = msg(
          'dasar pengecualian (Pasal 17 huruf a–j) wajib diisi',
          'the exemption basis (Article 17 letters a–j) is required',
        );
      if (!dto.consequenceHarm?.trim())
        fields.consequenceHarm = msg(
          'uji konsekuensi: akibat bila informasi dibuka wajib diisi',
          'consequence test: the harm of disclosure is required',
        );
      if (!dto.publicInterest?.trim())
        fields.publicInterest = msg(
          'uji konsekuensi: kepentingan publik yang ditimbang wajib diisi',
          'consequence test: the public interest weighed is required',
        );
      if (!dto.exemptUntil)
        fields.exemptUntil = msg('jangka waktu pengecualian wajib diisi', 'the exemption period is required');
    } else if (dto.exemptionBasis?.length || dto.exemptUntil) {
      fields.exemptionBasis = msg(
        'dasar pengecualian hanya untuk informasi yang dikecualikan',
        'an exemption basis only applies to exempt information',
      );
    }
    throwIfInvalid(fields);
    const today = this.deadlines.today(await this.deadlines.officeTimeZone(e.officeId));
    return this.save(
      actor,
      e,
      {
        category,
        status: 'classified',
        exemptionBasis: category === 'dikecualikan' ? [...dto.exemptionBasis!].sort() : null,
        consequenceHarm: category === 'dikecualikan' ? dto.consequenceHarm!.trim() : null,
        publicInterest: category === 'dikecualikan' ? dto.publicInterest!.trim() : null,
        exemptUntil: category === 'dikecualikan' ? dto.exemptUntil! : null,
        lastUpdated: category === 'berkala' ? (dto.lastUpdated ?? today) : (dto.lastUpdated ?? null),
      },
      'dip.entry_classify',
    );
  }

  private async save(actor: AuthUser, e: DipEntry, patch: Partial<DipEntry>, action: string) {
    await this.audit.inTransaction(actor, async (m) => {
      const res = await m.update(
        DipEntry,
        { id: e.id, version: e.version },
        { ...patch, version: e.version + 1, updatedAt: this.clock.now() },
      );
      if (!res.affected)
        throw Errors.conflict(
          msg(
            'Butir ini baru saja diubah orang lain; muat ulang lalu coba lagi',
            'This entry was just changed by someone else; reload and retry',
          ),
        );
      return {
        result: undefined,
        audit: { action, entityType: 'dip_entry', entityId: e.id, officeId: e.officeId, changes: diff(e, patch) },
      };
    });
    return this.getEntry(actor, e.id);
  }

  // ── link to requests ───────────────────────────────────────────────────────

  /**
   * Links a request to the DIP entries it asks for. When one of them is exempt, the answer carries the
   * refusal basis and consequence test to pre-fill the decision (SOP 1 step 3).
   */
  async linkRequest(actor: AuthUser, requestId: number, entryIds: number[]) {
    const r = await this.access.load(actor, Permission.RequestUpdate, InfoRequest, requestId, REQUEST);
    const unique = [...new Set(entryIds)];
    const entries = unique.length
      ? await this.db.repo(DipEntry).find({ where: { id: In(unique), officeId: r.officeId } })
      : [];
    const missing = unique.filter((id) => !entries.some((e) => e.id === id));
    if (missing.length)
      throw Errors.field(
        'entryIds',
        `butir DIP ${missing.join(', ')} tidak ada di kantor ini`,
        `DIP entries ${missing.join(', ')} do not exist in this office`,
      );
    await this.audit.inTransaction(actor, async (m) => {
      await m.delete(RequestDipLink, { requestId });
      if (unique.length)
        await m.insert(
          RequestDipLink,
          unique.map((entryId) => ({ requestId, entryId })),
        );
      return {
        result: undefined,
        audit: {
          action: 'request.dip_link',
          entityType: 'request',
          entityId: requestId,
          officeId: r.officeId,
          changes: { entryIds: unique },
        },
      };
    });
    return this.requestLinks(actor, requestId);
  }

  async requestLinks(actor: AuthUser, requestId: number) {
    await this.access.require(actor, Permission.RequestRead, InfoRequest, [requestId], REQUEST);
    const links = await this.db.repo(RequestDipLink).find({ where: { requestId } });
    const entries = links.length
      ? await this.db.repo(DipEntry).find({ where: { id: In(links.map((l) => l.entryId)) }, order: { title: 'ASC' } })
      : [];
    const exempt = entries.filter((e) => e.category === 'dikecualikan');
    const suggestedDecision = exempt.length
      ? {
          decision: exempt.length === entries.length ? ('refused' as const) : ('granted_partial' as const),
          refusalBasis: [...new Set(exempt.flatMap((e) => e.exemptionBasis ?? []))].sort(),
          consequenceTest: exempt
            .map((e) =>
              `${e.title}: ${e.consequenceHarm ?? ''} Kepentingan publik yang ditimbang: ${e.publicInterest ?? ''}`.trim(),
            )
            .join('\n'),
        }
      : null;
    return { entries, suggestedDecision };
  }

  // ── versions ───────────────────────────────────────────────────────────────

  async listVersions(actor: AuthUser, lq: ListQuery) {
    const f = listFilters(lq);
    const qb = this.db
      .repo(DipVersion)
      .createQueryBuilder('v')
      .select([
        'v.id',
        'v.officeId',
        'v.versionNo',
        'v.decreeNumber',
        'v.decreeDate',
        'v.establishedAt',
        'v.publishedAt',
        'v.entryCount',
      ]);
    await this.access.scopeTo(qb, 'v.officeId', actor, f.int('officeId'));
    const ids = f.ids();
    if (ids) qb.andWhere('v.id IN (:...ids)', { ids });
    return listPage(qb, lq, DIP_VERSION_LIST, 'v.id');
  }

  async getVersion(actor: AuthUser, id: number) {
    const v = await this.access.load(actor, Permission.DipRead, DipVersion, id, VERSION);
    const prev = await this.db
      .repo(DipVersion)
      .findOne({ where: { officeId: v.officeId, versionNo: v.versionNo - 1 } });
    return { ...v, diff: diffVersions(prev?.snapshot ?? [], v.snapshot), previousVersionId: prev?.id ?? null };
  }

  /** Penetapan DIP (SK PPID): a snapshot of every classified entry, numbered per office. */
  async establish(actor: AuthUser, dto: EstablishDipVersionDto) {
    const entries = await this.db
      .repo(DipEntry)
      .find({ where: { officeId: actor.officeId, status: 'classified' }, order: { id: 'ASC' } });
    if (!entries.length)
      throw Errors.badRequest(
        msg('Daftar kosong: belum ada butir yang diklasifikasi', 'The list is empty: no entry has been classified yet'),
      );
    const snapshot: DipSnapshotEntry[] = entries.map((e) => ({
      entryId: e.id,
      title: e.title,
      summary: e.summary,
      holder: e.holder,
      responsible: e.responsible,
      madeWhenWhere: e.madeWhenWhere,
      formAvailable: e.formAvailable,
      retention: e.retention,
      category: e.category!,
      exemptionBasis: e.exemptionBasis,
      consequenceHarm: e.consequenceHarm,
      publicInterest: e.publicInterest,
      exemptUntil: e.exemptUntil,
      lastUpdated: e.lastUpdated,
    }));
    const id = await this.audit.insert(
      actor,
      DipVersion,
      async (m) => {
        const last = await m
          .getRepository(DipVersion)
          .createQueryBuilder('v')
          .select('MAX(v.versionNo)', 'max')
          .where('v.officeId = :o', { o: actor.officeId })
          .getRawOne<{ max: number | null }>();
        return {
          officeId: actor.officeId,
          versionNo: Number(last?.max ?? 0) + 1,
          decreeNumber: dto.decreeNumber.trim(),
          decreeDate: dto.decreeDate,
          establishedAt: this.clock.now(),
          establishedById: actor.id,
          publishedAt: null,
          entryCount: snapshot.length,
          snapshot,
        };
      },
      (row) => ({
        action: 'dip.version_establish',
        entityType: 'dip_version',
        changes: { versionNo: row.versionNo, decreeNumber: row.decreeNumber, entries: snapshot.length },
      }),
    );
    return this.getVersion(actor, id);
  }

  /**
   * Publishes a version: its public PDF is issued first (numbered, rendered, stored and registered, in the name of the
   * PPID who publishes), then the version is marked published. A render that fails leaves the version unpublished, so
   * the publication can simply be retried; issuing the same version again returns the same document. The public
   * download serves those stored bytes and never issues anything.
   */
  async publish(actor: AuthUser, id: number) {
    const v = await this.access.load(actor, Permission.DipManage, DipVersion, id, VERSION);
    if (v.publishedAt)
      throw Errors.conflict(msg('Versi ini sudah dipublikasikan', 'This version is already published'));
    await this.issueListPdf(actor, v);
    await this.audit.inTransaction(actor, async (m) => {
      const res = await m
        .createQueryBuilder()
        .update(DipVersion)
        .set({ publishedAt: this.clock.now() })
        .where('id = :id AND publishedAt IS NULL', { id })
        .execute();
      if (!res.affected)
        throw Errors.conflict(msg('Versi ini sudah dipublikasikan', 'This version is already published'));
      return {
        result: undefined,
        audit: {
          action: 'dip.version_publish',
          entityType: 'dip_version',
          entityId: id,
          officeId: v.officeId,
          changes: { versionNo: v.versionNo },
        },
      };
    });
    return this.getVersion(actor, id);
  }

  /** The subject key of a version's public PDF (one document per version). */
  private pdfSubject(version: DipVersion): string {
    return `dip-version:${version.id}`;
  }

  /** Issues the public PDF of a version (as published: exempt items left out); the same version: the same document. */
  private async issueListPdf(actor: AuthUser, version: DipVersion) {
    const office = await this.db.repo(Office).findOneOrFail({ where: { id: version.officeId } });
    const ppid = version.establishedById
      ? await this.db.repo(User).findOne({ where: { id: version.establishedById } })
      : null;
    const entries = version.snapshot
      .filter((e) => e.category !== 'dikecualikan')
      .map(({ exemptionBasis: _b, consequenceHarm: _h, publicInterest: _p, exemptUntil: _u, ...pub }) => pub);
    return this.documents.issue(actor, {
      office,
      type: 'dip-list',
      numberCode: 'DIP',
      title: `Daftar Informasi Publik ${office.name} versi ${version.versionNo}`,
      landscape: true,
      subjectKey: this.pdfSubject(version),
      html: (meta) =>
        dipListHtml({
          office,
          versionNo: version.versionNo,
          decreeNumber: version.decreeNumber,
          decreeDateText: formatDateId(version.decreeDate, office.timeZone),
          entries,
          number: meta.number,
          dateText: formatDateId(meta.issuedAt, office.timeZone),
          verification: { code: meta.verificationCode, url: meta.verifyUrl },
          signers: [
            {
              role: 'Pejabat Pengelola Informasi dan Dokumentasi,',
              position: ppid?.position ?? 'PPID',
              name: ppid?.fullName ?? '(.................................)',
              nip: ppid?.nip ?? null,
              place: office.city ?? office.name,
              date: formatDateId(version.decreeDate, office.timeZone),
            },
          ],
        }),
    });
  }

  /** Public downloads of the published list: PDF on the letterhead (issued once per version), XLSX, JSON. */
  async publicExport(officeCode: string, format: string): Promise<{ body: Buffer; type: string; filename: string }> {
    const office = await this.publicOffice(officeCode);
    const list = await this.publicListOf(office);
    if (!list.version)
      throw Errors.notFound(
        msg('Daftar Informasi Publik yang sudah dipublikasikan', 'A published list of public information'),
      );
    const base = `dip-${list.office.code}-v${list.version.versionNo}`;
    if (format === 'json')
      return {
        body: Buffer.from(JSON.stringify({ ...list, office: { code: office.code, name: office.name } }, null, 2)),
        type: 'application/json; charset=utf-8',
        filename: `${base}.json`,
      };
    if (format === 'xlsx') {
      const v = list.version;
      const xlsx = await registerWorkbook({
        title: `Daftar Informasi Publik ${list.office.name}`,
        heading: `DAFTAR INFORMASI PUBLIK — ${list.office.name.toUpperCase()}`,
        sheetName: 'DIP',
        periodText: `Versi ${v.versionNo}, ditetapkan dengan Keputusan PPID Nomor ${v.decreeNumber} tanggal ${formatDateId(v.decreeDate)}`,
        printedText: `Diunduh ${formatDateTimeId(this.clock.now(), office.timeZone)}`,
        created: this.clock.now(),
        rows: list.entries,
        columns: [
          { header: 'No', width: 5, value: (_e, i) => i + 1, center: true },
          { header: 'Kategori', width: 30, value: (e) => DIP_CATEGORY_LABELS[e.category] ?? e.category },
          { header: 'Ringkasan isi informasi', width: 50, value: (e) => e.title },
          { header: 'Keterangan', width: 30, value: (e) => e.summary ?? '' },
          { header: 'Pejabat/unit yang menguasai', width: 30, value: (e) => e.holder },
          { header: 'Penanggung jawab', width: 24, value: (e) => e.responsible },
          { header: 'Waktu dan tempat pembuatan', width: 22, value: (e) => e.madeWhenWhere },
          { header: 'Bentuk informasi', width: 18, value: (e) => e.formAvailable },
          { header: 'Jangka waktu penyimpanan', width: 18, value: (e) => e.retention },
        ],
      });
      return {
        body: xlsx,
        type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        filename: `${base}.xlsx`,
      };
    }
    if (format !== 'pdf')
      throw Errors.field('format', 'format harus pdf, xlsx atau json', 'format must be pdf, xlsx or json');
    // a read: the PDF issued when the version was published, as stored; nothing is issued here
    const version = await this.db
      .repo(DipVersion)
      .findOneOrFail({ where: { officeId: office.id, versionNo: list.version.versionNo } });
    const doc = await this.db.repo(DocumentRecord).findOne({
      where: { officeId: office.id, type: 'dip-list', subjectKey: this.pdfSubject(version), storageKey: Not(IsNull()) },
      order: { id: 'DESC' },
    });
    if (!doc)
      throw Errors.notFound(
        msg(
          'PDF Daftar Informasi Publik versi ini (diterbitkan saat versi dipublikasikan)',
          'The PDF of this version of the list (issued when the version is published)',
        ),
      );
    const pdf = await this.documents.bytes(doc);
    return { body: pdf, type: 'application/pdf', filename: `${base}.pdf` };
  }

  /** Public: the latest published list of an office, without exempt items. */
  async publicList(officeCode: string, q?: string, category?: string) {
    const { office, ...list } = await this.publicListOf(await this.publicOffice(officeCode), q, category);
    return { office: { code: office.code, name: office.name }, ...list };
  }

  /** The public page's data: the list and the office's letterhead for its branding. */
  async publicPage(officeCode: string, q?: string, category?: string) {
    return this.publicListOf(await this.publicOffice(officeCode), q, category);
  }

  private async publicOffice(officeCode: string): Promise<Office> {
    const office = /^[A-Z0-9-]{2,32}$/.test(officeCode)
      ? await this.db.repo(Office).findOne({ where: { code: officeCode } })
      : null;
    if (!office) throw Errors.notFound(msg('Kantor', 'Office'));
    return office;
  }

  private async publicListOf(office: Office, q?: string, category?: string) {
    const v = await this.db
      .repo(DipVersion)
      .createQueryBuilder('v')
      .where('v.officeId = :o AND v.publishedAt IS NOT NULL', { o: office.id })
      .orderBy('v.versionNo', 'DESC')
      .getOne();
    if (!v) return { office, version: null, entries: [] };
    const needle = q?.trim().toLowerCase();
    const entries = v.snapshot
      .filter((e) => e.category !== 'dikecualikan')
      .filter((e) => !category || e.category === category)
      .filter((e) => !needle || `${e.title} ${e.summary ?? ''} ${e.holder}`.toLowerCase().includes(needle))
      .map(({ exemptionBasis: _b, consequenceHarm: _h, publicInterest: _p, exemptUntil: _u, ...pub }) => pub);
    return {
      office,
      version: {
        versionNo: v.versionNo,
        decreeNumber: v.decreeNumber,
        decreeDate: v.decreeDate,
        // the latest version published (the query's condition)
        publishedAt: v.publishedAt!,
      },
      entries,
    };
  }
}
