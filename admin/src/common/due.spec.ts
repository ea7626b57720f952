import { dayAfter, formatDayLong, overdueSince } from './dates';
import { dueView } from './due';

describe('late since a day, not "0 working days late"', () => {
  it('takes the calendar day after the due date, across months and years', () => {
    expect(dayAfter('2026-12-03')).toBe('2026-12-04');
    expect(dayAfter('2026-11-30')).toBe('2026-12-01');
    expect(dayAfter('2026-12-31')).toBe('2027-01-01');
    expect(dayAfter('2028-02-28')).toBe('2028-02-29');
  });

  it('names the day with its weekday in Indonesian and English, the year only when it is not this year', () => {
    expect(formatDayLong('2026-12-04', 'id', '2026-12-06')).toBe('Jumat, 4 Desember');
    expect(formatDayLong('2026-12-04', 'en', '2026-12-06')).toBe('Friday 4 December');
    expect(formatDayLong('2026-12-31', 'id', '2027-01-04')).toBe('Kamis, 31 Desember 2026');
  });

  it('is late on the weekend after a Friday deadline, since Saturday', () => {
    // due Friday 4 Dec 2026; Saturday 5 and Sunday 6 are not working days, but the matter is late
    expect(overdueSince('2026-12-04', '2026-12-05', 'id')).toBe('Sabtu, 5 Desember');
    expect(overdueSince('2026-12-04', '2026-12-06', 'id')).toBe('Sabtu, 5 Desember');
    expect(dueView({ overdue: true, dueSoon: false, workingDaysLeft: 0 }, '2026-12-04', '2026-12-06')).toEqual({
      state: 'overdue',
      since: '2026-12-05',
    });
  });

  it('is late since the holiday that follows the due date', () => {
    // due Wednesday 24 Dec 2025, Christmas on Thursday 25 is a holiday: late since Thursday
    expect(overdueSince('2025-12-24', '2025-12-26', 'id')).toBe('Kamis, 25 Desember');
    expect(dueView({ overdue: true, dueSoon: false, workingDaysLeft: -1 }, '2025-12-24', '2025-12-26')).toEqual({
      state: 'overdue',
      since: '2025-12-25',
    });
  });

  it('is not late on the due date, nor before', () => {
    expect(overdueSince('2026-12-04', '2026-12-04', 'id')).toBeNull();
    expect(overdueSince('2026-12-04', '2026-12-01', 'id')).toBeNull();
    expect(overdueSince(null, '2026-12-01', 'id')).toBeNull();
    expect(dueView({ overdue: false, dueSoon: true, workingDaysLeft: 0 }, '2026-12-04', '2026-12-04')).toEqual({
      state: 'due_today',
    });
  });

  it("counts the working days left as the server does, due soon by the office's rule", () => {
    // Saturday 5 Dec, due Monday 7 Dec: one working day left, not two calendar days
    expect(dueView({ overdue: false, dueSoon: true, workingDaysLeft: 1 }, '2026-12-07', '2026-12-05')).toEqual({
      state: 'due_soon',
      workingDaysLeft: 1,
    });
    expect(dueView({ overdue: false, dueSoon: false, workingDaysLeft: 5 }, '2026-12-11', '2026-12-04')).toEqual({
      state: 'open',
      workingDaysLeft: 5,
    });
  });

  it('says nothing about a closed matter', () => {
    expect(dueView({ overdue: false, dueSoon: false, workingDaysLeft: null }, '2026-12-04', '2026-12-06')).toBeNull();
    expect(dueView(null, '2026-12-04', '2026-12-06')).toBeNull();
  });
});
