import {
  allowedObjectionActions,
  canSettle,
  IllegalObjectionTransition,
  nextObjectionStatus,
} from './objection-lifecycle';

describe('objection lifecycle', () => {
  it('goes registered → decided → disputed → concluded → closed', () => {
    expect(nextObjectionStatus('registered', 'decide')).toBe('decided');
    expect(nextObjectionStatus('decided', 'dispute')).toBe('disputed');
    expect(nextObjectionStatus('disputed', 'conclude')).toBe('concluded');
    expect(nextObjectionStatus('concluded', 'close')).toBe('closed');
  });
  it('allows a dispute when the Atasan PPID did not answer in time (still registered)', () => {
    expect(nextObjectionStatus('registered', 'dispute')).toBe('disputed');
  });
  it('refuses deciding twice, with a reason in both languages', () => {
    expect(() => nextObjectionStatus('decided', 'decide')).toThrow(IllegalObjectionTransition);
    try {
      nextObjectionStatus('closed', 'decide');
    } catch (e) {
      expect((e as IllegalObjectionTransition).reason.id).toBe('Keberatan berstatus "Selesai" tidak dapat diputuskan');
    }
  });
  it('has final statuses closed and withdrawn', () => {
    expect(allowedObjectionActions('closed')).toEqual([]);
    expect(allowedObjectionActions('withdrawn')).toEqual([]);
  });
  it('allows settlement by agreement only without ground (a)', () => {
    expect(canSettle(['c', 'g'])).toBe(true);
    expect(canSettle(['a', 'c'])).toBe(false);
    expect(canSettle([])).toBe(false);
  });
});
