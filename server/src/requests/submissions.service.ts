import { Regime } from '@lentera/reports/legal';
import { Injectable } from '@nestjs/common';
import { Db } from '../common/db';
import { ElectionKindField, ElectionTextField, RegimeField } from '../common/regime-fields';
import { plainToInstance, Type } from 'class-transformer';
import { IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, validate, ValidateNested } from 'class-validator';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { In } from 'typeorm';
import { Attachment } from '../attachments/attachment.entity';
import { AttachmentsService, toAttachmentView, UploadedFile } from '../attachments/attachments.service';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../common/auth-user';
import { Clock } from '../common/clock';
import { normalizeCode, randomCode } from '../common/codes';
import { Errors, throwIfInvalid } from '../common/errors';
import { msg } from '../common/i18n';
import { listFilters, listPage, ListQuery, ListSpec } from '../common/list-query';
import { Access } from '../common/access';
import { Permission } from '../common/permissions';
import { validationErrorToAppError } from '../common/validation';
import { Office } from '../offices/office.entity';
import { CreateRequesterDto } from '../requesters/dto';
import { maskNik } from '../requesters/nik';
import { RequestersService } from '../requesters/requesters.service';
import { DECISION_LABELS, STATUS_LABELS } from './request-lifecycle';
import { DELIVERY_METHODS, InfoRequest, OBTAIN_METHODS, RequestEvent, WebSubmission } from './request.entity';
import { RequestsService } from './requests.service';
import { ChoicesField } from '../common/fields';

export class PublicRequestDto {
  @ApiProperty({ example: 'KPU-LBK' })
  @IsString()
  @Matches(/^[A-Z0-9-]{2,32}$/, { message: 'officeCode must be an office code' })
  officeCode: string;

  @ApiProperty({ type: CreateRequesterDto })
  @ValidateNested()
  @Type(() => CreateRequesterDto)
  requester: CreateRequesterDto;

  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(5000) informationRequested: string;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(2000) purpose: string;

  @ChoicesField(OBTAIN_METHODS) obtainMethods: string[];

  @ChoicesField(DELIVERY_METHODS) deliveryMethods: string[];

  @RegimeField({ description: 'apakah informasi yang diminta berkaitan dengan Pemilu/Pemilihan' }) regime?: string;
  @ElectionKindField() electionKind?: string;
  @ElectionTextField('Pemilihan Bupati Lebak 2029') electionName?: string;
}

/** What the desk decides when it verifies a web submission: the regime (the citizen's choice by default) and, for a
 * NIK registered under another name, whether it is the same person. */
export class AcceptSubmissionDto {
  @RegimeField() regime?: string;
  @ElectionKindField() electionKind?: string;
  @ElectionTextField() electionName?: string;
  @ElectionTextField() electionStage?: string;

  @ApiPropertyOptional({ description: 'NIK terdaftar atas nama lain: true = orang yang sama' })
  @IsOptional()
  @IsIn([true, false])
  sameAsRegistered?: boolean;
}

export const SUBMISSION_LIST: ListSpec = {
  sortable: { id: 's.id', submittedAt: 's.submittedAt' },
  defaultSort: { field: 'submittedAt', order: 'ASC' },
  filters: ['id', 'status', 'officeId'],
};
const SUBMISSION = msg('Permohonan daring', 'Web submission');

/**
 * The public web form (channel "web"): a submission waits in the desk's queue; the desk verifies the identity
 * and registers it (the clock runs from the moment it was submitted) or rejects it with a reason.
 * The tracking code given at submission stays with the request.
 */
