import { bucketFilter, bucketListSearch } from './board';

describe('queue board links', () => {
  it('opens each bucket in the request list with the matching filter', () => {
    expect(bucketFilter('unassigned')).toEqual({ unassigned: true });
    // the office's due-soon rule, as the request list's tab: no number of its own
    expect(bucketFilter('dueSoon')).toEqual({ dueSoon: true });
    expect(bucketFilter('overdue')).toEqual({ overdue: true });
    expect(bucketFilter('waitingLiaison')).toEqual({ waitingLiaison: true });
    expect(decodeURIComponent(bucketListSearch('dueSoon'))).toBe('?filter={"dueSoon":true}');
  });
});
