import { permissionsForRoles } from '../permissions';
import { lastEndedYear, offeredAnnualActions } from './actions';

describe('annual report actions in the console', () => {
  const ppid = permissionsForRoles(['ppid']);
  const atasan = permissionsForRoles(['atasan']);
  const pertimbangan = permissionsForRoles(['pertimbangan']);
  const desk = permissionsForRoles(['desk']);

  it('offers the PPID the editing and submission of a draft, and nobody else', () => {
    expect(offeredAnnualActions(ppid, ['edit', 'submit'])).toEqual(['edit', 'submit']);
    for (const p of [atasan, pertimbangan, desk]) expect(offeredAnnualActions(p, ['edit', 'submit'])).toEqual([]);
  });

  it('offers the Atasan PPID return and approval of a submitted report', () => {
    expect(offeredAnnualActions(atasan, ['return', 'approve'])).toEqual(['return', 'approve']);
    expect(offeredAnnualActions(ppid, ['return', 'approve'])).toEqual([]);
  });

  it('offers the Tim Pertimbangan comments, approval and return during the review only', () => {
    const inReview = ['comment', 'review_approve', 'review_return'];
    expect(offeredAnnualActions(pertimbangan, inReview)).toEqual(inReview);
    expect(offeredAnnualActions(atasan, inReview)).toEqual([]);
    expect(offeredAnnualActions(pertimbangan, ['schedule_pleno'])).toEqual([]);
  });

  it('offers the plenary meeting, ratification and publication to the PPID', () => {
    expect(offeredAnnualActions(ppid, ['schedule_pleno'])).toEqual(['schedule_pleno']);
    expect(offeredAnnualActions(ppid, ['ratify'])).toEqual(['ratify']);
    expect(offeredAnnualActions(ppid, ['publish'])).toEqual(['publish']);
  });

  it('offers the meeting’s attendance, ratification and the wet-signed path to the PPID, signing to whoever may sign', () => {
    const pleno = ['reschedule_pleno', 'record_attendance', 'ratify', 'print_wet', 'upload_scan'];
    expect(offeredAnnualActions(ppid, pleno)).toEqual(pleno);
    for (const p of [atasan, pertimbangan, desk]) expect(offeredAnnualActions(p, pleno)).toEqual([]);
    for (const p of [ppid, atasan, pertimbangan]) expect(offeredAnnualActions(p, ['sign'])).toEqual(['sign']);
    expect(offeredAnnualActions(desk, ['sign'])).toEqual([]);
  });

  it('offers a new edition after signing to the PPID only', () => {
    expect(offeredAnnualActions(ppid, ['publish', 'revise'])).toEqual(['publish', 'revise']);
    for (const p of [atasan, pertimbangan, desk]) expect(offeredAnnualActions(p, ['revise'])).toEqual([]);
  });

  it('offers nothing without permissions, allowed actions, or for an unknown action', () => {
    expect(offeredAnnualActions(undefined, ['submit'])).toEqual([]);
    expect(offeredAnnualActions(ppid, undefined)).toEqual([]);
    expect(offeredAnnualActions(ppid, ['complete_review', 'open_review', 'toString'])).toEqual([]);
  });

  it('defaults to the last fiscal year that has ended', () => {
    expect(lastEndedYear('2026-11-23')).toBe(2025);
    expect(lastEndedYear('2027-01-01')).toBe(2026);
  });
});
