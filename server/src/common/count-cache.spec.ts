import { SelectQueryBuilder } from 'typeorm';
import { Clock } from './clock';
import { CountCache } from './count-cache';

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A query builder stand-in: the cache only needs the SQL text and a count that takes time. */
function query(sql: string, totals: number[], delayMs = 5) {
  let calls = 0;
  const qb = {
    clone: () => qb,
    getQueryAndParameters: () => [sql, [1]],
    getCount: () => {
      const total = totals[Math.min(calls++, totals.length - 1)];
      return new Promise<number>((resolve) => setTimeout(() => resolve(total), delayMs));
    },
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

  it('shares a large total for 30 s per query, then answers the stale one while one recount runs', async () => {
    const cache = new CountCache(clock);
    const q = query('large', [1_000_000, 1_000_050]);
    const other = query('large but another office scope', [60_000]);
    expect(await cache.count(q.qb)).toBe(1_000_000);
    now += 29_000;
    expect(await cache.count(q.qb)).toBe(1_000_000);
    expect(await cache.count(other.qb)).toBe(60_000);
    expect(q.calls()).toBe(1);
    now += 2_000;
    // stale: answered at once, many askers, one recount
    const stale = await Promise.all(Array.from({ length: 25 }, () => cache.count(q.qb)));
    expect(new Set(stale)).toEqual(new Set([1_000_000]));
    expect(q.calls()).toBe(2);
    await pause(20);
    expect(await cache.count(q.qb)).toBe(1_000_050);
    expect(q.calls()).toBe(2);
  });

  it('forgets a total that fell below the threshold', async () => {
    const cache = new CountCache(clock);
    const q = query('shrinking', [CountCache.LARGE, CountCache.LARGE - 1, 5]);
    expect(await cache.count(q.qb)).toBe(CountCache.LARGE);
    now += CountCache.TTL_MS + 1;
    expect(await cache.count(q.qb)).toBe(CountCache.LARGE); // stale, recounting
    await pause(20);
    expect(await cache.count(q.qb)).toBe(5); // below the threshold again: exact every time
    expect(q.calls()).toBe(3);
  });
});
