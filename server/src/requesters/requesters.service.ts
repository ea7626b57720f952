import { Injectable } from '@nestjs/common';
import { Db } from '../common/db';
import { EntityManager } from 'typeorm';
import { AttachmentsService, AttachmentView, toAttachmentView, UploadedFile } from '../attachments/attachments.service';
import { AuditService, diff } from '../audit/audit.service';
import { AuthUser } from '../common/auth-user';
import { Clock } from '../common/clock';
import { Errors } from '../common/errors';
import { Msg, msg } from '../common/i18n';
import { applySortAndRange, idFilter, likeContains, ListQuery, ListSpec, stringFilter } from '../common/list-query';
import { OfficeAccess } from '../common/office-access.service';
import { Permission } from '../common/permissions';
import { CreateRequesterDto, UpdateRequesterDto } from './dto';
import { maskNik, validateNik } from './nik';
import { Requester, RequesterType } from './requester.entity';

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
    private readonly access: OfficeAccess,
    private readonly audit: AuditService,
    private readonly attachments: AttachmentsService,
    private readonly clock: Clock,
  ) {}

  /** Requesters of the actor's visible offices. Search by NIK or email finds a returning requester. */
  async list(actor: AuthUser, lq: ListQuery): Promise<{ items: RequesterView[]; total: number }> {
    const qb = this.db
      .repo(Requester)
      .createQueryBuilder('r')
      .where('r.officeId IN (SELECT o.id FROM offices o WHERE o.path LIKE :path)', { path: `${actor.officePath}%` });
    const f = lq.filter;
    const ids = idFilter(f.id);
    if (ids) qb.andWhere('r.id IN (:...ids)', { ids });
    const nik = stringFilter('nik', f.nik, 16);
    if (nik) qb.andWhere('r.nik = :nik', { nik });
    const email = stringFilter('email', f.email, 200);
    if (email) qb.andWhere('LOWER(r.email) = LOWER(:email)', { email });
    const type = stringFilter('type', f.type, 10);
    if (type) qb.andWhere('r.type = :type', { type });
    const q = stringFilter('q', f.q);
    if (q) likeContains(qb, ['r.name', 'r.email', 'r.phone'], q);
    const total = await qb.getCount();
    const rows = await applySortAndRange(qb, lq, REQUESTER_LIST, 'r.id').getMany();
    return { items: rows.map((r) => this.view(actor, r, false)), total };
  }

  async get(actor: AuthUser, id: number): Promise<RequesterView> {
    const r = await this.findVisible(actor, id);
    const files = await this.attachments.listFor('requester', [r.id]);
    return { ...this.view(actor, r, true), files: files.map(toAttachmentView) };
  }

  async findVisible(actor: AuthUser, id: number): Promise<Requester> {
    const manager = this.db.manager;
    const r = await manager.findOne(Requester, { where: { id } });
    if (!r || !(await this.access.canRead(actor, r.officeId))) throw Errors.notFound(REQUESTER);
    return r;
  }

  /** NIK in full only in the detail view, and only for roles that need it (desk, PPID). */
  view(actor: AuthUser, r: Requester, detail: boolean): RequesterView {
    const full = detail && actor.permissions.includes(Permission.RequesterPii);
    return { ...r, nik: full ? r.nik : maskNik(r.nik), nikMasked: !full && !!r.nik };
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

  /** Creates a requester in the actor's office, or reuses the one with the same NIK / email. */
  async createOrReuse(
    manager: EntityManager,
    actor: AuthUser,
    dto: CreateRequesterDto,
  ): Promise<{ requester: Requester; reused: boolean }> {
    const type = dto.type as RequesterType;
    const fields = RequestersService.checkIdentity(type, dto);
    if (Object.keys(fields).length)
      throw Errors.badRequest(
        msg(`Isian tidak valid: ${Object.keys(fields).join(', ')}`, `Invalid input: ${Object.keys(fields).join(', ')}`),
        fields,
      );
    const qb = manager
      .getRepository(Requester)
      .createQueryBuilder('r')
      .where('r.officeId = :officeId AND r.type = :type', { officeId: actor.officeId, type });
    if (dto.nik) qb.andWhere('r.nik = :nik', { nik: dto.nik });
    else if (dto.email) qb.andWhere('LOWER(r.email) = LOWER(:email)', { email: dto.email });
    else qb.andWhere('1 = 0');
    const existing = await qb.getOne();
    const now = this.clock.now();
    const data = {
      type,
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
    if (existing) {
      // contact details may have changed since the last visit
      const changes = diff(existing, data);
      if (Object.keys(changes).length) {
        await manager.update(Requester, { id: existing.id }, { ...data, updatedAt: now });
        await this.audit.record(actor, {
          action: 'requester.update',
          entityType: 'requester',
          entityId: existing.id,
          changes: redactNik(changes),
        });
      }
      return { requester: { ...existing, ...data, updatedAt: now }, reused: true };
    }
    const row = manager.create(Requester, { ...data, officeId: actor.officeId, createdAt: now, updatedAt: now });
    await manager.save(Requester, row);
    await this.audit.record(actor, {
      action: 'requester.create',
      entityType: 'requester',
      entityId: row.id,
      changes: { type, name: data.name, nik: maskNik(data.nik) },
    });
    return { requester: row, reused: false };
  }

  async create(actor: AuthUser, dto: CreateRequesterDto): Promise<RequesterView> {
    const { requester } = await this.db.transaction(() => this.createOrReuse(this.db.manager, actor, dto));
    return this.get(actor, requester.id);
  }

  async update(actor: AuthUser, id: number, dto: UpdateRequesterDto): Promise<RequesterView> {
    const r = await this.findVisible(actor, id);
    await this.access.assertWrite(actor, r.officeId, REQUESTER);
    const merged = { ...r, ...dto } as Requester;
    const fields = RequestersService.checkIdentity((dto.type ?? r.type) as RequesterType, merged);
    if (Object.keys(fields).length)
      throw Errors.badRequest(
        msg(`Isian tidak valid: ${Object.keys(fields).join(', ')}`, `Invalid input: ${Object.keys(fields).join(', ')}`),
        fields,
      );
    await this.audit.inTransaction(actor, async (m) => {
      const patch = Object.fromEntries(
        Object.entries(dto).map(([k, v]) => [k, v === '' ? null : v]),
      ) as Partial<Requester>;
      const changes = diff(r, patch);
      await m.update(Requester, { id }, { ...patch, updatedAt: this.clock.now() });
      return {
        result: undefined,
        audit: {
          action: 'requester.update',
          entityType: 'requester',
          entityId: id,
          officeId: r.officeId,
          changes: redactNik(changes),
        },
      };
    });
    return this.get(actor, id);
  }

  async addFile(actor: AuthUser, id: number, kind: string, file: UploadedFile | undefined): Promise<AttachmentView> {
    if (!(REQUESTER_FILE_KINDS as readonly string[]).includes(kind))
      throw Errors.field(
        'kind',
        `jenis berkas harus salah satu dari ${REQUESTER_FILE_KINDS.join(', ')}`,
        `kind must be one of ${REQUESTER_FILE_KINDS.join(', ')}`,
      );
    const r = await this.findVisible(actor, id);
    await this.access.assertWrite(actor, r.officeId, REQUESTER);
    this.attachments.validate(file);
    const saved = await this.audit.inTransaction(actor, async (m) => {
      const a = await this.attachments.save(
        m,
        actor,
        { type: 'requester', id: r.id, officeId: r.officeId },
        kind,
        file!,
      );
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

function redactNik(changes: Record<string, { from: unknown; to: unknown }>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...changes };
  if (out.nik)
    out.nik = { from: maskNik((changes.nik.from as string) ?? null), to: maskNik((changes.nik.to as string) ?? null) };
  return out;
}
