import { monthsToMark, settledUpTo } from './metrics-invalidation';
import {
  bandOf,
  combine,
  deserializePartial,
  emptyPartial,
  emptySplit,
  figures,
  freezePartial,
  isEmptyPartial,
  mergePartials,
  mergeSplits,
  NOTHING,
  regimeOf,
  percentile,
  percentiles,
  queueSeries,
  serializePartial,
  splitMonths,
  monthWindow,
  monthEnd,
  monthSamples,
  spansMoreThanYears,
  flowsUpTo,
} from './metrics-math';
import { DateTime } from 'luxon';
import fc from 'fast-check';
import { renameKeys } from '../database/migrations/1765400000000-MetricsByRegime';

describe('metrics arithmetic', () => {
  it("takes the 12 months ending with the range's last month for the dashboard's monthly bars", () => {
    expect(monthWindow('2026-10-30')).toEqual({ from: '2025-11', to: '2026-10' });
    expect(monthWindow('2026-01-05')).toEqual({ from: '2025-02', to: '2026-01' });
    expect(monthWindow('2026-12-31')).toEqual({ from: '2026-01', to: '2026-12' });
    expect(monthWindow('2026-11-01')).toEqual({ from: '2025-12', to: '2026-11' });
  });

  it('takes nearest-rank percentiles from a histogram', () => {
    expect(
      percentile(
        new Map([
          [2, 1],
          [3, 1],
          [9, 1],
        ]),
        0.5,
      ),
    ).toBe(3);
    expect(
      percentile(
        new Map([
          [2, 1],
          [4, 1],
        ]),
        0.5,
      ),
    ).toBe(2);
    // 10 values 1..10: the 90th percentile is the 9th
    expect(percentile(new Map(Array.from({ length: 10 }, (_, i) => [i + 1, 1] as [number, number])), 0.9)).toBe(9);
    expect(
      percentile(
        new Map([
          [12, 2],
          [5, 1],
        ]),
        0.9,
      ),
    ).toBe(12);
    expect(percentile(new Map(), 0.5)).toBeNull();
  });

  it('takes several percentiles in one pass as the observations sorted one by one give them', () => {
    // the reference: every observation written out, sorted, and the value at the nearest rank
    const byHand = (hist: Map<number, number>, p: number) => {
      const all = [...hist].flatMap(([v, n]) => Array.from({ length: n }, () => v)).sort((a, b) => a - b);
      return all.length ? all[Math.max(1, Math.ceil(p * all.length)) - 1] : null;
    };
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: 5 })), { maxLength: 60 }),
        fc.uniqueArray(fc.double({ min: 0.01, max: 1, noNaN: true }), { minLength: 1, maxLength: 4 }),
        (pairs, ps) => {
          const hist = new Map<number, number>();
          for (const [v, n] of pairs) hist.set(v, (hist.get(v) ?? 0) + n);
          const asc = [...ps].sort((a, b) => a - b);
          expect(percentiles(hist, asc)).toEqual(asc.map((p) => byHand(hist, p)));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("puts each decision in one band by its own clock's timeliness, never by a number of days", () => {
    expect(bandOf('deadline')).toBe('withinDeadline');
    expect(bandOf('extension')).toBe('withinExtension');
    expect(bandOf('late')).toBe('late');
    expect(bandOf(null)).toBeNull();
    expect(bandOf('within10')).toBeNull();
  });

  it('keeps the regimes apart and adds them up on demand', () => {
    const a = emptySplit();
    a.general.decided = 2;
    a.general.withinDeadline = 1;
    a.general.late = 1;
    a.general.answerDays.set(12, 1).set(5, 1);
    a.election.decided = 1;
    a.election.withinExtension = 1;
    a.election.answerDays.set(4, 1);
    const b = emptySplit();
    b.election.decided = 1;
    b.election.withinDeadline = 1;
    b.election.answerDays.set(3, 1);
    const both = mergeSplits([a, b]);
    expect(figures(both.election).timeliness).toEqual({
      withinDeadline: 1,
      withinExtension: 1,
      late: 0,
      onTimeRate: 1,
      medianDays: 3,
      p90Days: 4,
    });
    expect(figures(both.general).timeliness.onTimeRate).toBe(0.5);
    expect(figures(combine(both)).timeliness).toMatchObject({ withinDeadline: 2, late: 1, onTimeRate: 0.75 });
    expect(figures(combine(both, ['election'])).decided.total).toBe(2);
    expect(regimeOf('election')).toBe('election');
    expect(regimeOf('general')).toBe('general');
    expect(regimeOf(undefined)).toBe('general');
  });

  it('merges partials by summing counts and histograms, and derives rates', () => {
    const a = emptyPartial();
    a.decided = 2;
    a.withinDeadline = 1;
    a.late = 1;
    a.answerDays.set(5, 1).set(12, 1);
    a.steps[1] = {
      measured: 2,
      within: 1,
      seconds: new Map([
        [480, 1],
        [720, 1],
      ]),
    };
    const b = emptyPartial();
    b.decided = 1;
    b.withinExtension = 1;
    b.answerDays.set(12, 1);
    b.steps[1] = { measured: 1, within: 1, seconds: new Map([[600, 1]]) };
    const f = figures(mergePartials([a, b]));
    expect(f.timeliness).toEqual({
      withinDeadline: 1,
      withinExtension: 1,
      late: 1,
      onTimeRate: 0.6667,
      medianDays: 12,
      p90Days: 12,
    });
    expect(f.steps[0]).toEqual({ step: 1, measured: 3, withinStandard: 2, share: 0.6667, medianMinutes: 10 });
    expect(f.steps[1]).toEqual({ step: 2, measured: 0, withinStandard: 0, share: null, medianMinutes: null });
    // the inputs are untouched
    expect(a.answerDays.get(12)).toBe(1);
  });

  it('counts the open and overdue queue at the end of each day', () => {
    const days = ['2026-03-16', '2026-03-17', '2026-03-18'];
    const series = queueSeries(days, 3, new Map([['2026-03-16', 1]]), new Map([['2026-03-18', 1]]), [
      { receivedDate: '2026-03-03', endDate: '2026-03-26', effectiveDueDate: '2026-03-17' },
      { receivedDate: '2026-03-02', endDate: '2026-03-18', effectiveDueDate: '2026-03-16' },
    ]);
    expect(series).toEqual([
      { date: '2026-03-16', open: 4, overdue: 0 },
      { date: '2026-03-17', open: 4, overdue: 1 },
      // the second one ended on the 18th: not overdue at the end of it
      { date: '2026-03-18', open: 3, overdue: 1 },
    ]);
  });

  it('counts as overdue at the end of a day exactly the late requests received by then, past their deadline and not yet ended', () => {
    // every combination of dates around a 12-day window (and before and after it), against the definition itself
    const iso = (n: number) => new Date(Date.UTC(2026, 1, 20 + n)).toISOString().slice(0, 10);
    const days = Array.from({ length: 12 }, (_, i) => iso(i + 2));
    let seed = 7;
    const rnd = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
    const late = Array.from({ length: 400 }, () => {
      const receivedDate = iso(rnd(18));
      const effectiveDueDate = iso(rnd(18));
      return { receivedDate, effectiveDueDate, endDate: rnd(3) ? iso(rnd(18)) : null };
    });
    const series = queueSeries(days, 0, new Map(), new Map(), late);
    expect(series.map((d) => d.overdue)).toEqual(
      days.map(
        (date) =>
          late.filter(
            (r) => r.receivedDate <= date && r.effectiveDueDate < date && (r.endDate === null || r.endDate > date),
          ).length,
      ),
    );
    expect(Math.max(...series.map((d) => d.overdue))).toBeGreaterThan(0);
  });

  it('knows the last day of every month, leap years included', () => {
    expect(['2024-02', '2026-02', '2100-02', '2000-02', '2026-04', '2026-12', '2026-01'].map(monthEnd)).toEqual([
      '2024-02-29',
      '2026-02-28',
      '2100-02-28',
      '2000-02-29',
      '2026-04-30',
      '2026-12-31',
      '2026-01-31',
    ]);
  });
});

