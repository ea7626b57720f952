import { Injectable } from '@nestjs/common';
import { Db } from '../common/db';
import { In } from 'typeorm';
import { AttachmentsService, toAttachmentView, UploadedFile } from '../attachments/attachments.service';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../common/auth-user';
import { Clock } from '../common/clock';
import { Errors } from '../common/errors';
import { msg } from '../common/i18n';
import { listFilters, listPage, ListQuery, ListSpec } from '../common/list-query';
import { Access } from '../common/access';
import { ClockEngine } from '../clocks/clock-engine.service';
import { Permission } from '../common/permissions';
import { Unit } from '../units/unit.entity';
import { Office } from '../offices/office.entity';
import { localDate } from '../calendar/working-days';
import { AnswerTaskDto } from './dto';
import { InfoRequest, RequestAssignment, RequestEvent } from './request.entity';

export const TASK_LIST: ListSpec = {
  sortable: { id: 'a.id', dueDate: 'a.dueDate', createdAt: 'a.createdAt', status: 'a.status' },
  defaultSort: { field: 'dueDate', order: 'ASC' },
  filters: ['id', 'status', 'requestId'],
};
const TASK = msg('Tugas', 'Task');

/**
 * A liaison unit's view of its assignments (disposisi): the request's subject and deadline, no requester
 * identity. Liaison staff see and answer their own unit's tasks; the PPID and Atasan see the office's.
 */
@Injectable()
export class TasksService {
  constructor(
    private readonly db: Db,
    private readonly access: Access,
    private readonly clocks: ClockEngine,
    private readonly audit: AuditService,
    private readonly attachments: AttachmentsService,
    private readonly clock: Clock,
  ) {}

  private officeWide(actor: AuthUser): boolean {
    return actor.permissions.includes(Permission.RequestRead);
  }

  async list(actor: AuthUser, lq: ListQuery) {
    const f = listFilters(lq);
    const qb = this.db.repo(RequestAssignment).createQueryBuilder('a');
    if (this.officeWide(actor)) Access.scope(qb, 'a.officeId', actor);
    else
      qb.where('a.unitId = :unitId AND a.officeId = :officeId', {
        unitId: actor.unitId ?? -1,
        officeId: actor.officeId,
      });
    const ids = f.ids();
    if (ids) qb.andWhere('a.id IN (:...ids)', { ids });
    const status = f.string('status', 12);
    if (status) qb.andWhere('a.status = :status', { status });
    const requestId = lq.filter.requestId === undefined ? undefined : Number(lq.filter.requestId);
    if (requestId !== undefined) {
      if (!Number.isSafeInteger(requestId))
        throw Errors.field('filter.requestId', 'requestId harus bilangan bulat', 'requestId must be an integer');
      qb.andWhere('a.requestId = :requestId', { requestId });
    }
    const { items: rows, total } = await listPage(qb, lq, TASK_LIST, 'a.id');
    return { items: await this.views(rows), total };
  }

  async get(actor: AuthUser, id: number) {
    const a = await this.findVisible(actor, id);
    const [view] = await this.views([a]);
    const files = await this.attachments.listFor('assignment', [a.id]);
    return { ...view, files: files.map(toAttachmentView) };
  }

  async findVisible(actor: AuthUser, id: number): Promise<RequestAssignment> {
    const a = await this.db.repo(RequestAssignment).findOne({ where: { id } });
    const visible =
      a &&
      (this.officeWide(actor)
        ? await this.access.canRead(actor, a.officeId)
        : a.officeId === actor.officeId && a.unitId === actor.unitId);
    if (!a || !visible) throw Errors.notFound(TASK);
    return a;
  }

  private async assertOwnUnit(actor: AuthUser, a: RequestAssignment) {
    if (a.officeId !== actor.officeId || a.unitId !== actor.unitId)
      throw Errors.forbidden(
        msg('Hanya unit yang didisposisi yang dapat menjawab', 'Only the assigned unit can answer'),
      );
  }

  async answer(actor: AuthUser, id: number, dto: AnswerTaskDto) {
    const now = this.clock.now();
    await this.audit.inTransaction(actor, async (m) => {
      const a = await this.findVisible(actor, id);
      await this.assertOwnUnit(actor, a);
      if (a.status !== 'open')
        throw Errors.conflict(msg('Tugas ini sudah dijawab', 'This task has already been answered'));
      const res = await m.update(
        RequestAssignment,
        { id, status: 'open' },
        { status: 'answered', answer: dto.answer.trim(), answeredAt: now, answeredById: actor.id },
      );
      if (!res.affected) throw Errors.conflict(msg('Tugas ini sudah dijawab', 'This task has already been answered'));
      // the liaison sub-deadline stops with the answer (its date stays)
      await this.clocks.stop('assignment', id);
      const unit = await m.findOne(Unit, { where: { id: a.unitId } });
      const office = await m.findOneOrFail(Office, { where: { id: a.officeId }, select: { id: true, timeZone: true } });
      const today = localDate(now, office.timeZone);
      await m.save(
        RequestEvent,
        m.create(RequestEvent, {
          requestId: a.requestId,
          officeId: a.officeId,
          type: 'answered',
          fromStatus: null,
          toStatus: null,
          at: now,
          actorId: actor.id,
          actorName: actor.fullName,
          note: dto.answer.trim().slice(0, 2000),
          data: { assignmentId: id, unit: unit?.name ?? null, late: a.dueDate < today },
        }),
      );
      return {
        result: undefined,
        audit: {
          action: 'task.answer',
          entityType: 'assignment',
          entityId: id,
          officeId: a.officeId,
          changes: { requestId: a.requestId, answer: dto.answer.trim().slice(0, 500) },
        },
      };
    });
    return this.get(actor, id);
  }

  async addFile(actor: AuthUser, id: number, file: UploadedFile | undefined) {
    const a = await this.findVisible(actor, id);
    await this.assertOwnUnit(actor, a);
    this.attachments.validate(file);
    const saved = await this.audit.inTransaction(actor, async () => {
      const att = await this.attachments.save(
        actor,
        { type: 'assignment', id: a.id, officeId: a.officeId },
        'answer',
        file!,
      );
      return {
        result: att,
        audit: {
          action: 'task.file_add',
          entityType: 'assignment',
          entityId: a.id,
          officeId: a.officeId,
          changes: { name: att.originalName, size: att.size, sha256: att.sha256 },
        },
      };
    });
    return toAttachmentView(saved);
  }

  private async views(rows: RequestAssignment[]) {
    if (!rows.length) return [];
    const requests = await this.db.repo(InfoRequest).find({
      where: { id: In([...new Set(rows.map((r) => r.requestId))]) },
      select: {
        id: true,
        number: true,
        informationRequested: true,
        purpose: true,
        effectiveDueDate: true,
        status: true,
        receivedDate: true,
      },
    });
    const units = await this.db.repo(Unit).find({ where: { id: In([...new Set(rows.map((r) => r.unitId))]) } });
    const req = new Map(requests.map((r) => [r.id, r]));
    const unit = new Map(units.map((u) => [u.id, u]));
    return rows.map((a) => ({
      ...a,
      unitName: unit.get(a.unitId)?.name ?? null,
      request: req.get(a.requestId) ?? null,
    }));
  }
}
