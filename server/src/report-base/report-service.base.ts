import { Injectable } from '@nestjs/common';
import { formatDateId, formatDateTimeId, type Signer } from '@lentera/reports';
import type { RuleKey } from '@lentera/reports/legal';
import { EntityTarget, In, ObjectLiteral } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { DeadlineService } from '../calendar/deadline.service';
import { RuleSetsService } from '../clocks/rule-sets.service';
import { Access } from '../common/access';
import { AuthUser } from '../common/auth-user';
import { Clock } from '../common/clock';
import { Db } from '../common/db';
import { Errors } from '../common/errors';
import { listFilters, listPage, ListQuery, ListSpec } from '../common/list-query';
import { FileStore } from '../common/file-store';
import { msg } from '../common/i18n';
import { DocumentRecord, DocumentSigner } from '../documents/document.entity';
import { DocumentsService } from '../documents/documents.service';
import { PdfService } from '../documents/pdf.service';
import { MetricsService } from '../metrics/metrics.service';
import { Office } from '../offices/office.entity';
import { SettingsService } from '../settings/settings.service';
import { User } from '../users/user.entity';

/** A signature block of someone who signed with their own account, and when. */
export type SignedBlock = Signer & { signedAt: Date };

/** A report row the lifecycle moves: its office, status and optimistic version. */
export interface Versioned extends ObjectLiteral {
  id: number;
  officeId: number;
  status: string;
  version: number;
}

/** One lifecycle step of a report: the row as read, the action, the status it moves to and what else changes. */
export interface ReportStep<E extends Versioned> {
  entity: EntityTarget<E>;
  /** the audit's entity type and action prefix, e.g. monthly_report */
  kind: string;
  r: E;
  action: string;
  to: string;
  patch: Partial<E>;
  /** more audited changes beside the status */
  changes?: Record<string, unknown>;
  /** more rows written in the same transaction */
  extra?: () => Promise<void>;
}

/** thrown inside the step's transaction to roll it back when the row moved on */
const STALE = new Error('stale version');

const CHANGED = msg(
  'Laporan ini baru saja diubah orang lain; muat ulang lalu coba lagi',
  'This report was just changed by someone else; reload and retry',
);

/**
 * What the monthly and the annual report services share, written once: the office and its today, the rule set's
 * due-date values, the metrics scope, the signature blocks (only people who signed, each with when, and the
 * "belum ditandatangani" blocks of a draft), the register's signers, the stored bytes of an issued document, and the
 * guarded lifecycle step (one transaction: the update guarded by `version`, any extra rows, the audit row).
 */
@Injectable()
export abstract class ReportServiceBase {
  constructor(
    protected readonly db: Db,
    protected readonly access: Access,
    protected readonly metrics: MetricsService,
    protected readonly documents: DocumentsService,
    protected readonly pdf: PdfService,
    protected readonly audit: AuditService,
    protected readonly clock: Clock,
    protected readonly files: FileStore,
    protected readonly settings: SettingsService,
    protected readonly deadlines: DeadlineService,
    protected readonly ruleSets: RuleSetsService,
  ) {}

  /** One page of the reports the actor may see, filtered by office, year and status (the list's `r` alias). */
  protected async listPage<E extends Versioned>(
    actor: AuthUser,
    entity: EntityTarget<E>,
    lq: ListQuery,
    spec: ListSpec,
  ): Promise<{ total: number; rows: E[] }> {
    const qb = Access.scope(this.db.repo(entity).createQueryBuilder('r'), 'r.officeId', actor);
    const f = listFilters(lq);
    const officeId = f.int('officeId');
    if (officeId !== undefined) qb.andWhere('r.officeId = :officeId', { officeId });
    const year = f.year('year');
    if (year !== undefined) qb.andWhere('r.year = :year', { year });
    const status = f.string('status');
    if (status) qb.andWhere('r.status = :status', { status });
    const { items: rows, total } = await listPage(qb, lq, spec, 'r.id');
    return { total, rows };
  }

  protected office(id: number): Promise<Office> {
    return this.db.repo(Office).findOneByOrFail({ id });
  }

  protected today(office: Pick<Office, 'timeZone'>): string {
    return this.deadlines.today(office.timeZone);
  }

  /** A value of the general rule set in force for the office on `date` (a due date's rule, e.g. monthlyReportDueDays);
   * `field` names the input the date came from, for the 400 when no rule set was in force yet. */
  protected async rule(officeId: number, key: RuleKey, date: string, field?: string): Promise<number> {
    return (await this.ruleSets.resolve(officeId, 'general', date, field)).ruleValues[key];
  }