describe('monthly pre-aggregates', () => {
  it('shares one empty partial that merges as nothing and cannot be counted into', () => {
    const a = emptyPartial();
    a.received = 2;
    a.byChannel.email = 2;
    expect(figures(mergePartials([NOTHING, a, NOTHING]))).toEqual(figures(a));
    expect(() => {
      (NOTHING as { received: number }).received += 1;
    }).toThrow(TypeError);
    expect(() => {
      NOTHING.byChannel.email = 1;
    }).toThrow(TypeError);
    expect(isEmptyPartial(NOTHING)).toBe(true);
  });

  it('merges one partial among empty ones into that partial itself, and several into a new one', () => {
    const a = emptyPartial();
    a.received = 1;
    a.answerDays.set(4, 1);
    const b = emptyPartial();
    b.received = 2;
    b.answerDays.set(9, 2);
    expect(mergePartials([NOTHING, emptyPartial(), a])).toBe(a);
    const both = mergePartials([a, NOTHING, b]);
    expect(both).not.toBe(a);
    expect(both.received).toBe(3);
    expect([...both.answerDays]).toEqual([
      [4, 1],
      [9, 2],
    ]);
    // the inputs are left as they were
    expect(a.received).toBe(1);
    expect([...a.answerDays]).toEqual([[4, 1]]);
  });

  it('keeps the sum of shared (frozen) partials for the next merge of the same ones, and sums anything else again', () => {
    const stored = (n: number) => {
      const p = emptyPartial();
      p.received = n;
      p.steps[1].measured = n;
      p.steps[1].seconds.set(60 * n, n);
      return freezePartial(p);
    };
    const [a, b, c] = [stored(1), stored(2), stored(3)];
    const ab = mergePartials([a, b]);
    expect(ab.received).toBe(3);
    expect(mergePartials([a, NOTHING, b])).toBe(ab);
    expect(Object.isFrozen(ab)).toBe(true);
    // other partials, or the same in another order of addition: summed again
    expect(mergePartials([a, c]).received).toBe(4);
    expect(mergePartials([a, b, c]).received).toBe(6);
    // a sum of sums is kept too (the total of two regimes, each the sum of its offices)
    expect(mergePartials([ab, c])).toBe(mergePartials([ab, c]));
    // a partial that may still change (counted for this answer, not stored) is summed every time
    const fresh = emptyPartial();
    fresh.received = 5;
    const first = mergePartials([a, fresh]);
    fresh.received = 7;
    const second = mergePartials([a, fresh]);
    expect([first.received, second.received]).toEqual([6, 8]);
    expect(Object.isFrozen(second)).toBe(false);
  });

  it('takes the percentiles of a histogram again after values were added to it, and after counts were', () => {
    const h = new Map<number, number>([
      [5, 1],
      [1, 1],
      [3, 1],
    ]);
    expect(percentiles(h, [0.5, 1])).toEqual([3, 5]);
    h.set(0, 4); // a new value below the others: the sorted values are taken again
    expect(percentiles(h, [0.5, 1])).toEqual([0, 5]);
    h.set(5, 10); // more of a value already there: the order stands, the ranks follow the counts
    expect(percentiles(h, [0.5, 1])).toEqual([5, 5]);
  });

  it('renames the timeliness bands in figures frozen before the regimes (migration 1765400000000)', () => {
    const frozen = {
      summary: { timeliness: { within10: 3, within17: 1, late: 0 }, received: { total: 4 } },
      months: [{ month: '2025-01', timeliness: { within10: 1, within17: 0, late: 0 } }],
    };
    expect(renameKeys(frozen, { within10: 'withinDeadline', within17: 'withinExtension' })).toEqual({
      summary: { timeliness: { withinDeadline: 3, withinExtension: 1, late: 0 }, received: { total: 4 } },
      months: [{ month: '2025-01', timeliness: { withinDeadline: 1, withinExtension: 0, late: 0 } }],
    });
    expect(
      Object.keys((renameKeys(frozen, { within10: 'withinDeadline' }) as typeof frozen).summary.timeliness),
    ).toEqual(['withinDeadline', 'within17', 'late']);
  });

  it('round-trips a partial through JSON, histograms included', () => {
    const p = emptyPartial();
    p.received = 3;
    p.byChannel.email = 2;
    p.answerDays.set(5, 1).set(12, 2);
    p.steps[2] = { measured: 1, within: 0, seconds: new Map([[1200, 1]]) };
    const back = deserializePartial(serializePartial(p));
    expect(figures(back)).toEqual(figures(p));
    expect(back.answerDays).toEqual(p.answerDays);
  });

  it('splits a range into whole months and the partial ends', () => {
    const end = (m: string) =>
      ({ '2026-02': '2026-02-28', '2026-03': '2026-03-31', '2026-04': '2026-04-30', '2026-05': '2026-05-31' })[m]!;
    expect(splitMonths('2026-03-01', '2026-03-31', end)).toEqual({ months: ['2026-03'], edges: [] });
    expect(splitMonths('2026-02-15', '2026-05-10', end)).toEqual({
      months: ['2026-03', '2026-04'],
      edges: [
        { from: '2026-02-15', to: '2026-02-28' },
        { from: '2026-05-01', to: '2026-05-10' },
      ],
    });
    expect(splitMonths('2026-03-05', '2026-03-09', end)).toEqual({
      months: [],
      edges: [{ from: '2026-03-05', to: '2026-03-09' }],
    });
  });

  it('reads a whole month from the pre-aggregate only once it has been over for two days (UTC), else counts it live', () => {
    const end = (m: string) => ({ '2026-03': '2026-03-31', '2026-04': '2026-04-30', '2026-05': '2026-05-31' })[m]!;
    // on 1 May (UTC) April ended yesterday: a change registered on 30 April, which marked nothing, may still be
    // committing, so April is counted from the requests like the month in progress
    expect(splitMonths('2026-03-01', '2026-05-31', end, settledUpTo(new Date('2026-05-01T23:59:59Z')))).toEqual({
      months: ['2026-03'],
      edges: [
        { from: '2026-04-01', to: '2026-04-30' },
        { from: '2026-05-01', to: '2026-05-31' },
      ],
    });
    expect(splitMonths('2026-03-01', '2026-05-31', end, settledUpTo(new Date('2026-05-02T00:00:00Z'))).months).toEqual([
      '2026-03',
      '2026-04',
    ]);
  });

  it('marks a month stale only where a change can meet it stored: a month already over (UTC), never the one in progress', () => {
    const now = new Date('2026-05-01T00:30:00Z');
    expect(monthsToMark(['2026-04-30', '2026-05-01', null, '2026-06-02', '2026-04-02'], now)).toEqual(['2026-04']);
    expect(monthsToMark(['2026-05-01'], new Date('2026-06-01T00:00:00Z'))).toEqual(['2026-05']);
    // the two rules leave no gap: any month a change on a day leaves unmarked is not yet settled two days later,
    // whatever the hour of either
    for (let d = 0; d < 400; d++) {
      const writer = new Date(Date.UTC(2026, 0, 1) + d * 86400_000 + 86399_000);
      const month = writer.toISOString().slice(0, 7);
      expect(monthsToMark([`${month}-15`], writer)).toEqual([]);
      const storer = new Date(writer.getTime() + 86400_000);
      expect(settledUpTo(storer) < end31(month)).toBe(true);
    }
  });
});

