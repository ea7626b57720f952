import { DEFAULT_RULE_SETS } from '@lentera/reports/legal';
import { changedValues, historyOf, predecessorOf, publishPayload, resolveVersion, versionState } from './logic';
import type { RuleSetRow } from './types';

const row = (id: number, regime: 'general' | 'election', officeId: number | null, effectiveFrom: string, values = {}) =>
  ({
    id,
    regime,
    officeId,
    effectiveFrom,
    name: DEFAULT_RULE_SETS[regime].name,
    basis: DEFAULT_RULE_SETS[regime].basis,
    ruleValues: { ...DEFAULT_RULE_SETS[regime].values, ...values },
    sources: DEFAULT_RULE_SETS[regime].sources,
    reason: 'r',
    createdById: null,
    createdAt: '2026-01-01T00:00:00Z',
  }) as RuleSetRow;

describe('rule-set versions as the console shows them', () => {
  const generalNational = row(1, 'general', null, '2008-04-30');
  const electionNational = row(2, 'election', null, '2019-01-01');
  const ownEarly = row(3, 'general', 7, '2026-11-02', { answerDays: 7 });
  const ownLater = row(4, 'general', 7, '2026-12-01', { answerDays: 10 });
  const nationalLater = row(5, 'general', null, '2026-11-10', { extensionDays: 5 });
  const rows = [generalNational, electionNational, ownEarly, ownLater, nationalLater];

  it("resolves like the server: the office's own newest version in force, else the national one", () => {
    expect(resolveVersion(rows, 'general', '2026-11-01')?.id).toBe(1);
    expect(resolveVersion(rows, 'general', '2026-11-02')?.id).toBe(3);
    expect(resolveVersion(rows, 'general', '2026-11-20')?.id).toBe(3);
    expect(resolveVersion(rows, 'general', '2026-12-01')?.id).toBe(4);
    expect(resolveVersion(rows, 'election', '2026-12-01')?.id).toBe(2);
    expect(resolveVersion([], 'general', '2026-12-01')).toBeNull();
  });

  it('marks each version: in force, scheduled, earlier, or a national one set aside by the office', () => {
    const today = '2026-11-20';
    expect(versionState(rows, ownEarly, today)).toBe('in_force');
    expect(versionState(rows, ownLater, today)).toBe('scheduled');
    expect(versionState(rows, generalNational, today)).toBe('earlier');
    expect(versionState(rows, nationalLater, today)).toBe('overridden');
    expect(versionState(rows, electionNational, today)).toBe('in_force');
    // the office's first own version sets aside the national one it was published over, whatever its date
    expect(versionState([generalNational, ownEarly], generalNational, today)).toBe('overridden');
  });

  it('compares a version with the one it was published over', () => {
    expect(predecessorOf(rows, ownEarly)?.id).toBe(1);
    expect(predecessorOf(rows, ownLater)?.id).toBe(3);
    expect(predecessorOf(rows, nationalLater)?.id).toBe(1);
    expect(predecessorOf(rows, generalNational)).toBeNull();
    expect(changedValues(ownEarly, generalNational)).toEqual([{ key: 'answerDays', from: 10, to: 7 }]);
    expect(changedValues(ownLater, ownEarly)).toEqual([{ key: 'answerDays', from: 7, to: 10 }]);
    expect(changedValues(generalNational, null)).toEqual([]);
  });

  it('lists one regime newest first', () => {
    expect(historyOf(rows, 'general').map((r) => r.id)).toEqual([4, 5, 3, 1]);
  });
});

describe('publishing a new version', () => {
  const values = Object.fromEntries(Object.entries(DEFAULT_RULE_SETS.election.values).map(([k, v]) => [k, String(v)]));
  const draft = {
    regime: 'election',
    national: false,
    effectiveFrom: '2026-11-20',
    values: { ...values, answerDays: ' 2 ' },
    reason: '  Keputusan KPU Kabupaten Lebak Nomor 12 Tahun 2026  ',
    basis: ' ',
  };

  it('sends every value as a whole number, the reason trimmed and no empty basis', () => {
    const { body, errors } = publishPayload(draft, '2026-11-20');
    expect(errors).toEqual({});
    expect(body).toMatchObject({
      regime: 'election',
      national: false,
      effectiveFrom: '2026-11-20',
      reason: 'Keputusan KPU Kabupaten Lebak Nomor 12 Tahun 2026',
    });
    expect(body).not.toHaveProperty('basis');
    expect((body.values as Record<string, number>).answerDays).toBe(2);
    expect(Object.keys(body.values as object)).toHaveLength(Object.keys(DEFAULT_RULE_SETS.election.values).length);
  });

  it('names what the server would refuse: a date before today, a short reason, values out of range', () => {
    const { errors } = publishPayload(
      {
        ...draft,
        effectiveFrom: '2026-11-19',
        reason: 'ok',
        values: { ...values, answerDays: '0', kiStartDays: '1.5' },
      },
      '2026-11-20',
    );
    expect(errors).toEqual({
      effectiveFrom: 'lentera.rule_sets.publish.not_before_today',
      reason: 'lentera.rule_sets.publish.reason_short',
      'values.answerDays': 'lentera.rule_sets.publish.range',
      'values.kiStartDays': 'lentera.rule_sets.publish.whole_number',
    });
  });
});
