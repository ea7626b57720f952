import {
  allowedAnnualActions,
  dueInfo,
  IllegalAnnualTransition,
  narrativeDiff,
  nextAnnualStatus,
  emptyNarrative,
} from './annual-report-lifecycle';
import { Permission } from '../common/permissions';

describe('annual report lifecycle', () => {
  it('goes draft → submitted → approved → in review → reviewed → pleno → ratified → published', () => {
    let s = nextAnnualStatus('draft', 'submit');
    expect(s).toBe('submitted');
    s = nextAnnualStatus(s, 'approve');
    expect(s).toBe('approved_by_atasan');
    s = nextAnnualStatus(s, 'open_review');
    expect(s).toBe('in_review');
    expect(nextAnnualStatus(s, 'comment')).toBe('in_review');
    expect(nextAnnualStatus(s, 'review_approve')).toBe('in_review');
    s = nextAnnualStatus(s, 'complete_review');
    expect(s).toBe('reviewed');
    s = nextAnnualStatus(s, 'schedule_pleno');
    expect(s).toBe('pleno_scheduled');
    expect(nextAnnualStatus(s, 'schedule_pleno')).toBe('pleno_scheduled');
    s = nextAnnualStatus(s, 'ratify');
    expect(s).toBe('ratified');
    expect(nextAnnualStatus(s, 'publish')).toBe('published');
  });

  it('makes a change after signing a new edition: ratified or published → draft, never before ratification', () => {
    expect(nextAnnualStatus('ratified', 'revise')).toBe('draft');
    expect(nextAnnualStatus('published', 'revise')).toBe('draft');
    for (const s of ['draft', 'submitted', 'returned', 'in_review', 'reviewed', 'pleno_scheduled'] as const)
      expect(() => nextAnnualStatus(s, 'revise')).toThrow('only from a ratified report');
  });

  it('returns from the Atasan PPID and from the Tim pertimbangan to the PPID, who edits and resubmits', () => {
    expect(nextAnnualStatus('submitted', 'return')).toBe('returned');
    expect(nextAnnualStatus('in_review', 'review_return')).toBe('returned');
    expect(nextAnnualStatus('returned', 'edit')).toBe('returned');
    expect(nextAnnualStatus('returned', 'submit')).toBe('submitted');
  });

  it('refuses edits outside draft/returned, publishing before ratification and anything after, with the reason', () => {
    expect(() => nextAnnualStatus('submitted', 'edit')).toThrow(IllegalAnnualTransition);
    expect(() => nextAnnualStatus('in_review', 'edit')).toThrow('only be edited while draft or returned');
    expect(() => nextAnnualStatus('ratified', 'edit')).toThrow('needs a new version');
    expect(() => nextAnnualStatus('published', 'edit')).toThrow('needs a new version');
    expect(() => nextAnnualStatus('pleno_scheduled', 'publish')).toThrow('only be published after ratification');
    expect(() => nextAnnualStatus('published', 'publish')).toThrow('already published');
    expect(() => nextAnnualStatus('draft', 'approve')).toThrow('Only a submitted report');
    expect(() => nextAnnualStatus('submitted', 'comment')).toThrow('not under review');
    expect(() => nextAnnualStatus('in_review', 'schedule_pleno')).toThrow('after the Tim Pertimbangan review');
    expect(() => nextAnnualStatus('reviewed', 'ratify')).toThrow('after the plenary meeting is scheduled');
    expect(() => nextAnnualStatus('submitted', 'submit')).toThrow('already been submitted');
  });

  it('lists the actions a person may take, by status and by permission', () => {
    expect(allowedAnnualActions('draft')).toEqual(['edit', 'submit']);
    expect(allowedAnnualActions('submitted')).toEqual(['return', 'approve']);
    expect(allowedAnnualActions('in_review', [Permission.AnnualReview])).toEqual([
      'comment',
      'review_approve',
      'review_return',
    ]);
    expect(allowedAnnualActions('in_review', [Permission.AnnualPrepare])).toEqual([]);
    expect(allowedAnnualActions('approved_by_atasan')).toEqual([]);
    expect(allowedAnnualActions('ratified')).toEqual(['publish', 'revise']);
    expect(allowedAnnualActions('published')).toEqual(['revise']);
    expect(allowedAnnualActions('published', [Permission.AnnualApprove, Permission.AnnualReview])).toEqual([]);
  });

  it('tracks the due date of 31 March after the year, with a warning in the last 30 days and overdue after', () => {
    expect(dueInfo(2025, '2026-01-10', 'draft')).toEqual({
      dueDate: '2026-03-31',
      daysLeft: 80,
      overdue: false,
      warning: false,
    });
    expect(dueInfo(2025, '2026-03-15', 'draft')).toMatchObject({ warning: true, overdue: false });
    expect(dueInfo(2025, '2026-04-01', 'in_review')).toMatchObject({ overdue: true, warning: false, daysLeft: -1 });
    expect(dueInfo(2025, '2026-04-01', 'published')).toMatchObject({ overdue: false });
    expect(dueInfo(2025, '2026-04-01', null)).toMatchObject({ overdue: true });
    // a second edition in preparation: the first, published one met the obligation
    expect(dueInfo(2025, '2026-04-01', 'draft', true)).toMatchObject({ overdue: false, warning: false });
    expect(dueInfo(2025, '2026-03-20', 'in_review', true)).toMatchObject({ overdue: false, warning: false });
  });

  it('diffs the narrative sections of two versions', () => {
    const a = { ...emptyNarrative(), policy: 'A', budget: 'Rp 10' };
    const b = { ...a, budget: 'Rp 12' };
    expect(narrativeDiff(null, b)).toEqual([]);
    expect(narrativeDiff(a, b)).toEqual([{ section: 'budget', from: 'Rp 10', to: 'Rp 12' }]);
  });
});
