import { filtersForTab, queueListSearch, queueTabOf } from './queue';

describe('request queue tabs', () => {
  it('recognises the tab from the filters, the most specific flag first', () => {
    expect(queueTabOf({})).toBe('all');
    expect(queueTabOf({ open: true, q: 'DPT' })).toBe('open');
    expect(queueTabOf({ open: true, overdue: true })).toBe('overdue');
    expect(queueTabOf({ dueSoon: true })).toBe('dueSoon');
    expect(queueTabOf({ open: false })).toBe('all');
  });

  it('replaces the queue flags and keeps the other filters', () => {
    expect(filtersForTab({ q: 'DPT', open: true, status: ['registered'] }, 'overdue')).toEqual({
      q: 'DPT',
      status: ['registered'],
      overdue: true,
    });
    expect(filtersForTab({ q: 'DPT', overdue: true }, 'all')).toEqual({ q: 'DPT' });
  });
});

describe('queue links', () => {
  it('opens the list filtered on one queue', () => {
    expect(decodeURIComponent(queueListSearch('overdue'))).toBe('?filter={"overdue":true}');
    expect(decodeURIComponent(queueListSearch('all'))).toBe('?filter={}');
  });
});
