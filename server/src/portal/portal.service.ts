import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { AttachmentsService, toAttachmentView, UploadedFile } from '../attachments/attachments.service';
import { AuditService } from '../audit/audit.service';
import { DeadlineService } from '../calendar/deadline.service';
import { addWorkingDays, nextDay } from '../calendar/working-days';
import { RuleSetsService } from '../clocks/rule-sets.service';
import { portalActor } from '../common/auth-user';
import { Clock } from '../common/clock';
import { Db } from '../common/db';
import { AppError, Errors } from '../common/errors';
import { Lang, msg } from '../common/i18n';
import { FileStore } from '../common/file-store';
import { DocumentRecord } from '../documents/document.entity';
import { Objection } from '../objections/objection.entity';
import { OBJECTION_STATUS_LABELS } from '../objections/objection-lifecycle';
import { ObjectionsService } from '../objections/objections.service';
import { Office } from '../offices/office.entity';
import { RequesterVersion } from '../requesters/requester.entity';
import { DECISION_LABELS, isOpen, STATUS_LABELS } from '../requests/request-lifecycle';
import { InfoRequest, RequestEvent } from '../requests/request.entity';
import {
  PortalDocument,
  PortalObjection,
  PortalObjectionFiled,
  PortalRequestDetail,
  PortalRequestSummary,
} from './portal.view';

const REQUEST = msg('Permohonan', 'Request');

/**
 * What a requester sees and does in the portal, for the requests registered with their e-mail address (the identity
 * as registered): status and deadlines, the documents issued to them, uploading what an incomplete request lacks, and
 * filing an objection online (the grounds of UU KIP Pasal 35, within the filing window of the request's rule set).
 */
