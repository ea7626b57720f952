import { Injectable } from '@nestjs/common';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Clock } from './clock';

/**
 * The exact total of a list (for Content-Range) costs a scan of every matching row: ~0.2–0.5 s for the national list of
 * a million requests, run by every one of many users opening it at once. Totals at or above `LARGE` rows are counted
 * once per `TTL_MS` per distinct query (filters and office scope included) and shared: after that a stale total is
 * answered at once while one recount runs in the background for the next askers. Smaller totals — an office's queue,
 * where a new registration must show at once — are always exact.
 */
@Injectable()
export class CountCache {
  static readonly LARGE = 50_000;
  static readonly TTL_MS = 30_000;
  private readonly known = new Map<string, { total: number; at: number }>();
  private readonly running = new Map<string, Promise<number>>();

  constructor(private readonly clock: Clock) {}

  async count(qb: SelectQueryBuilder<ObjectLiteral>): Promise<number> {
    const [sql, params] = qb.getQueryAndParameters();
    const key = `${sql}\u0000${JSON.stringify(params)}`;
    const now = this.clock.now().getTime();
    const hit = this.known.get(key);
    if (!hit || hit.total < CountCache.LARGE) return this.exact(key, qb, now);
    if (now - hit.at >= CountCache.TTL_MS && !this.running.has(key)) this.refresh(key, qb.clone(), now);
    return hit.total;
  }

  private async exact(key: string, qb: SelectQueryBuilder<ObjectLiteral>, now: number): Promise<number> {
    const total = await qb.getCount();
    this.remember(key, total, now);
    return total;
  }

  private refresh(key: string, qb: SelectQueryBuilder<ObjectLiteral>, now: number): void {
    const p = this.exact(key, qb, now)
      .catch(() => this.known.delete(key)) // the next asker counts exactly (and sees the error, if it persists)
      .finally(() => this.running.delete(key));
    this.running.set(key, p as Promise<unknown> as Promise<number>);
  }

  private remember(key: string, total: number, at: number): void {
    if (total < CountCache.LARGE) {
      this.known.delete(key);
      return;
    }
    if (this.known.size >= 1000) this.known.delete(this.known.keys().next().value as string);
    this.known.set(key, { total, at });
  }
}
