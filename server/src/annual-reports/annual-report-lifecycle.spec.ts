import { IllegalTransition } from '../common/lifecycle';
import { Permission } from '../common/permissions';
import {
  allowedAnnualActions,
  ANNUAL_LIFECYCLE as L,
  AnnualGuardContext,
  annualDueDate,
  dueInfo,
  electronicSigningPossible,
  emptyNarrative,
  narrativeDiff,
  normalizePlenary,
  Plenary,
  quorumOf,
  signingComplete,
} from './annual-report-lifecycle';

const attendee = (id: string, present: boolean | null, userId: number | null = null) => ({
  id,
  userId,
  name: `Peserta ${id}`,
  position: null,
  nip: null,
  present,
});
const plenary = (over: Partial<Plenary> = {}): Plenary => ({
  date: '2026-02-05',
  place: 'Ruang Rapat',
  quorum: 2,
  attendees: [attendee('u1', true, 1), attendee('u2', true, 2), attendee('x1', false)],
  signatories: [],
  wet: null,
  ...over,
});
const ctx = (
  over: Partial<AnnualGuardContext['report']> = {},
  today = '2026-02-05',
  actorId = 9,
): AnnualGuardContext => ({
  today,
  actorId,
  report: { preparedById: 5, submittedById: 5, plenary: plenary(), reportDocumentId: null, ...over },
});
const signatory = (userId: number, signedAt: string | null) => ({
  attendeeId: `u${userId}`,
  userId,
  name: `Peserta u${userId}`,
  position: null,
  nip: null,
  signedAt,
});

