import { permissionsForRoles } from '../permissions';
import { lastEndedMonth, monthName, offeredMonthlyActions, percent } from './actions';

describe('monthly report actions in the console', () => {
  const ppid = permissionsForRoles(['ppid']);
  const atasan = permissionsForRoles(['atasan']);
  it('offers signing to the PPID and countersigning to the Atasan PPID, only when the status allows it', () => {
    expect(offeredMonthlyActions(ppid, ['sign'])).toEqual(['sign']);
    expect(offeredMonthlyActions(atasan, ['sign'])).toEqual([]);
    expect(offeredMonthlyActions(atasan, ['countersign'])).toEqual(['countersign']);
    expect(offeredMonthlyActions(ppid, ['countersign'])).toEqual([]);
    expect(offeredMonthlyActions(ppid, [])).toEqual([]);
    expect(offeredMonthlyActions(undefined, ['sign'])).toEqual([]);
  });

  it('defaults to the last month that has ended, across the new year', () => {
    expect(lastEndedMonth('2026-11-23')).toBe('2026-10');
    expect(lastEndedMonth('2027-01-05')).toBe('2026-12');
  });

  it('prints rates as percentages in the user language', () => {
    expect(percent(0.6667, 'id')).toBe('66,7%');
    expect(percent(0.6667, 'en')).toBe('66.7%');
    expect(percent(null, 'id')).toBe('—');
  });

  it('names the report month as a clerk reads it', () => {
    expect(monthName('2026-10', 'id')).toBe('Oktober 2026');
    expect(monthName('2026-10', 'en')).toBe('October 2026');
  });
});
