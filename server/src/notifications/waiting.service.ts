import { Injectable } from '@nestjs/common';
import { AnnualReportsService } from '../annual-reports/annual-reports.service';
import { AuthUser, hasPermission } from '../common/auth-user';
import { ListQuery } from '../common/list-query';
import { Msg } from '../common/i18n';
import { OutboxService } from '../mail/outbox.service';
import { MonthlyReportsService } from '../monthly-reports/monthly-reports.service';
import { ObjectionsService } from '../objections/objections.service';
import { RequestsService } from '../requests/requests.service';
import { SubmissionsService } from '../requests/submissions.service';
import { TasksService } from '../requests/tasks.service';
import { Bilingual, JsonObject, Nullable, Prop } from '../common/api-views';
import { WAITING_KINDS, WAITING_RESOURCES, WaitingKind } from './waiting';

/** One kind of work waiting for the user (see `WAITING_KINDS`). */
export class WaitingItem {
  @Prop(String) key: string;
  @Prop(Number) count: number;
  /** overdue or due today: the bell shows red */
  @Prop(Boolean) urgent: boolean;
  /** the kind this one is part of (not counted twice in the bell's total) */
  @Nullable(String) partOf: string | null;
  @Prop(Bilingual) label: Msg;
  /** the console list that shows these items: resource and filter */
  @Prop(String, { enum: WAITING_RESOURCES }) resource: WaitingKind['resource'];
  @JsonObject() filter: Record<string, unknown>;
}

export class WaitingAnswer {
  /**
   * the bell's number: the sum of the kinds, a kind that is part of another (due today, within due soon) not counted
   * again; one request may still wait for two people's work (to be assigned, and to be decided)
   */
  @Prop(Number) total: number;
  @Prop(Number) urgent: number;
  @Prop([WaitingItem]) items: WaitingItem[];
}

type Lister = (actor: AuthUser, lq: ListQuery) => Promise<{ total: number }>;

/**
 * The work waiting for the signed-in user, by kind (see `WAITING_KINDS`). Each count is the total of the list the
 * console opens from it, read by the same service with the same filter, so the bell, the home panel and the list agree.
 * Kinds the user has no permission for are left out, and kinds with nothing waiting are listed with 0 only on the
 * home panel's request (`all`).
 */
@Injectable()
export class WaitingService {
  private readonly listers: Record<WaitingKind['resource'], Lister>;

  constructor(
    requests: RequestsService,
    tasks: TasksService,
    submissions: SubmissionsService,
    objections: ObjectionsService,
    monthly: MonthlyReportsService,
    annual: AnnualReportsService,
    outbox: OutboxService,
  ) {
    this.listers = {
      requests: (a, lq) => requests.list(a, lq),
      tasks: (a, lq) => tasks.list(a, lq),
      submissions: (a, lq) => submissions.list(a, lq),
      objections: (a, lq) => objections.list(a, lq),
      'monthly-reports': (a, lq) => monthly.list(a, lq),
      'annual-reports': (a, lq) => annual.list(a, lq),
      outbox: (a, lq) => outbox.list(a, lq),
    };
  }

  async waiting(actor: AuthUser, all = false): Promise<WaitingAnswer> {
    const items: WaitingItem[] = [];
    for (const kind of WAITING_KINDS) {
      if (!hasPermission(actor, kind.permission)) continue;
      if (kind.needsUnit && !actor.unitId) continue;
      // the user's own office's work (tasks are already the user's unit's)
      const filter = kind.resource === 'tasks' ? kind.filter : { ...kind.filter, officeId: actor.officeId };
      const { total } = await this.listers[kind.resource](actor, {
        filter,
        sort: { field: 'id', order: 'ASC' },
        offset: 0,
        limit: 1,
      });
      if (total === 0 && !all) continue;
      items.push({
        key: kind.key,
        count: total,
        urgent: Boolean(kind.urgent),
        partOf: kind.partOf ?? null,
        label: kind.label,
        resource: kind.resource,
        filter,
      });
    }
    return {
      total: sum(items.filter((i) => !i.partOf)),
      urgent: sum(items.filter((i) => i.urgent)),
      items,
    };
  }
}

const sum = (items: WaitingItem[]) => items.reduce((n, i) => n + i.count, 0);
