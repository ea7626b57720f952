import { daysBetween, objectionDue } from './due';

describe('the Atasan PPID deadline badge', () => {
  const today = '2026-04-27';

  it('counts calendar days across months and years', () => {
    expect(daysBetween('2026-04-27', '2026-05-04')).toBe(7);
    expect(daysBetween('2026-12-30', '2027-01-02')).toBe(3);
    expect(daysBetween('2026-03-29', '2026-03-28')).toBe(-1);
  });

  it('is red once the response date has passed', () => {
    expect(objectionDue({ status: 'registered', responseDueDate: '2026-04-24' }, today)).toEqual({
      state: 'overdue',
      days: 3,
    });
  });

  it('is amber on the day and within a week, plain before that', () => {
    expect(objectionDue({ status: 'registered', responseDueDate: today }, today)).toEqual({
      state: 'due_today',
      days: 0,
    });
    expect(objectionDue({ status: 'registered', responseDueDate: '2026-05-04' }, today)).toEqual({
      state: 'due_soon',
      days: 7,
    });
    expect(objectionDue({ status: 'registered', responseDueDate: '2026-05-05' }, today)).toEqual({
      state: 'open',
      days: 8,
    });
  });

  it('stops once the Atasan PPID has answered or the objection was withdrawn', () => {
    for (const status of ['decided', 'disputed', 'concluded', 'closed', 'withdrawn']) {
      expect(objectionDue({ status, responseDueDate: '2026-04-01' }, today)).toBeNull();
    }
    expect(objectionDue(undefined, today)).toBeNull();
  });
});
