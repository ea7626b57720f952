export type ObjectionTab = 'all' | 'queue' | 'overdue';
export type Sort = { field: string; order: 'ASC' | 'DESC' };

/** The list's default order: the newest objection first. */
export const DEFAULT_SORT: Sort = { field: 'filedAt', order: 'DESC' };
/** The Atasan PPID's queue: what waits for an answer, the earliest deadline first. */
export const QUEUE_SORT: Sort = { field: 'responseDueDate', order: 'ASC' };

/** Which tab a set of list filters corresponds to (overdue wins over the queue). */
export function objectionTabOf(filter: Record<string, unknown>): ObjectionTab {
  if (filter.overdue === true) return 'overdue';
  if (filter.status === 'registered') return 'queue';
  return 'all';
}

/**
 * The filters after choosing a tab: "Antrean Atasan PPID" is status=registered, "Lewat batas" is overdue (the
 * server counts only registered objections past their response date); the other filters are kept.
 */
export function objectionFiltersForTab(filter: Record<string, unknown>, tab: ObjectionTab): Record<string, unknown> {
  const { overdue: _overdue, ...rest } = filter;
  if (tab === 'queue') return { ...rest, status: 'registered' };
  if (tab === 'overdue') {
    const { status: _status, ...others } = rest;
    return { ...others, overdue: true };
  }
  if (rest.status === 'registered') {
    const { status: _status, ...others } = rest;
    return others;
  }
  return rest;
}

/** The queue tabs sort by the response deadline; "all" goes back to the newest first. */
export function objectionSortForTab(tab: ObjectionTab): Sort {
  return tab === 'all' ? DEFAULT_SORT : QUEUE_SORT;
}

/** The list URL of a tab (the dashboard's counters link there). */
export function objectionListSearch(tab: ObjectionTab): string {
  const sort = objectionSortForTab(tab);
  const filter = objectionFiltersForTab({}, tab);
  return `?filter=${encodeURIComponent(JSON.stringify(filter))}&sort=${sort.field}&order=${sort.order}`;
}

/**
 * The period of the register download (GET /registers/objections.pdf|xlsx?from=&to=, both required): the list's
 * filed-date filter when set, else from 1 January of the year to today (the office's today).
 */
export function registerPeriod(filter: Record<string, unknown>, today: string): { from: string; to: string } {
  const date = (v: unknown) => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : undefined);
  const from = date(filter.from);
  const to = date(filter.to);
  if (from && to) return { from, to };
  if (to) return { from: `${to.slice(0, 4)}-01-01`, to };
  if (from) return { from, to: today >= from ? today : from };
  return { from: `${today.slice(0, 4)}-01-01`, to: today };
}
