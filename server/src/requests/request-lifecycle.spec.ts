import { allowedActions, IllegalTransition, nextStatus, REQUEST_STATUSES, TRANSITIONS } from './request-lifecycle';

describe('request lifecycle', () => {
  it('walks the happy path registered → in process → extended → decided → delivered → closed', () => {
    let s = nextStatus('registered', 'assign');
    expect(s).toBe('in_process');
    expect(nextStatus(s, 'assign')).toBe('in_process');
    s = nextStatus(s, 'extend');
    expect(nextStatus(s, 'assign')).toBe('extended');
    expect(s).toBe('extended');
    s = nextStatus(s, 'decide');
    expect(s).toBe('decided');
    s = nextStatus(s, 'deliver');
    expect(s).toBe('delivered');
    expect(nextStatus(s, 'close')).toBe('closed');
  });

  it('lets the desk decide at once (information available at the counter)', () => {
    expect(nextStatus('registered', 'decide')).toBe('decided');
  });

  it('handles incomplete requests: complete goes back to registered, lapse ends it', () => {
    expect(nextStatus('registered', 'incomplete')).toBe('incomplete');
    expect(nextStatus('incomplete', 'complete')).toBe('registered');
    expect(nextStatus('incomplete', 'lapse')).toBe('lapsed');
  });

  it('refuses a second extension, and any action after closing, with a reason in both languages', () => {
    expect(() => nextStatus('extended', 'extend')).toThrow(IllegalTransition);
    try {
      nextStatus('closed', 'withdraw');
      throw new Error('no throw');
    } catch (e) {
      expect(e).toBeInstanceOf(IllegalTransition);
      expect((e as IllegalTransition).reason.id).toBe('Permohonan berstatus "Selesai" tidak dapat mencabut');
      expect((e as IllegalTransition).reason.en).toBe('A request that is "closed" cannot withdraw');
    }
  });

  it('has no dead ends except the final statuses', () => {
    const finals = REQUEST_STATUSES.filter((s) => allowedActions(s).length === 0).sort();
    expect(finals).toEqual(['closed', 'lapsed', 'withdrawn']);
    for (const t of Object.values(TRANSITIONS))
      for (const [from, to] of Object.entries(t)) {
        expect(REQUEST_STATUSES).toContain(from);
        expect(REQUEST_STATUSES).toContain(to);
      }
  });

  it('cannot withdraw once decided', () => {
    expect(allowedActions('decided')).toEqual(['deliver']);
  });
});