  /** The metrics scope of one office's own service (a report counts its own office, as the register does). */
  protected scopeOf(office: Office) {
    return {
      office: { id: office.id, code: office.code, name: office.name, level: office.level, parentId: office.parentId },
      offices: [],
      ids: [office.id],
    };
  }

  protected async onTimeTarget(officeId: number): Promise<number> {
    const rules = (await this.settings.rulesFor(officeId)) as Record<string, number | string>;
    return Number(rules['kpi.onTimeTargetPercent'] ?? 95);
  }

  protected person(id: number | null | undefined): Promise<User | null> {
    return id ? this.db.repo(User).findOneBy({ id }) : Promise.resolve(null);
  }

  /** "Ditandatangani secara elektronik / 4 Februari 2026 pukul 09.45 WIB": what stands in the space of one who signed. */
  protected signedMark(at: Date | string, office: Pick<Office, 'timeZone'>, how = 'Ditandatangani secara elektronik') {
    return `${how}\n${formatDateTimeId(at, office.timeZone)}`;
  }

  /** The block of someone who signed with their own account (the date line, with the office's city when `place`). */
  protected signedBlock(
    office: Office,
    user: Pick<User, 'fullName' | 'nip' | 'position'>,
    role: string,
    at: Date,
    place: boolean,
  ): SignedBlock {
    return {
      role,
      name: user.fullName,
      nip: user.nip,
      position: user.position,
      place: place ? (office.city ?? undefined) : undefined,
      date: formatDateId(at, office.timeZone),
      mark: this.signedMark(at, office),
      signedAt: at,
    };
  }

  /** The block of a signature still to be given (drafts only): nobody is shown as having signed. */
  protected pendingBlock(role: string, name = '……………………………', extra: Partial<Signer> = {}): Signer {
    return { role, name, ...extra, mark: 'Belum ditandatangani', pending: true };
  }

  /** The register's signers: exactly the people who signed, with when. */
  protected registerSigners(blocks: SignedBlock[]): DocumentSigner[] {
    return blocks.map((s) => ({
      role: s.role,
      name: s.name,
      position: s.position ?? null,
      signedAt: s.signedAt.toISOString(),
      method: 'electronic',
    }));
  }

  protected async stored(documentId: number): Promise<Buffer> {
    const doc = await this.db.repo(DocumentRecord).findOneByOrFail({ id: documentId });
    return this.files.get(doc.storageKey!);
  }

  protected async documentInfo(ids: Array<number | null | undefined>) {
    const wanted = [...new Set(ids.filter((x): x is number => !!x))];
    const docs = wanted.length ? await this.db.repo(DocumentRecord).findBy({ id: In(wanted) }) : [];
    return new Map(
      docs.map((d) => [
        d.id,
        { id: d.id, number: d.number, title: d.title, verificationCode: d.verificationCode, sha256: d.sha256 },
      ]),
    );
  }

  /**
   * One lifecycle step in one transaction: the update guarded by `version` (409 when someone changed the report
   * meanwhile), any extra rows, and the audit row `<kind>.<action>`.
   */
  protected async step<E extends Versioned>(actor: AuthUser, step: ReportStep<E>): Promise<void> {
    if (!(await this.stepIfCurrent(actor, step))) throw Errors.conflict(CHANGED);
  }

  /** The same step; false (and nothing written) when the row is no longer at `r.version`. */
  protected async stepIfCurrent<E extends Versioned>(
    actor: AuthUser,
    { entity, kind, r, action, to, patch, changes = {}, extra }: ReportStep<E>,
  ): Promise<boolean> {
    try {
      await this.audit.inTransaction(actor, async (tx) => {
        const res = await tx.update(entity as EntityTarget<Versioned>, { id: r.id, version: r.version }, {
          ...patch,
          status: to,
          version: r.version + 1,
          updatedAt: this.clock.now(),
        } as never);
        if (!res.affected) throw STALE;
        if (extra) await extra();
        return {
          result: undefined,
          audit: {
            action: `${kind}.${action}`,
            entityType: kind,
            entityId: r.id,
            officeId: r.officeId,
            changes: { status: { from: r.status, to }, ...changes },
          },
        };
      });
      return true;
    } catch (e) {
      if (e === STALE) return false;
      throw e;
    }
  }
}
