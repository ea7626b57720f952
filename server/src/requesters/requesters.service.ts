import { Injectable } from '@nestjs/common';
import { Db } from '../common/db';
import { In } from 'typeorm';
import { AttachmentsService, AttachmentView, toAttachmentView, UploadedFile } from '../attachments/attachments.service';
import { AuditService, diff } from '../audit/audit.service';
import { AuthUser } from '../common/auth-user';
import { Clock } from '../common/clock';
import { ConfigVersion } from '../common/config-version';
import { Errors, throwIfInvalid } from '../common/errors';
import { Msg, msg } from '../common/i18n';
import { likeContains, listFilters, listPage, ListQuery, ListSpec } from '../common/list-query';
import { Access } from '../common/access';
import { Permission } from '../common/permissions';
import { User } from '../users/user.entity';
import { CreateRequesterDto, UpdateRequesterDto } from './dto';
import { maskNik, validateNik } from './nik';
import { IDENTITY_FIELDS, Identity, Requester, RequesterType, RequesterVersion } from './requester.entity';

export const REQUESTER_LIST: ListSpec = {
  sortable: { id: 'r.id', name: 'r.name', type: 'r.type', createdAt: 'r.createdAt' },
  defaultSort: { field: 'name', order: 'ASC' },
  filters: ['id', 'q', 'nik', 'email', 'type'],
};

export const REQUESTER_FILE_KINDS = ['ktp', 'deed', 'ratification', 'power_of_attorney', 'other'] as const;
const REQUESTER = msg('Pemohon', 'Requester');

export type RequesterView = Omit<Requester, 'nik'> & {
  nik: string | null;
  nikMasked: boolean;
  files?: AttachmentView[];
};

@Injectable()
export class RequestersService {
  constructor(
    private readonly db: Db,
    private readonly access: Access,
    private readonly audit: AuditService,
    private readonly attachments: AttachmentsService,
    private readonly clock: Clock,
    private readonly configVersion: ConfigVersion,
  ) {}

  /** Requesters of the actor's visible offices. Search by NIK or email finds a returning requester. */
  async list(actor: AuthUser, lq: ListQuery): Promise<{ items: RequesterView[]; total: number }> {
    const qb = this.db
      .repo(Requester)
      .createQueryBuilder('r')
      .where('r.officeId IN (SELECT o.id FROM offices o WHERE o.path LIKE :path)', { path: `${actor.officePath}%` });
    const f = listFilters(lq);
    const ids = f.ids();
    if (ids) qb.andWhere('r.id IN (:...ids)', { ids });
    const nik = f.string('nik', 16);
    if (nik) qb.andWhere('r.nik = :nik', { nik });
    const email = f.string('email', 200);
    if (email) qb.andWhere('LOWER(r.email) = LOWER(:email)', { email });
    const type = f.string('type', 10);
    if (type) qb.andWhere('r.type = :type', { type });
    const q = f.string('q');
    if (q) likeContains(qb, ['r.name', 'r.email', 'r.phone'], q);
    const { items: rows, total } = await listPage(qb, lq, REQUESTER_LIST, 'r.id');
    return { items: rows.map((r) => this.view(actor, r, false)), total };
  }

  async get(actor: AuthUser, id: number): Promise<RequesterView> {
    const r = await this.findVisible(actor, id);
    // identity scans: only where the full identity may be seen (the owning office, requester.pii)
    const files = this.seesPii(actor, r.officeId) ? await this.attachments.listFor('requester', [r.id]) : [];
    return { ...this.view(actor, r, true), files: files.map(toAttachmentView) };
  }

  async findVisible(actor: AuthUser, id: number): Promise<Requester> {
    return this.access.load(actor, Permission.RequesterRead, Requester, id, REQUESTER);
  }

  /**
   * Full NIK and identity scans only for roles that need them (desk, PPID: requester.pii), and only in the office that
   * holds the record: a province reading a regency's requester sees a masked NIK and no scans.
   */
  seesPii(actor: AuthUser, officeId: number): boolean {
    return actor.permissions.includes(Permission.RequesterPii) && officeId === actor.officeId;
  }

  /** NIK in full only in the detail view, and only for those who may see it. */
  view(actor: AuthUser, r: Requester, detail: boolean): RequesterView {
    const full = detail && this.seesPii(actor, r.officeId);
    return { ...r, nik: full ? r.nik : maskNik(r.nik), nikMasked: !full && !!r.nik };
  }

  /** An identity as registered with a request or an objection, masked by the same rule. */
  identityView(actor: AuthUser, v: RequesterVersion, detail: boolean): IdentityView {
    const full = detail && this.seesPii(actor, v.officeId);
    const out: IdentityView = {
      id: v.requesterId,
      version: v.version,
      nikMasked: !full && !!v.nik,
      ...pickIdentity(v),
    };
    out.nik = full ? v.nik : maskNik(v.nik);
    return out;
  }

