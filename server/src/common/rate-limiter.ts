import cluster from 'node:cluster';
import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import { LessThan, MoreThan } from 'typeorm';
import { APP_CONFIG, AppConfig, redisOptions } from '../config/config';
import { Clock } from './clock';
import { Db } from './db';
import { Errors } from './errors';
import { msg } from './i18n';
import { RateLimitHit } from './rate-limit.entity';

/** Where the hits are counted (RATE_LIMIT_STORE; by default Redis when REDIS_URL is set, else this process). */
export type RateLimitStoreKind = 'memory' | 'redis' | 'database';

/** A sliding window of hits per bucket. `hit` counts one (own hit included) and takes it back when refused. */
interface HitStore {
  /** true when the hit fits within `limit` hits in the window */
  hit(bucket: string, limit: number, windowMs: number, now: number): Promise<boolean>;
  close?(): Promise<void>;
}

/**
 * One process: the hits live in memory. A public GET is a read, and a read writes no table (README, "reads never
 * write"), so the default store is not the database. Buckets are pruned as they are touched, and the map is swept
 * every 1000 hits so that a stream of one-off addresses cannot grow it for ever.
 */
export class MemoryHitStore implements HitStore {
  private readonly hits = new Map<string, number[]>();
  private touches = 0;

  async hit(bucket: string, limit: number, windowMs: number, now: number): Promise<boolean> {
    const since = now - windowMs;
    const list = (this.hits.get(bucket) ?? []).filter((at) => at > since);
    const ok = list.length < limit;
    if (ok) list.push(now);
    if (list.length) this.hits.set(bucket, list);
    else this.hits.delete(bucket);
    if (++this.touches % 1000 === 0) this.sweep(now);
    return ok;
  }

  /** Drops the hits older than a day (the longest window a public route uses is an hour). */
  private sweep(now: number): void {
    for (const [bucket, list] of this.hits) {
      const kept = list.filter((at) => at > now - 86_400_000);
      if (kept.length) this.hits.set(bucket, kept);
      else this.hits.delete(bucket);
    }
  }
}

/**
 * Several processes sharing one Redis (REDIS_URL, as the render queue): a sorted set per bucket, scored by time. Add,
 * trim and count run in one MULTI, so concurrent hits on any number of instances see each other; a refused hit is
 * removed again.
 */
export class RedisHitStore implements HitStore {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  async hit(bucket: string, limit: number, windowMs: number, now: number): Promise<boolean> {
    const key = `${this.prefix}:rate:${bucket}`;
    const member = `${now}:${randomBytes(6).toString('hex')}`;
    const res = await this.redis
      .multi()
      .zremrangebyscore(key, 0, now - windowMs)
      .zadd(key, now, member)
      .zcard(key)
      .pexpire(key, windowMs)
      .exec();
    const count = Number(res?.[2]?.[1] ?? 0);
    if (count <= limit) return true;
    await this.redis.zrem(key, member);
    return false;
  }

  async close(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}

/** The database (RATE_LIMIT_STORE=database): shared by every instance without Redis, at the price of a write per hit. */
export class DatabaseHitStore implements HitStore {
  private touches = 0;

  constructor(private readonly db: Db) {}

  async hit(bucket: string, limit: number, windowMs: number, now: number): Promise<boolean> {
    const repo = this.db.repo(RateLimitHit);
    const at = new Date(now);
    // Insert, then count (own hit included): concurrent requests on any number of instances see each other, so no
    // more than `limit` get through; a refused hit is taken back.
    const { identifiers } = await repo.insert({ bucket, at });
    const recent = await repo.count({ where: { bucket, at: MoreThan(new Date(now - windowMs)) } });
    if (++this.touches % 500 === 0) await repo.delete({ at: LessThan(new Date(now - 2 * 86400_000)) });
    if (recent <= limit) return true;
    await repo.delete({ id: identifiers[0].id });
    return false;
  }
}

/**
 * RATE_LIMIT_STORE as set; unset: Redis when REDIS_URL is set (instances share the limits), else this process's memory
 * — or, in one of several processes (WEB_CONCURRENCY, node:cluster), the database: each process's memory would let
 * that many times the limit through.
 */
export function rateLimitStoreKind(
  config: Pick<AppConfig, 'rateLimitStore' | 'render'>,
  inCluster: boolean = cluster.isWorker,
): RateLimitStoreKind {
  return config.rateLimitStore ?? (config.render.redis ? 'redis' : inCluster ? 'database' : 'memory');
}

/** A sliding-window limit for public endpoints: in memory, in Redis (shared by instances) or in the database. */
@Injectable()
export class RateLimiter implements OnModuleDestroy {
  private readonly logger = new Logger(RateLimiter.name);
  private store: HitStore | null = null;
  readonly kind: RateLimitStoreKind;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.kind = rateLimitStoreKind(config);
  }

  /** Counts a hit on `bucket`; 429 when `limit` hits already happened within `windowSeconds`. */
  async consume(bucket: string, limit: number, windowSeconds: number): Promise<void> {
    const ok = await this.getStore().hit(bucket.slice(0, 100), limit, windowSeconds * 1000, this.clock.now().getTime());
    if (ok) return;
    const minutes = Math.max(1, Math.ceil(windowSeconds / 60));
    throw Errors.tooMany(
      msg(
        `Terlalu banyak permintaan. Coba lagi dalam ${minutes} menit.`,
        `Too many requests. Try again in ${minutes} minutes.`,
      ),
    );
  }

  private getStore(): HitStore {
    if (this.store) return this.store;
    if (this.kind === 'database') this.store = new DatabaseHitStore(this.db);
    else if (this.kind === 'redis') {
      const redis = this.config.render.redis;
      if (!redis) throw new Error('RATE_LIMIT_STORE=redis needs REDIS_URL');
      // ioredis is loaded only when it is used (a single process without Redis never needs it)
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const IORedis = require('ioredis').default as typeof import('ioredis').default;
      const client = new IORedis({
        ...redisOptions(redis),
        maxRetriesPerRequest: 2,
        lazyConnect: false,
      });
      client.on('error', (e: Error) => this.logger.warn(`rate limiter: Redis ${redis.display}: ${e.message}`));
      this.store = new RedisHitStore(client, this.config.render.queuePrefix);
    } else this.store = new MemoryHitStore();
    return this.store;
  }

  async onModuleDestroy(): Promise<void> {
    await this.store?.close?.();
  }
}
