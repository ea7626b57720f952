import { IllegalTransition } from '../common/lifecycle';
import { REQUEST_LIFECYCLE as L, REQUEST_STATUSES, RequestGuardContext } from './request-lifecycle';

const ctx = (over: Partial<RequestGuardContext['request']> = {}, today = '2026-03-10'): RequestGuardContext => ({
  today,
  request: { dueDate: '2026-03-20', extendedDueDate: null, extensionDays: 7, incompleteDueDate: null, ...over },
});

describe('request lifecycle', () => {
  it('walks the happy path registered → in process → extended → decided → delivered → closed', () => {
    let s = L.next('registered', 'assign');
    expect(s).toBe('in_process');
    expect(L.next(s, 'assign')).toBe('in_process');
    s = L.next(s, 'extend', ctx());
    expect(L.next(s, 'assign')).toBe('extended');
    expect(s).toBe('extended');
    s = L.next(s, 'decide');
    expect(s).toBe('decided');
    s = L.next(s, 'deliver');
    expect(s).toBe('delivered');
    expect(L.next(s, 'close')).toBe('closed');
  });

  it('lets the desk decide at once (information available at the counter)', () => {
    expect(L.next('registered', 'decide')).toBe('decided');
  });

  it('handles incomplete requests: complete goes back to registered within the window, lapse only after it', () => {
    expect(L.next('registered', 'incomplete')).toBe('incomplete');
    const open = ctx({ incompleteDueDate: '2026-03-12' }, '2026-03-12');
    const past = ctx({ incompleteDueDate: '2026-03-12' }, '2026-03-13');
    expect(L.next('incomplete', 'complete', open)).toBe('registered');
    expect(() => L.next('incomplete', 'complete', past)).toThrow(/completion window/);
    expect(L.next('incomplete', 'lapse', past)).toBe('lapsed');
    expect(() => L.next('incomplete', 'lapse', open)).toThrow(/may still complete/);
  });

  it('extends once, before the deadline, and only when the rules allow an extension (UU KIP Pasal 22 ayat 8)', () => {
    expect(L.can('in_process', 'extend', ctx({}, '2026-03-20'))).toBe(true);
    expect(L.refusal('in_process', 'extend', ctx({}, '2026-03-21'))?.en).toMatch(/before the deadline/);
    expect(L.refusal('in_process', 'extend', ctx({ extensionDays: 0 }))?.en).toMatch(/allow no extension/);
    expect(() => L.next('extended', 'extend', ctx({ extendedDueDate: '2026-03-31' }))).toThrow(IllegalTransition);
  });

  it('refuses any action after closing, with a reason in both languages', () => {
    try {
      L.next('closed', 'withdraw');
      throw new Error('no throw');
    } catch (e) {
      expect(e).toBeInstanceOf(IllegalTransition);
      expect((e as IllegalTransition).reason.id).toBe('Permohonan berstatus "Selesai" tidak dapat mencabut');
      expect((e as IllegalTransition).reason.en).toBe('A request that is "closed" cannot withdraw');
    }
  });

  it('has no dead ends except the final statuses, and every transition names known statuses and a permission', () => {
    const finals = REQUEST_STATUSES.filter((s) => L.allowed(s).length === 0).sort();
    expect(finals).toEqual(['closed', 'lapsed', 'withdrawn']);
    for (const row of L.rows()) {
      expect(REQUEST_STATUSES).toContain(row.from);
      expect(REQUEST_STATUSES).toContain(row.to);
      expect(row.permission).toMatch(/^request\./);
    }
  });

  it('offers only what the status, the guards and the permissions allow', () => {
    expect(L.allowed('decided')).toEqual(['deliver']);
    expect(L.allowed('in_process', ctx({}, '2026-03-25'))).toEqual(['classify', 'assign', 'decide', 'withdraw']);
    expect(L.allowed('registered', ctx(), ['request.assign', 'request.decide'])).toEqual(['assign', 'decide']);
  });
});
