/** The four buckets of GET /api/requests/queue, in board order, and the request-list filter each opens. */
export type BoardBucket = 'unassigned' | 'dueSoon' | 'overdue' | 'waitingLiaison';

export const BOARD_BUCKETS: readonly BoardBucket[] = ['unassigned', 'dueSoon', 'overdue', 'waitingLiaison'];

/** Rows shown per bucket; "lihat semua" opens the rest in the request list. */
export const BOARD_ROWS = 10;

/** Due soon is the office's rule (deadline.dueSoonDays): the board's bucket opens the list's own due-soon tab. */
export function bucketFilter(bucket: BoardBucket): Record<string, unknown> {
  switch (bucket) {
    case 'unassigned':
      return { unassigned: true };
    case 'dueSoon':
      return { dueSoon: true };
    case 'overdue':
      return { overdue: true };
    case 'waitingLiaison':
      return { waitingLiaison: true };
  }
}

/** The request list's search string for a bucket (react-admin reads `filter` as JSON). */
export function bucketListSearch(bucket: BoardBucket): string {
  return `?filter=${encodeURIComponent(JSON.stringify(bucketFilter(bucket)))}`;
}
