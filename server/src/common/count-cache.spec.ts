import { SelectQueryBuilder } from 'typeorm';
import { Clock } from './clock';
import { CountCache } from './count-cache';

/** A query builder stand-in: the cache only needs the SQL text and a count that takes time. */
function query(sql: string, totals: number[], delayMs = 5) {
  let calls = 0;
  const qb = {
    getQueryAndParameters: () => [sql, [1]],
    getCount: () => new Promise<number>((resolve) => setTimeout(() => resolve(totals[Math.min(calls++, totals.length - 1)]), delayMs)),
  } as unknown as SelectQueryBuilder<never>;
  return { qb, calls: () => calls };
}

describe('CountCache', () => {
  let now = 1_000_000;
  const clock = { now: () => new Date(now) } as Clock;

  it('always counts small totals exactly (an office queue shows a new request at once)', async () => {
    const cache = new CountCache(clock);
    const q = query('small', [10, 11, 12]);
    expect(await cache.count(q.qb)).toBe(10);
    expect(await cache.count(q.qb)).toBe(11);
    expect(await cache.count(q.qb)).toBe(12);
    expect(q.calls()).toBe(3);
  });

  it('shares a large total for 30 s per query, then counts again', async () => {
    const cache = new CountCache(clock);
    const q = query('large', [1_000_000, 1_000_050]);
    const other = query('large but another office scope', [60_000]);
    expect(await cache.count(q.qb)).toBe(1_000_000);
    now += 29_000;
    expect(await cache.count(q.qb)).toBe(1_000_000);
    expect(await cache.count(other.qb)).toBe(60_000);
    expect(q.calls()).toBe(1);
    now += 2_000;
    expect(await cache.count(q.qb)).toBe(1_000_050);
    expect(q.calls()).toBe(2);
  });

  it('runs one count for many concurrent askers of a stale large total', async () => {
    const cache = new CountCache(clock);
    const q = query('busy', [2_000_000, 2_000_001, 2_000_002], 20);
    await cache.count(q.qb);
    now += CountCache.TTL_MS + 1;
    const totals = await Promise.all(Array.from({ length: 25 }, () => cache.count(q.qb)));
    expect(new Set(totals)).toEqual(new Set([2_000_001]));
    expect(q.calls()).toBe(2);
  });

  it('forgets a total that fell below the threshold', async () => {
    const cache = new CountCache(clock);
    const q = query('shrinking', [CountCache.LARGE, CountCache.LARGE - 1, 5]);
    expect(await cache.count(q.qb)).toBe(CountCache.LARGE);
    now += CountCache.TTL_MS + 1;
    expect(await cache.count(q.qb)).toBe(CountCache.LARGE - 1);
    expect(await cache.count(q.qb)).toBe(5);
  });
});