@Injectable()
export class PortalService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly deadlines: DeadlineService,
    private readonly rules: RuleSetsService,
    private readonly attachments: AttachmentsService,
    private readonly files: FileStore,
    private readonly audit: AuditService,
    private readonly objections: ObjectionsService,
  ) {}

  /** The requests registered with this address, newest first. */
  async requests(email: string, lang: Lang): Promise<PortalRequestSummary[]> {
    const rows = await this.mine(email);
    return Promise.all(rows.map((r) => this.summary(r, lang)));
  }

  async request(email: string, id: number, lang: Lang): Promise<PortalRequestDetail> {
    const r = await this.find(email, id);
    const [summary, documents, objections, events] = await Promise.all([
      this.summary(r, lang),
      this.documentsOf(r),
      this.db.repo(Objection).find({ where: { requestId: r.id }, order: { id: 'ASC' } }),
      this.db.repo(RequestEvent).find({ where: { requestId: r.id }, order: { at: 'ASC', id: 'ASC' } }),
    ]);
    return {
      ...summary,
      informationRequested: r.informationRequested,
      purpose: r.purpose,
      incompleteNote: r.status === 'incomplete' ? r.incompleteNote : null,
      documents,
      objections: objections.map((o) => this.objectionView(o, lang)),
      // the public part of the timeline: what happened, when — no staff names, no internal notes
      timeline: events
        .filter((e): e is RequestEvent & { toStatus: string } => !!e.toStatus && e.toStatus !== e.fromStatus)
        .map((e) => ({
          at: e.at,
          status: e.toStatus,
          label: STATUS_LABELS[e.toStatus as keyof typeof STATUS_LABELS]?.[lang],
        })),
    };
  }

  /** The objections to the requests registered with this address, newest first. */
  async objectionList(email: string, lang: Lang) {
    const mine = await this.mine(email);
    if (!mine.length) return [];
    const numbers = new Map(mine.map((r) => [r.id, r.number]));
    const rows = await this.db
      .repo(Objection)
      .find({ where: { requestId: In([...numbers.keys()]) }, order: { id: 'DESC' } });
    return rows.map((o) => ({ ...this.objectionView(o, lang), requestNumber: numbers.get(o.requestId!) ?? null }));
  }

  /** An issued document of one of this requester's requests (the stored bytes, never a new issue). */
  async document(email: string, requestId: number, documentId: number): Promise<{ pdf: Buffer; filename: string }> {
    const r = await this.find(email, requestId);
    const doc = (await this.documentRows(r)).find((d) => d.id === documentId);
    if (!doc?.storageKey) throw Errors.notFound(msg('Dokumen', 'Document'));
    return {
      pdf: await this.files.get(doc.storageKey),
      filename: `${doc.number.replace(/[^A-Za-z0-9.-]+/g, '-')}.pdf`,
    };
  }

  /** What an incomplete request lacks, sent by the requester; the desk sees it on the request and marks it complete. */
  async upload(email: string, requestId: number, file: UploadedFile | undefined, ip: string | null) {
    this.attachments.validate(file);
    const saved = await this.audit.inTransaction(null, async () => {
      const r = await this.find(email, requestId);
      if (r.status !== 'incomplete')
        throw Errors.conflict(
          msg(
            'Unggahan kelengkapan hanya untuk permohonan yang berstatus belum lengkap',
            'Only an incomplete request takes documents to complete it',
          ),
        );
      const a = await this.attachments.save(
        null,
        { type: 'request', id: r.id, officeId: r.officeId },
        'completion',
        file!,
      );
      await this.db.repo(RequestEvent).insert(
        this.db.repo(RequestEvent).create({
          requestId: r.id,
          officeId: r.officeId,
          type: 'requester_uploaded',
          fromStatus: r.status,
          toStatus: r.status,
          at: this.clock.now(),
          actorId: null,
          actorName: 'Pemohon (portal)',
          note: `Pemohon mengunggah kelengkapan: ${a.originalName}`,
          data: { attachmentId: a.id, size: a.size, sha256: a.sha256, ip },
        }) as never,
      );
      return {
        result: a,
        audit: {
          action: 'request.requester_upload',
          entityType: 'request',
          entityId: r.id,
          officeId: r.officeId,
          changes: { name: a.originalName, size: a.size, sha256: a.sha256, via: 'portal' },
        },
      };
    });
    return toAttachmentView(saved);
  }

  /** An objection filed online against one of this requester's requests; the window is the request's rule set's. */
  async object(
    email: string,
    requestId: number,
    dto: { grounds: string[]; reasons: string },
    ip: string | null,
  ): Promise<PortalObjectionFiled> {
    const r = await this.find(email, requestId);
    const office = await this.db.repo(Office).findOneByOrFail({ id: r.officeId });
    const identity = await this.identity(r);
    try {
      const o = await this.objections.create(portalActor(office, email, identity?.name ?? email, ip), {
        requestId: r.id,
        grounds: dto.grounds,
        reasons: dto.reasons,
      });
      return {
        id: o.id,
        number: o.number,
        status: o.status,
        filedDate: o.filedDate,
        responseDueDate: o.responseDueDate,
      };
    } catch (e) {
      // online, a late objection is not accepted: only the desk can accept one, recording why
      const fields =
        e instanceof AppError ? (e.getResponse() as { fields?: Record<string, unknown> }).fields : undefined;
      if (fields && 'lateAcceptedReason' in fields)
        throw Errors.conflict(
          msg(
            'Batas waktu pengajuan keberatan sudah lewat. Hubungi meja layanan informasi bila ada alasan yang dapat diterima.',
            'The time to file an objection has passed. Contact the information desk if there is a reason it can accept.',
          ),
        );
      throw e;
    }
  }

  // ── helpers ──────────────────────────────────────────────────────────────────

  private async mine(email: string): Promise<InfoRequest[]> {
    return this.db
      .repo(InfoRequest)
      .createQueryBuilder('r')
      .innerJoin(RequesterVersion, 'v', 'v.requesterId = r.requesterId AND v.version = r.requesterVersion')
      .where('LOWER(v.email) = :email', { email })
      .orderBy('r.receivedAt', 'DESC')
      .addOrderBy('r.id', 'DESC')
      .limit(200)
      .getMany();
  }

  private async find(email: string, id: number): Promise<InfoRequest> {
    const r = (await this.mine(email)).find((x) => x.id === id);
    if (!r) throw Errors.notFound(REQUEST);
    return r;
  }

  private objectionView(o: Objection, lang: Lang): PortalObjection {
    return {
      id: o.id,
      number: o.number,
      requestId: o.requestId,
      status: o.status,
      statusLabel: OBJECTION_STATUS_LABELS[o.status][lang],
      filedDate: o.filedDate,
      responseDueDate: o.responseDueDate,
      decision: o.decision,
      grounds: o.grounds,
    };
  }

  private async identity(r: InfoRequest): Promise<RequesterVersion | null> {
    return this.db
      .repo(RequesterVersion)
      .findOne({ where: { requesterId: r.requesterId, version: r.requesterVersion } });
  }

  private async summary(r: InfoRequest, lang: Lang): Promise<PortalRequestSummary> {
    const office = await this.db
      .repo(Office)
      .findOneOrFail({ where: { id: r.officeId }, select: { id: true, name: true, timeZone: true } });
    const today = this.deadlines.today(office.timeZone);
    // the ground of an objection arises with the decision, or — unanswered — the day after the missed deadline
    const groundDate =
      r.decisionDate ??
      (isOpen(r.status) && r.status !== 'incomplete' && today > r.effectiveDueDate
        ? nextDay(r.effectiveDueDate)
        : null);
    const window = groundDate ? await this.objectionWindow(r, groundDate) : null;
    const objectionUntil = window?.until ?? null;
    return {
      id: r.id,
      number: r.number,
      office: office.name,
      receivedDate: r.receivedDate,
      regime: r.regime,
      status: r.status,
      statusLabel: STATUS_LABELS[r.status][lang],
      open: isOpen(r.status),
      effectiveDueDate: r.effectiveDueDate,
      extendedDueDate: r.extendedDueDate,
      incompleteDueDate: r.incompleteDueDate,
      decision: r.decision,
      decisionLabel: r.decision ? DECISION_LABELS[r.decision][lang] : null,
      decisionDate: r.decisionDate,
      canUpload: r.status === 'incomplete',
      canObject: objectionUntil !== null && today <= objectionUntil,
      objectionUntil,
      objectionFilingDays: window?.days ?? null,
      timeZone: office.timeZone,
    };
  }

  /** The last day an objection may be filed online: the request's filing window from the day its ground arose. */
  private async objectionWindow(r: InfoRequest, from: string): Promise<{ until: string; days: number }> {
    const rs = await this.rules.byId(r.ruleSetId);
    const days = rs.ruleValues.objectionFilingDays;
    const hs = await this.deadlines.holidays(r.officeId, from, nextDay(from, days * 3 + 60));
    return { until: addWorkingDays(from, days, new Set(hs.map((h) => h.date))), days };
  }

  private async documentRows(r: InfoRequest): Promise<DocumentRecord[]> {
    const objectionIds = (await this.db.repo(Objection).find({ where: { requestId: r.id }, select: { id: true } })).map(
      (o) => o.id,
    );
    const qb = this.db
      .repo(DocumentRecord)
      .createQueryBuilder('d')
      .where('d.officeId = :officeId AND d.storageKey IS NOT NULL', { officeId: r.officeId })
      // the documents of the request (`request:<id>:<kind>:…`) and of its objections (`objection:<id>:…`)
      .andWhere(
        `(${['d.subjectKey LIKE :req', ...objectionIds.map((_, i) => `d.subjectKey LIKE :obj${i}`)].join(' OR ')})`,
        {
          req: `request:${r.id}:%`,
          ...Object.fromEntries(objectionIds.map((id, i) => [`obj${i}`, `objection:${id}:%`])),
        },
      )
      .orderBy('d.id', 'ASC');
    return qb.getMany();
  }

  private async documentsOf(r: InfoRequest): Promise<PortalDocument[]> {
    const docs = await this.documentRows(r);
    return docs.map((d) => ({
      id: d.id,
      type: d.type,
      title: d.title,
      number: d.number,
      issuedAt: d.createdAt,
      verificationCode: d.verificationCode,
    }));
  }
}
