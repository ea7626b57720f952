import { IllegalTransition } from '../common/lifecycle';
import { canSettle, OBJECTION_LIFECYCLE as L, ObjectionGuardContext, ObjectionStatus } from './objection-lifecycle';

const ctx = (status: ObjectionStatus, today = '2026-04-20', responseDueDate = '2026-04-14'): ObjectionGuardContext => ({
  today,
  objection: { status, responseDueDate },
});

describe('objection lifecycle', () => {
  it('goes registered → decided → disputed → concluded → closed', () => {
    expect(L.next('registered', 'decide')).toBe('decided');
    expect(L.next('decided', 'dispute', ctx('decided', '2026-04-01'))).toBe('disputed');
    expect(L.next('disputed', 'conclude')).toBe('concluded');
    expect(L.next('concluded', 'close')).toBe('closed');
  });
  it('allows a dispute of an unanswered objection only after the answer deadline (UU KIP Pasal 37 ayat 2)', () => {
    expect(L.next('registered', 'dispute', ctx('registered'))).toBe('disputed');
    expect(L.refusal('registered', 'dispute', ctx('registered', '2026-04-14'))?.en).toMatch(/may still answer until/);
  });
  it('refuses deciding twice, with a reason in both languages', () => {
    expect(() => L.next('decided', 'decide')).toThrow(IllegalTransition);
    expect(L.refusal('closed', 'decide')?.id).toBe('Keberatan berstatus "Selesai" tidak dapat diputuskan');
  });
  it('has final statuses closed and withdrawn, and every action names a permission', () => {
    expect(L.allowed('closed')).toEqual([]);
    expect(L.allowed('withdrawn')).toEqual([]);
    for (const row of L.rows()) expect(row.permission).toMatch(/^objection\./);
  });
  it('allows settlement by agreement only without ground (a)', () => {
    expect(canSettle(['c', 'g'])).toBe(true);
    expect(canSettle(['a', 'c'])).toBe(false);
    expect(canSettle([])).toBe(false);
  });
});
