import {
  objectionFiltersForTab,
  objectionListSearch,
  objectionSortForTab,
  objectionTabOf,
  registerPeriod,
} from './queue';

describe('objection list tabs', () => {
  it('recognises the tab from the filters: overdue first, then the Atasan PPID queue', () => {
    expect(objectionTabOf({})).toBe('all');
    expect(objectionTabOf({ status: 'registered', q: 'KTP' })).toBe('queue');
    expect(objectionTabOf({ status: 'decided' })).toBe('all');
    expect(objectionTabOf({ overdue: true })).toBe('overdue');
    expect(objectionTabOf({ overdue: true, status: 'registered' })).toBe('overdue');
  });

  it('sets status=registered for the queue and overdue for the late ones, keeping the other filters', () => {
    expect(objectionFiltersForTab({ q: 'KTP', from: '2026-01-01' }, 'queue')).toEqual({
      q: 'KTP',
      from: '2026-01-01',
      status: 'registered',
    });
    expect(objectionFiltersForTab({ q: 'KTP', status: 'registered' }, 'overdue')).toEqual({ q: 'KTP', overdue: true });
    expect(objectionFiltersForTab({ q: 'KTP', overdue: true }, 'queue')).toEqual({ q: 'KTP', status: 'registered' });
    expect(objectionFiltersForTab({ q: 'KTP', status: 'registered' }, 'all')).toEqual({ q: 'KTP' });
    expect(objectionFiltersForTab({ status: 'decided', overdue: true }, 'all')).toEqual({ status: 'decided' });
  });

  it('sorts the queues by the response deadline, the whole list newest first', () => {
    expect(objectionSortForTab('queue')).toEqual({ field: 'responseDueDate', order: 'ASC' });
    expect(objectionSortForTab('overdue')).toEqual({ field: 'responseDueDate', order: 'ASC' });
    expect(objectionSortForTab('all')).toEqual({ field: 'filedAt', order: 'DESC' });
  });

  it('links to a tab with its filter and order', () => {
    expect(decodeURIComponent(objectionListSearch('queue'))).toBe(
      '?filter={"status":"registered"}&sort=responseDueDate&order=ASC',
    );
    expect(decodeURIComponent(objectionListSearch('overdue'))).toBe(
      '?filter={"overdue":true}&sort=responseDueDate&order=ASC',
    );
  });
});

describe('register period', () => {
  it('takes the filed-date filter of the list when both ends are set', () => {
    expect(registerPeriod({ from: '2026-02-01', to: '2026-02-28' }, '2026-05-04')).toEqual({
      from: '2026-02-01',
      to: '2026-02-28',
    });
  });

  it('defaults to the year so far', () => {
    expect(registerPeriod({}, '2026-05-04')).toEqual({ from: '2026-01-01', to: '2026-05-04' });
    expect(registerPeriod({ from: 'not a date' }, '2026-05-04')).toEqual({ from: '2026-01-01', to: '2026-05-04' });
  });

  it('completes a half-open period', () => {
    expect(registerPeriod({ from: '2026-03-01' }, '2026-05-04')).toEqual({ from: '2026-03-01', to: '2026-05-04' });
    expect(registerPeriod({ from: '2026-06-01' }, '2026-05-04')).toEqual({ from: '2026-06-01', to: '2026-06-01' });
    expect(registerPeriod({ to: '2025-10-31' }, '2026-05-04')).toEqual({ from: '2025-01-01', to: '2025-10-31' });
  });
});