@Injectable()
export class SubmissionsService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly access: Access,
    private readonly attachments: AttachmentsService,
    private readonly requests: RequestsService,
    private readonly clock: Clock,
  ) {}

  /** Parses and validates the public form (JSON body, or multipart with a JSON field "data"). */
  async parse(body: unknown): Promise<PublicRequestDto> {
    let raw: unknown = body;
    if (body && typeof body === 'object' && typeof (body as { data?: unknown }).data === 'string') {
      try {
        raw = JSON.parse((body as { data: string }).data);
      } catch {
        throw Errors.field('data', 'data harus berupa JSON yang valid', 'data must be valid JSON');
      }
    }
    if (!raw || typeof raw !== 'object' || Array.isArray(raw))
      throw Errors.field('data', 'isian formulir tidak ada', 'the form data is missing');
    const dto = plainToInstance(PublicRequestDto, raw);
    const errors = await validate(dto, { whitelist: true, forbidNonWhitelisted: true });
    if (errors.length) throw validationErrorToAppError(errors);
    return dto;
  }

  async submit(
    body: unknown,
    file: UploadedFile | undefined,
    ip: string | null,
    quota: () => Promise<void> = async () => undefined,
  ) {
    const dto = await this.parse(body);
    const office = await this.db.repo(Office).findOne({ where: { code: dto.officeCode } });
    if (!office) throw Errors.field('officeCode', 'kantor tidak dikenal', 'unknown office');
    const identity = RequestersService.checkIdentity(dto.requester.type as never, dto.requester);
    throwIfInvalid(identity);
    if (file) this.attachments.validate(file);
    await quota();
    const now = this.clock.now();
    const saved = await this.audit.inTransaction(null, async (m) => {
      const row = m.create(WebSubmission, {
        officeId: office.id,
        trackingCode: randomCode(2),
        status: 'pending',
        requesterData: { ...dto.requester },
        regime: (dto.regime ?? 'general') as Regime,
        electionKind: dto.regime === 'election' ? (dto.electionKind ?? null) : null,
        electionName: dto.regime === 'election' ? dto.electionName?.trim() || null : null,
        informationRequested: dto.informationRequested.trim(),
        purpose: dto.purpose.trim(),
        obtainMethods: dto.obtainMethods,
        deliveryMethods: dto.deliveryMethods,
        submittedAt: now,
        ip,
        requestId: null,
        reviewedById: null,
        reviewedAt: null,
        rejectReason: null,
      });
      await m.save(WebSubmission, row);
      if (file) await this.attachments.save(null, { type: 'submission', id: row.id, officeId: office.id }, 'ktp', file);
      return {
        result: row,
        audit: {
          action: 'submission.create',
          entityType: 'submission',
          entityId: row.id,
          officeId: office.id,
          changes: {
            trackingCode: row.trackingCode,
            name: dto.requester.name,
            nik: maskNik(dto.requester.nik ?? null),
          },
        },
      };
    });
    return {
      trackingCode: saved.trackingCode,
      status: 'pending' as const,
      office: office.name,
      submittedAt: saved.submittedAt,
    };
  }

  async list(actor: AuthUser, lq: ListQuery) {
    const f = listFilters(lq);
    const qb = this.db.repo(WebSubmission).createQueryBuilder('s');
    Access.scope(qb, 's.officeId', actor);
    const officeId = f.int('officeId');
    if (officeId !== undefined) qb.andWhere('s.officeId = :officeId', { officeId });
    const ids = f.ids();
    if (ids) qb.andWhere('s.id IN (:...ids)', { ids });
    const status = f.string('status', 12) ?? 'pending';
    qb.andWhere('s.status = :status', { status });
    const { items: rows, total } = await listPage(qb, lq, SUBMISSION_LIST, 's.id');
    return { items: rows.map((r) => this.view(actor, r)), total };
  }

  async get(actor: AuthUser, id: number) {
    const s = await this.findVisible(actor, id);
    const files = await this.attachments.listFor('submission', [s.id]);
    return { ...this.view(actor, s), files: files.map(toAttachmentView) };
  }

  private view(actor: AuthUser, s: WebSubmission) {
    const pii = actor.permissions.includes(Permission.RequesterPii) && s.officeId === actor.officeId;
    const requester = {
      ...s.requesterData,
      nik: pii ? s.requesterData.nik : maskNik((s.requesterData.nik as string) ?? null),
    };
    return { ...s, ip: undefined, requesterData: requester };
  }

  private async findVisible(actor: AuthUser, id: number) {
    return this.access.load(actor, Permission.RequestRead, WebSubmission, id, SUBMISSION);
  }

  /** Verified: registered as a request (channel web, received when submitted); the identity scan moves to the requester. */
  async accept(actor: AuthUser, id: number, dto: AcceptSubmissionDto = {}) {
    const s = await this.access.load(actor, Permission.RequestCreate, WebSubmission, id, SUBMISSION);
    if (s.status !== 'pending')
      throw Errors.conflict(msg('Permohonan daring ini sudah diproses', 'This submission has already been processed'));
    const requestId = await this.audit.inTransaction(actor, async (m) => {
      const res = await m.update(
        WebSubmission,
        { id, status: 'pending' },
        { status: 'accepted', reviewedById: actor.id, reviewedAt: this.clock.now() },
      );
      if (!res.affected)
        throw Errors.conflict(
          msg('Permohonan daring ini sudah diproses', 'This submission has already been processed'),
        );
      const requesterDto = plainToInstance(CreateRequesterDto, {
        ...s.requesterData,
        sameAsRegistered: dto.sameAsRegistered,
      });
      const regime = dto.regime ?? s.regime;
      const row = await this.requests.register(
        actor,
        {
          requester: requesterDto,
          regime,
          electionKind: regime === 'election' ? (dto.electionKind ?? s.electionKind ?? undefined) : undefined,
          electionName: regime === 'election' ? (dto.electionName ?? s.electionName ?? undefined) : undefined,
          electionStage: regime === 'election' ? dto.electionStage : undefined,
          channel: 'web',
          informationRequested: s.informationRequested,
          purpose: s.purpose,
          obtainMethods: s.obtainMethods,
          deliveryMethods: s.deliveryMethods,
          receivedAt: s.submittedAt.toISOString(),
        },
        { trackingCode: s.trackingCode },
      );
      await m.update(WebSubmission, { id }, { requestId: row.id });
      await m.update(
        Attachment,
        { ownerType: 'submission', ownerId: id },
        { ownerType: 'requester', ownerId: row.requesterId },
      );
      return {
        result: row.id,
        audit: [
          {
            action: 'submission.accept',
            entityType: 'submission',
            entityId: id,
            officeId: s.officeId,
            changes: { requestId: row.id, number: row.number },
          },
          {
            action: 'request.create',
            entityType: 'request',
            entityId: row.id,
            officeId: row.officeId,
            changes: { number: row.number, channel: 'web', submissionId: id },
          },
        ],
      };
    });
    return this.requests.get(actor, requestId);
  }

  async reject(actor: AuthUser, id: number, note: string) {
    const s = await this.access.load(actor, Permission.RequestCreate, WebSubmission, id, SUBMISSION);
    await this.audit.inTransaction(actor, async (m) => {
      const res = await m.update(
        WebSubmission,
        { id, status: 'pending' },
        { status: 'rejected', rejectReason: note, reviewedById: actor.id, reviewedAt: this.clock.now() },
      );
      if (!res.affected)
        throw Errors.conflict(
          msg('Permohonan daring ini sudah diproses', 'This submission has already been processed'),
        );
      return {
        result: undefined,
        audit: {
          action: 'submission.reject',
          entityType: 'submission',
          entityId: id,
          officeId: s.officeId,
          changes: { reason: note },
        },
      };
    });
    return this.get(actor, id);
  }

  /** Public tracking: status and deadline for a code, and nothing about the requester. */
  async track(code: string) {
    const c = normalizeCode(code);
    if (!/^[0-9A-Z]{4}-[0-9A-Z]{4}$/.test(c)) throw Errors.notFound(msg('Kode pelacakan', 'Tracking code'));
    const req = await this.db.repo(InfoRequest).findOne({ where: { trackingCode: c } });
    const sub = req ? null : await this.db.repo(WebSubmission).findOne({ where: { trackingCode: c } });
    if (!req && !sub) throw Errors.notFound(msg('Kode pelacakan', 'Tracking code'));
    const office = await this.db.repo(Office).findOneOrFail({ where: { id: (req ?? sub)!.officeId } });
    if (!req) {
      const s = sub!;
      const label =
        s.status === 'rejected'
          ? msg('Ditolak saat verifikasi', 'Rejected at verification')
          : msg('Menunggu verifikasi petugas', 'Waiting for verification');
      return {
        trackingCode: c,
        office: office.name,
        stage: s.status === 'rejected' ? 'rejected' : 'submitted',
        status: label,
        submittedAt: s.submittedAt,
        note: s.status === 'rejected' ? s.rejectReason : null,
        number: null,
        receivedDate: null,
        dueDate: null,
        decision: null,
        timeline: [],
      };
    }
    const events = await this.db.repo(RequestEvent).find({
      where: {
        requestId: req.id,
        type: In([
          'registered',
          'incomplete',
          'complete',
          'assign',
          'extend',
          'decide',
          'deliver',
          'close',
          'withdraw',
          'lapse',
        ]),
      },
      order: { at: 'ASC', id: 'ASC' },
    });
    return {
      trackingCode: c,
      office: office.name,
      stage: req.status,
      status: STATUS_LABELS[req.status],
      number: req.number,
      receivedDate: req.receivedDate,
      dueDate: req.effectiveDueDate,
      extended: !!req.extendedDueDate,
      decision: req.decision ? DECISION_LABELS[req.decision] : null,
      timeline: events.map((e) => ({
        at: e.at,
        type: e.type,
        status: e.toStatus ? STATUS_LABELS[e.toStatus as keyof typeof STATUS_LABELS] : null,
      })),
    };
  }
}