  /** The identities as registered, for (requesterId, version) pairs, in one query. */
  async versions(
    pairs: ReadonlyArray<{ requesterId: number; version: number }>,
  ): Promise<Map<string, RequesterVersion>> {
    const out = new Map<string, RequesterVersion>();
    const ids = [...new Set(pairs.map((p) => p.requesterId))];
    if (!ids.length) return out;
    const rows = await this.db.repo(RequesterVersion).find({ where: { requesterId: In(ids) } });
    const wanted = new Set(pairs.map((p) => versionKey(p.requesterId, p.version)));
    for (const r of rows) {
      const key = versionKey(r.requesterId, r.version);
      if (wanted.has(key)) out.set(key, r);
    }
    return out;
  }

  /**
   * The identities as registered with requests or objections (requester_versions), by `versionKey`; a row older than
   * the versions (none expected after the migration) gets its requester as it is now.
   */
  async asRegistered(
    rows: ReadonlyArray<{ requesterId: number; requesterVersion: number }>,
  ): Promise<Map<string, Identity>> {
    const out = new Map<string, Identity>(
      await this.versions(rows.map((r) => ({ requesterId: r.requesterId, version: r.requesterVersion }))),
    );
    const missing = [
      ...new Set(rows.filter((r) => !out.has(versionKey(r.requesterId, r.requesterVersion))).map((r) => r.requesterId)),
    ];
    if (missing.length) {
      const current = await this.db.repo(Requester).find({ where: { id: In(missing) } });
      for (const q of current)
        for (const r of rows)
          if (r.requesterId === q.id && !out.has(versionKey(r.requesterId, r.requesterVersion)))
            out.set(versionKey(r.requesterId, r.requesterVersion), q);
    }
    return out;
  }

  /** Every identity version, newest first, with why, when and by whom it was recorded. */
  async versionHistory(actor: AuthUser, id: number): Promise<IdentityView[]> {
    const r = await this.findVisible(actor, id);
    const rows = await this.db
      .repo(RequesterVersion)
      .find({ where: { requesterId: r.id }, order: { version: 'DESC' } });
    const userIds = [...new Set(rows.map((v) => v.createdById).filter((u): u is number => u !== null))];
    const users = userIds.length
      ? await this.db.repo(User).find({ where: { id: In(userIds) }, select: { id: true, fullName: true } })
      : [];
    const names = new Map(users.map((u) => [u.id, u.fullName]));
    return rows.map((v) => ({
      ...this.identityView(actor, v, true),
      reason: v.reason,
      createdAt: v.createdAt,
      createdByName: v.createdById !== null ? (names.get(v.createdById) ?? null) : null,
    }));
  }

  static checkIdentity(type: RequesterType, d: Partial<CreateRequesterDto>): Record<string, Msg> {
    const fields: Record<string, Msg> = {};
    if (d.nik) {
      const v = validateNik(d.nik);
      if (!v.ok) fields.nik = v.reason;
    }
    if ((type === 'person' || type === 'group') && !d.nik)
      fields.nik = msg(
        'NIK wajib diisi untuk perorangan dan wakil kelompok',
        'NIK is required for a person and for a group representative',
      );
    if (type === 'entity') {
      if (!d.deedNumber)
        fields.deedNumber = msg(
          'nomor akta pendirian wajib diisi untuk badan hukum',
          'the deed number is required for a legal entity',
        );
      if (!d.ratificationNumber)
        fields.ratificationNumber = msg(
          'nomor pengesahan wajib diisi untuk badan hukum',
          'the ratification number is required for a legal entity',
        );
    }
    if (type === 'group' && !d.powerOfAttorney)
      fields.powerOfAttorney = msg(
        'surat kuasa khusus wajib diisi untuk kelompok orang',
        'a special power of attorney is required for a group',
      );
    if (!d.phone && !d.email) fields.phone = msg('isi nomor telepon atau email', 'give a phone number or an email');
    return fields;
  }

