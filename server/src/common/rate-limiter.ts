import { Injectable } from '@nestjs/common';
import { Db } from './db';
import { LessThan, MoreThan } from 'typeorm';
import { Clock } from './clock';
import { Errors } from './errors';
import { msg } from './i18n';
import { RateLimitHit } from './rate-limit.entity';

/** A sliding-window limit for public endpoints, shared by all instances through the database. */
@Injectable()
export class RateLimiter {
  private hits = 0;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  /** Counts a hit on `bucket`; 429 when `limit` hits already happened within `windowSeconds`. */
  async consume(bucket: string, limit: number, windowSeconds: number): Promise<void> {
    const now = this.clock.now();
    const repo = this.db.repo(RateLimitHit);
    const key = bucket.slice(0, 100);
    // Insert, then count (own hit included): concurrent requests on any number of instances see each other, so no
    // more than `limit` get through; a refused hit is taken back.
    const { identifiers } = await repo.insert({ bucket: key, at: now });
    const recent = await repo.count({
      where: { bucket: key, at: MoreThan(new Date(now.getTime() - windowSeconds * 1000)) },
    });
    if (recent > limit) {
      await repo.delete({ id: identifiers[0].id });
      const minutes = Math.max(1, Math.ceil(windowSeconds / 60));
      throw Errors.tooMany(
        msg(
          `Terlalu banyak permintaan. Coba lagi dalam ${minutes} menit.`,
          `Too many requests. Try again in ${minutes} minutes.`,
        ),
      );
    }
    if (++this.hits % 500 === 0) await repo.delete({ at: LessThan(new Date(now.getTime() - 2 * 86400_000)) });
  }
}
