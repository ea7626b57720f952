import { bucketFilter, bucketListSearch } from './board';

describe('queue board links', () => {
  it('opens each bucket in the request list with the matching filter', () => {
    expect(bucketFilter('unassigned')).toEqual({ unassigned: true });
    expect(bucketFilter('dueSoon')).toEqual({ dueWithin: 3 });
    expect(bucketFilter('dueSoon', 5)).toEqual({ dueWithin: 5 });
    expect(bucketFilter('overdue')).toEqual({ overdue: true });
    expect(bucketFilter('waitingLiaison')).toEqual({ waitingLiaison: true });
    expect(decodeURIComponent(bucketListSearch('dueSoon'))).toBe('?filter={"dueWithin":3}');
  });
});