  /**
   * The requester of a new request (or objection), in the current transaction: a new requester (version 1), or the one
   * registered with the same NIK (or, without NIK, the same email). A known NIK under another name answers 409 naming
   * the registered requester: the desk either corrects a mistyped NIK, or confirms it is the same person
   * (`sameAsRegistered`), which records the new identity as a new version from now on. Changed contact details of the
   * same person also make a new version; earlier requests keep the version they were registered with.
   */
  async registerIdentity(
    actor: AuthUser,
    dto: CreateRequesterDto,
    context: string,
  ): Promise<{ requester: Requester; version: number; reused: boolean; identity?: RequesterVersion }> {
    const type = dto.type as RequesterType;
    const fields = RequestersService.checkIdentity(type, dto);
    throwIfInvalid(fields);
    // MySQL/MariaDB: a locking read, so registrations of the same person take turns — the first records a changed
    // identity as a new version, the next find it already there (SQLite's transactions take turns anyway); with the
    // version of the identity in force, which a registration that finds it unchanged shows in its answer; and, where
    // the requester is found, the configuration version the registration's clocks count with, share-locked to the
    // commit by the subquery itself as the transaction's own read would be (ConfigVersion.bringAlong), with the check
    // of a user the request took from the process (ActorCheck): a statement less for each. Written out, not built by
    // the query builder on every registration.
    const [by, key] = dto.nik
      ? ['r.nik = ?', dto.nik]
      : dto.email
        ? ['LOWER(r.email) = LOWER(?)', dto.email]
        : ['1 = 0', null];
    const along = this.configVersion.bringAlong();
    const raw: Array<Record<string, unknown>> = await this.db.query(
      `SELECT ${this.db.selectList(Requester, 'r')}, ${this.db.selectList(RequesterVersion, 'cv')}, ${along.columns} ` +
        `FROM ${this.db.table(Requester)} r LEFT JOIN ${this.db.table(RequesterVersion)} cv ON cv.requesterId = r.id AND cv.version = r.version ` +
        `WHERE r.officeId = ? AND r.type = ? AND ${by}${this.db.isMysql ? ' FOR UPDATE' : ''}`,
      key === null ? [actor.officeId, type] : [actor.officeId, type, key],
    );
    along.take(raw);
    const found = raw.length ? this.db.hydrate(Requester, raw[0], 'r') : null;
    const current = raw.length ? (this.db.hydrate(RequesterVersion, raw[0], 'cv') ?? undefined) : undefined;
    const existing: Requester | null = found;
    const data = identityOf(dto);
    if (!existing) {
      const now = this.clock.now();
      const row = this.db
        .repo(Requester)
        .create({ ...data, officeId: actor.officeId, version: 1, createdAt: now, updatedAt: now });
      await this.db.insert(Requester, [row]);
      const identity = await this.insertVersion(actor, row, null);
      await this.audit.record(actor, {
        action: 'requester.create',
        entityType: 'requester',
        entityId: row.id,
        officeId: row.officeId,
        changes: { type, name: data.name, nik: maskNik(data.nik) },
      });
      return { requester: row, version: 1, reused: false, identity };
    }
    if (dto.nik && sameName(existing.name, data.name) === false && !dto.sameAsRegistered)
      throw Errors.conflict(
        msg(
          `NIK ini sudah terdaftar atas nama ${existing.name}. Periksa NIK (salah ketik?), atau nyatakan bahwa ini orang yang sama untuk memperbarui identitasnya mulai sekarang.`,
          `This NIK is registered to ${existing.name}. Check the NIK (a typo?), or confirm it is the same person to update the identity from now on.`,
        ),
        { 'requester.nik': msg(`terdaftar atas nama ${existing.name}`, `registered to ${existing.name}`) },
        { existingRequester: { id: existing.id, name: existing.name, type: existing.type, version: existing.version } },
      );
    const changes = diff(pickIdentity(existing), data);
    if (!Object.keys(changes).length)
      return { requester: existing, version: existing.version, reused: true, identity: current };
    const updated = await this.newVersion(actor, existing, data, `Diperbarui saat registrasi ${context}`, changes);
    return {
      requester: updated.requester,
      version: updated.requester.version,
      reused: true,
      identity: updated.identity,
    };
  }

  async create(actor: AuthUser, dto: CreateRequesterDto): Promise<RequesterView> {
    const { requester } = await this.db.transaction(() => this.registerIdentity(actor, dto, 'pemohon'));
    return this.get(actor, requester.id);
  }

  /**
   * An explicit, audited edit of a requester's identity: a new version from now on. Requests and objections already
   * registered, and the documents issued for them, keep the identity they were registered with.
   */
  async update(actor: AuthUser, id: number, dto: UpdateRequesterDto): Promise<RequesterView> {
    const { reason, ...fieldsIn } = dto;
    if (!reason?.trim())
      throw Errors.field('reason', 'alasan perubahan identitas wajib diisi', 'the reason for the change is required');
    await this.db.transaction(async () => {
      const r = await this.access.load(actor, Permission.RequesterManage, Requester, id, REQUESTER);
      const merged = { ...pickIdentity(r), ...normalize(fieldsIn) } as Identity;
      const fields = RequestersService.checkIdentity(merged.type, merged as Partial<CreateRequesterDto>);
      throwIfInvalid(fields);
      const changes = diff(pickIdentity(r), merged);
      if (Object.keys(changes).length) await this.newVersion(actor, r, merged, reason.trim(), changes);
    });
    return this.get(actor, id);
  }

