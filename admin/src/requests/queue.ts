export type QueueTab = 'all' | 'open' | 'overdue' | 'dueSoon';

/** Which quick tab a set of list filters corresponds to (the most specific flag wins). */
export function queueTabOf(filter: Record<string, unknown>): QueueTab {
  if (filter.overdue === true) return 'overdue';
  if (filter.dueSoon === true) return 'dueSoon';
  if (filter.open === true) return 'open';
  return 'all';
}

/** The filters after choosing a quick tab: the queue flags are replaced, the other filters kept. */
export function filtersForTab(filter: Record<string, unknown>, tab: QueueTab): Record<string, unknown> {
  const { open: _open, overdue: _overdue, dueSoon: _dueSoon, ...rest } = filter;
  return tab === 'all' ? rest : { ...rest, [tab]: true };
}

/** The list URL of a queue (used by the dashboard's counters). */
export function queueListSearch(tab: QueueTab): string {
  const filter = filtersForTab({}, tab);
  return `?filter=${encodeURIComponent(JSON.stringify(filter))}`;
}