describe('annual report lifecycle', () => {
  it('goes draft → submitted → approved → in review → reviewed → pleno → ratified → published', () => {
    let s = L.next('draft', 'submit');
    expect(s).toBe('submitted');
    s = L.next(s, 'approve', ctx());
    expect(s).toBe('approved_by_atasan');
    s = L.next(s, 'open_review');
    expect(s).toBe('in_review');
    expect(L.next(s, 'comment')).toBe('in_review');
    expect(L.next(s, 'review_approve')).toBe('in_review');
    s = L.next(s, 'complete_review');
    expect(s).toBe('reviewed');
    s = L.next(s, 'schedule_pleno');
    expect(s).toBe('pleno_scheduled');
    expect(L.next(s, 'reschedule_pleno')).toBe('pleno_scheduled');
    s = L.next(s, 'ratify', ctx());
    expect(s).toBe('ratified');
    expect(L.next(s, 'publish', ctx({ reportDocumentId: 3 }))).toBe('published');
  });

  it('makes a change after signing a new edition: ratified or published → draft, never before ratification', () => {
    expect(L.next('ratified', 'revise')).toBe('draft');
    expect(L.next('published', 'revise')).toBe('draft');
    for (const s of ['draft', 'submitted', 'returned', 'in_review', 'reviewed', 'pleno_scheduled'] as const)
      expect(() => L.next(s, 'revise')).toThrow('only from a ratified report');
  });

  it('returns from the Atasan PPID and from the Tim pertimbangan to the PPID, who edits and resubmits', () => {
    expect(L.next('submitted', 'return')).toBe('returned');
    expect(L.next('in_review', 'review_return')).toBe('returned');
    expect(L.next('returned', 'edit')).toBe('returned');
    expect(L.next('returned', 'submit')).toBe('submitted');
  });

  it('refuses edits outside draft/returned, publishing before ratification and anything after, with the reason', () => {
    expect(() => L.next('submitted', 'edit')).toThrow(IllegalTransition);
    expect(() => L.next('in_review', 'edit')).toThrow('only be edited while draft or returned');
    expect(() => L.next('ratified', 'edit')).toThrow('needs a new version');
    expect(() => L.next('published', 'edit')).toThrow('needs a new version');
    expect(() => L.next('pleno_scheduled', 'publish')).toThrow('only be published after ratification');
    expect(() => L.next('published', 'publish')).toThrow('already published');
    expect(() => L.next('draft', 'approve')).toThrow('Only a submitted report');
    expect(() => L.next('submitted', 'comment')).toThrow('not under review');
    expect(() => L.next('in_review', 'schedule_pleno')).toThrow('after the Tim Pertimbangan review');
    expect(() => L.next('reviewed', 'ratify')).toThrow('after the plenary meeting is scheduled');
    expect(() => L.next('submitted', 'submit')).toThrow('already been submitted');
  });

  it('keeps the Atasan PPID from approving a draft they prepared or submitted (a guard, as data)', () => {
    expect(L.refusal('submitted', 'approve', ctx({}, '2026-02-05', 5))?.en).toMatch(/author of the report cannot/);
    expect(L.refusal('submitted', 'approve', ctx({ preparedById: 4, submittedById: 7 }, '2026-02-05', 7))?.id).toMatch(
      /tidak dapat menyetujuinya sendiri/,
    );
    expect(L.can('submitted', 'approve', ctx())).toBe(true);
  });

  it('ratifies only a meeting held (on or after its date), with everyone’s attendance recorded and the quorum met', () => {
    const early = L.refusal('pleno_scheduled', 'ratify', ctx({}, '2026-02-04'));
    expect(early?.id).toMatch(/dijadwalkan pada 5 Februari 2026.*ubah jadwalnya terlebih dahulu/);
    expect(L.refusal('pleno_scheduled', 'record_attendance', ctx({}, '2026-02-04'))).toEqual(early);
    expect(L.can('pleno_scheduled', 'record_attendance', ctx())).toBe(true);
    const unrecorded = plenary({ attendees: [attendee('u1', true, 1), attendee('u2', null, 2), attendee('x1', null)] });
    expect(L.refusal('pleno_scheduled', 'ratify', ctx({ plenary: unrecorded }))?.id).toBe(
      'Kehadiran belum dicatat untuk: Peserta u2, Peserta x1; catat hadir atau tidak hadir setiap peserta',
    );
    const short = plenary({ quorum: 3 });
    expect(L.refusal('pleno_scheduled', 'ratify', ctx({ plenary: short }))?.en).toMatch(
      /no quorum: 2 present, quorum 3/,
    );
    expect(quorumOf(unrecorded)).toEqual({ required: 2, present: 1, absent: 0, unrecorded: 2, met: false });
  });

  it('lets only a chosen signatory sign, once, and not after the berita acara was printed for wet signatures', () => {
    const p = plenary({ signatories: [signatory(1, null), signatory(2, '2026-02-05T03:00:00.000Z')] });
    expect(L.can('ratified', 'sign', ctx({ plenary: p }, '2026-02-05', 1))).toBe(true);
    expect(L.refusal('ratified', 'sign', ctx({ plenary: p }, '2026-02-05', 2))?.en).toMatch(/already signed/);
    expect(L.refusal('ratified', 'sign', ctx({ plenary: p }, '2026-02-05', 3))?.en).toMatch(/not a signatory/);
    const wet = { ...p, wet: { printedAt: '2026-02-05T04:00:00Z', printedBy: { id: 5, name: 'PPID' }, scan: null } };
    expect(L.refusal('ratified', 'sign', ctx({ plenary: wet }, '2026-02-05', 1))?.en).toMatch(/wet signatures/);
    expect(L.refusal('ratified', 'upload_scan', ctx({ plenary: p }))?.en).toMatch(/Print the berita acara/);
    expect(L.can('ratified', 'upload_scan', ctx({ plenary: wet }))).toBe(true);
    expect(signingComplete(p)).toBe(false);
    expect(signingComplete({ ...p, signatories: [signatory(1, 'x'), signatory(2, 'y')] })).toBe(true);
    expect(signingComplete(wet)).toBe(false);
    // a signatory without an account signs in ink only
    const offline = plenary({
      signatories: [signatory(1, null), { ...signatory(0, null), userId: null, name: 'Tanpa Akun' }],
    });
    expect(L.refusal('ratified', 'sign', ctx({ plenary: offline }, '2026-02-05', 1))?.id).toMatch(
      /Tanpa Akun tidak memiliki akun; terbitkan untuk tanda tangan basah/,
    );
    expect(electronicSigningPossible(offline)).toBe(false);
    expect(electronicSigningPossible(p)).toBe(true);
    expect(L.can('ratified', 'print_wet', ctx({ plenary: offline }))).toBe(true);
  });

  it('publishes only once the report is issued (the berita acara complete)', () => {
    expect(L.refusal('ratified', 'publish', ctx())?.id).toMatch(/belum ditandatangani semua penanda tangan/);
    expect(L.can('ratified', 'publish', ctx({ reportDocumentId: 8 }))).toBe(true);
  });

  it('lists the actions a person may take, by status, guards and permission', () => {
    expect(allowedAnnualActions('draft')).toEqual(['edit', 'submit']);
    expect(allowedAnnualActions('submitted', ctx())).toEqual(['return', 'approve']);
    expect(allowedAnnualActions('submitted', ctx({}, '2026-02-05', 5))).toEqual(['return']);
    expect(allowedAnnualActions('in_review', ctx(), [Permission.AnnualReview])).toEqual([
      'comment',
      'review_approve',
      'review_return',
    ]);
    expect(allowedAnnualActions('in_review', ctx(), [Permission.AnnualPrepare])).toEqual([]);
    expect(allowedAnnualActions('approved_by_atasan')).toEqual([]);
    expect(allowedAnnualActions('pleno_scheduled', ctx({}, '2026-02-01'), [Permission.AnnualPrepare])).toEqual([
      'reschedule_pleno',
    ]);
    const p = plenary({ signatories: [signatory(9, null)] });
    expect(allowedAnnualActions('ratified', ctx({ plenary: p }), [Permission.AnnualSign])).toEqual(['sign']);
    expect(allowedAnnualActions('ratified', ctx({ plenary: p }), [Permission.AnnualPrepare])).toEqual([
      'print_wet',
      'revise',
    ]);
    expect(allowedAnnualActions('published', ctx(), [Permission.AnnualApprove, Permission.AnnualReview])).toEqual([]);
  });

  it('reads a plenary stored before attendees had ids', () => {
    const legacy = {
      date: '2025-02-05',
      place: 'Aula',
      quorum: 1,
      attendees: [{ name: 'A', position: null, present: true }],
    };
    expect(normalizePlenary(legacy as unknown as Plenary)!.attendees).toEqual([
      { id: 'x1', userId: null, name: 'A', position: null, nip: null, present: true },
    ]);
  });

  it('takes the due date from the rule set’s months after the year, with a warning in the last 30 days and overdue after', () => {
    expect(annualDueDate(2025, 3)).toBe('2026-03-31');
    expect(annualDueDate(2025, 2)).toBe('2026-02-28');
    expect(annualDueDate(2027, 2)).toBe('2028-02-29');
    expect(annualDueDate(2025, 12)).toBe('2026-12-31');
    expect(dueInfo('2026-03-31', '2026-01-10', 'draft')).toEqual({
      dueDate: '2026-03-31',
      daysLeft: 80,
      overdue: false,
      warning: false,
    });
    expect(dueInfo('2026-03-31', '2026-03-15', 'draft')).toMatchObject({ warning: true, overdue: false });
    expect(dueInfo('2026-03-31', '2026-04-01', 'in_review')).toMatchObject({
      overdue: true,
      warning: false,
      daysLeft: -1,
    });
    expect(dueInfo('2026-03-31', '2026-04-01', 'published')).toMatchObject({ overdue: false });
    expect(dueInfo('2026-03-31', '2026-04-01', null)).toMatchObject({ overdue: true });
    // a second edition in preparation: the first, published one met the obligation
    expect(dueInfo('2026-03-31', '2026-04-01', 'draft', true)).toMatchObject({ overdue: false, warning: false });
  });

  it('diffs the narrative sections of two versions', () => {
    const a = { ...emptyNarrative(), policy: 'A', budget: 'Rp 10' };
    const b = { ...a, budget: 'Rp 12' };
    expect(narrativeDiff(null, b)).toEqual([]);
    expect(narrativeDiff(a, b)).toEqual([{ section: 'budget', from: 'Rp 10', to: 'Rp 12' }]);
  });
});