  private async newVersion(
    actor: AuthUser,
    r: Requester,
    data: Identity,
    reason: string,
    changes: Record<string, { from: unknown; to: unknown }>,
  ): Promise<{ requester: Requester; identity: RequesterVersion }> {
    const now = this.clock.now();
    const version = r.version + 1;
    const res = await this.db
      .repo(Requester)
      .update({ id: r.id, version: r.version }, { ...data, version, updatedAt: now });
    if (!res.affected)
      throw Errors.conflict(
        msg(
          'Data pemohon baru saja diubah orang lain; muat ulang',
          'The requester was just changed by someone else; reload',
        ),
      );
    const updated = { ...r, ...data, version, updatedAt: now };
    const identity = await this.insertVersion(actor, updated, reason);
    await this.audit.record(actor, {
      action: 'requester.update',
      entityType: 'requester',
      entityId: r.id,
      officeId: r.officeId,
      changes: { ...redactNik(changes), version: { from: r.version, to: version }, reason },
    });
    return { requester: updated, identity };
  }

  /** Writes the version of an identity; answers it as stored (a registration's answer shows it without reading it). */
  private async insertVersion(actor: AuthUser, r: Requester, reason: string | null): Promise<RequesterVersion> {
    const repo = this.db.repo(RequesterVersion);
    const row = repo.create({
      requesterId: r.id,
      version: r.version,
      officeId: r.officeId,
      ...pickIdentity(r),
      reason,
      createdById: actor.id,
      createdAt: this.clock.now(),
    });
    await this.db.insert(RequesterVersion, [row]); // taken as stored there (Db.asStored)
    return row;
  }

  async addFile(actor: AuthUser, id: number, kind: string, file: UploadedFile | undefined): Promise<AttachmentView> {
    if (!(REQUESTER_FILE_KINDS as readonly string[]).includes(kind))
      throw Errors.field(
        'kind',
        `jenis berkas harus salah satu dari ${REQUESTER_FILE_KINDS.join(', ')}`,
        `kind must be one of ${REQUESTER_FILE_KINDS.join(', ')}`,
      );
    const r = await this.access.load(actor, Permission.RequesterManage, Requester, id, REQUESTER);
    this.attachments.validate(file);
    const saved = await this.audit.inTransaction(actor, async () => {
      const a = await this.attachments.save(actor, { type: 'requester', id: r.id, officeId: r.officeId }, kind, file!);
      return {
        result: a,
        audit: {
          action: 'requester.file_add',
          entityType: 'requester',
          entityId: r.id,
          officeId: r.officeId,
          changes: { kind, name: a.originalName, size: a.size, sha256: a.sha256 },
        },
      };
    });
    return toAttachmentView(saved);
  }
}

export function versionKey(requesterId: number, version: number): string {
  return `${requesterId}:${version}`;
}

/** An identity as registered, as the API shows it (NIK masked unless the reader may see it). */
export type IdentityView = Omit<Identity, 'nik'> & {
  id: number;
  version: number;
  nik: string | null;
  nikMasked: boolean;
  reason?: string | null;
  createdAt?: Date;
  /** who recorded this version (history only) */
  createdByName?: string | null;
};

export function pickIdentity(r: Identity): Identity {
  return Object.fromEntries(IDENTITY_FIELDS.map((k) => [k, r[k] ?? null])) as unknown as Identity;
}

function normalize(d: Partial<CreateRequesterDto>): Partial<Identity> {
  const out: Record<string, unknown> = {};
  for (const k of IDENTITY_FIELDS) {
    if (!(k in d)) continue;
    const v = (d as Record<string, unknown>)[k];
    out[k] = typeof v === 'string' ? v.trim() || null : (v ?? null);
  }
  return out as Partial<Identity>;
}

function identityOf(dto: CreateRequesterDto): Identity {
  return {
    type: dto.type as RequesterType,
    name: dto.name.trim(),
    nik: dto.nik || null,
    deedNumber: dto.deedNumber || null,
    ratificationNumber: dto.ratificationNumber || null,
    powerOfAttorney: dto.powerOfAttorney || null,
    representativeName: dto.representativeName || null,
    address: dto.address.trim(),
    phone: dto.phone || null,
    email: dto.email || null,
    occupation: dto.occupation || null,
  };
}

/** Names compared as people write them: case, spaces and punctuation aside ("Budi  Santoso" = "BUDI SANTOSO"). */
export function sameName(a: string, b: string): boolean {
  const norm = (s: string) =>
    s
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  return norm(a) === norm(b);
}

function redactNik(changes: Record<string, { from: unknown; to: unknown }>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...changes };
  if (out.nik)
    out.nik = { from: maskNik((changes.nik.from as string) ?? null), to: maskNik((changes.nik.to as string) ?? null) };
  return out;
}