/** The last day of a month (YYYY-MM), written out. */
function end31(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

describe('dates and samples of the roll-ups', () => {
  it('tells a range longer than n years as luxon’s diff in years does, 29 February included', () => {
    const day = fc
      .integer({ min: 0, max: 365 * 12 })
      .map((n) => new Date(Date.UTC(2018, 0, 1 + n)).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, fc.integer({ min: 0, max: 6 }), (a, b, years) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        const luxon = DateTime.fromISO(to).diff(DateTime.fromISO(from), 'years').years > years;
        expect(spansMoreThanYears(from, to, years)).toBe(luxon);
      }),
      { numRuns: 3000 },
    );
    expect(spansMoreThanYears('2019-02-28', '2024-02-29', 5)).toBe(true);
    expect(spansMoreThanYears('2019-03-01', '2024-02-29', 5)).toBe(false);
    expect(spansMoreThanYears('2021-12-07', '2026-12-07', 5)).toBe(false);
    expect(spansMoreThanYears('2021-12-06', '2026-12-07', 5)).toBe(true);
  });

  it('samples each month of a range at its last day, the range’s end in its last month', () => {
    expect(monthSamples('2026-01-01', '2026-12-31')).toHaveLength(12);
    expect(monthSamples('2025-12-01', '2026-03-10')).toEqual(['2025-12-31', '2026-01-31', '2026-02-28', '2026-03-10']);
    expect(monthSamples('2024-02-01', '2024-02-29')).toEqual(['2024-02-29']);
    expect(monthSamples('2026-09-01', '2026-10-31')).toEqual(['2026-09-30', '2026-10-31']);
  });

  // the queue series' property tests: 120 days from 1 December 2025 to 30 March 2026, late requests around them
  const iso = (n: number) => new Date(Date.UTC(2025, 11, 1 + n)).toISOString().slice(0, 10);
  const days = Array.from({ length: 120 }, (_, i) => iso(i));
  const late = fc.array(
    fc.record({
      receivedDate: fc.integer({ min: -30, max: 130 }).map(iso),
      effectiveDueDate: fc.integer({ min: -30, max: 130 }).map(iso),
      endDate: fc.option(fc.integer({ min: -30, max: 130 }).map(iso), { nil: null }),
    }),
    { maxLength: 60 },
  );

  it('gives the queue at sampled days alone as the day-by-day series gives it there, each day’s flows added to its sample', () => {
    const samples = monthSamples(days[0], days[days.length - 1]);
    const flow = fc.array(fc.tuple(fc.integer({ min: 0, max: 119 }), fc.integer({ min: 0, max: 5 })), {
      maxLength: 80,
    });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 50 }), flow, flow, late, (before, inflow, outflow, lateOnes) => {
        const daily = (list: Array<[number, number]>) => {
          const m = new Map<string, number>();
          for (const [d, n] of list) m.set(iso(d), (m.get(iso(d)) ?? 0) + n);
          return m;
        };
        const toSample = (m: Map<string, number>) => {
          const out = new Map<string, number>();
          for (const [d, n] of m) {
            const s = samples.find((x) => x.slice(0, 7) === d.slice(0, 7))!;
            out.set(s, (out.get(s) ?? 0) + n);
          }
          return out;
        };
        const [received, ended] = [daily(inflow), daily(outflow)];
        const dense = queueSeries(days, before, received, ended, lateOnes);
        const sparse = queueSeries(samples, before, toSample(received), toSample(ended), lateOnes);
        expect(sparse).toEqual(samples.map((s) => dense.find((d) => d.date === s)));
      }),
      { numRuns: 300 },
    );
  });

  it('gives the queue at month ends and a run of days (the dashboard’s one series) as the day-by-day series does, each day’s flows added up to the next sample by flowsUpTo', () => {
    const monthEnds = monthSamples(days[0], days[days.length - 1]);
    const regimeFlow = fc.array(
      fc.tuple(fc.integer({ min: 0, max: 125 }), fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 5 })),
      { maxLength: 80 },
    );
    const run = fc.tuple(fc.integer({ min: 0, max: 119 }), fc.integer({ min: 0, max: 40 }));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 50 }), regimeFlow, run, late, (before, list, [start, length], lateOnes) => {
        // (flows after the last day, as a read up to a month's end may bring, are left out)
        const flows = new Map<string, Record<'general' | 'election', { received: number; ended: number }>>();
        for (const [d, r, e] of list) {
          const day = flows.get(iso(d)) ?? {
            general: { received: 0, ended: 0 },
            election: { received: 0, ended: 0 },
          };
          day.general.received += r;
          day.general.ended += e;
          day.election.received += e;
          flows.set(iso(d), day);
        }
        const trend = days.slice(start, start + length + 1);
        const samples = [...new Set([...monthEnds, ...trend])].sort();
        const bySample = flowsUpTo(flows, samples);
        const of = (
          m: ReadonlyMap<string, { general: { received: number; ended: number } }>,
          k: 'received' | 'ended',
        ) => new Map([...m].map(([d, f]) => [d, f.general[k]]));
        const dense = queueSeries(days, before, of(flows, 'received'), of(flows, 'ended'), lateOnes);
        const sparse = queueSeries(samples, before, of(bySample, 'received'), of(bySample, 'ended'), lateOnes);
        expect(sparse).toEqual(samples.map((s) => dense.find((d) => d.date === s)));
        // nothing lost but the flows after the last sample
        const total = (m: ReadonlyMap<string, { election: { received: number } }>) =>
          [...m].filter(([d]) => d <= samples[samples.length - 1]).reduce((a, [, f]) => a + f.election.received, 0);
        expect(total(bySample)).toBe(total(flows));
      }),
      { numRuns: 300 },
    );
  });

  it('takes percentiles of a frozen partial’s histogram by its kept running counts, as the walk over its values does', () => {
    const hist = fc
      .array(fc.tuple(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 0, max: 9 })), { maxLength: 300 })
      .map((pairs) => new Map(pairs));
    const ps = fc
      .array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 4 })
      .map((a) => [...a].sort((x, y) => x - y));
    fc.assert(
      fc.property(hist, ps, (h, wanted) => {
        const walked = percentiles(h, wanted);
        expect(percentiles(h, wanted, true)).toEqual(walked);
        // and again, from what was kept
        expect(percentiles(h, wanted, true)).toEqual(walked);
        for (const p of wanted) expect(percentile(h, p, true)).toBe(percentile(h, p));
      }),
      { numRuns: 500 },
    );
  });
});
