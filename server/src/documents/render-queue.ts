import { RedisConnection, type ConnectionOptions } from 'bullmq';
import { ConfigError, RedisTarget, redisOptions } from '../config/config';

/** The BullMQ queue between the servers (producers) and the render workers (`npm run worker`). */
export const RENDER_QUEUE = 'pdf-render';

export interface RenderJobData {
  html: string;
  landscape?: boolean;
  footerText?: string;
  /** epoch ms after which nobody waits for the result any more: a worker drops the job instead of rendering it */
  deadline: number;
}

/** The PDF is not the job's return value (that would travel to every server's QueueEvents stream): a key with a TTL. */
export interface RenderJobResult {
  key: string;
  bytes: number;
}

export const resultKey = (prefix: string, jobId: string) => `${prefix}:${RENDER_QUEUE}:pdf:${jobId}`;

/** How long a rendered PDF waits in Redis for the server that asked for it. */
export const RESULT_TTL_MS = 120_000;

export function redisConnection(redis: RedisTarget): ConnectionOptions {
  return redisOptions(redis) as ConnectionOptions;
}

/**
 * BullMQ needs a Redis driver: `ioredis` (its optional peer dependency), unless one was plugged in through
 * `RedisConnection.clientFactory`. Without either, say so at start-up rather than at the first PDF.
 */
export function assertRedisDriver(): void {
  if (RedisConnection.clientFactory) return;
  try {
    require.resolve('ioredis');
  } catch {
    throw new ConfigError(
      'REDIS_URL diisi tetapi paket ioredis (driver Redis untuk BullMQ) belum terpasang: npm install ioredis / REDIS_URL is set but the ioredis package (the Redis driver BullMQ uses) is not installed: npm install ioredis',
    );
  }
}

/**
 * A failed render is retried once after half a second (the renderer already relaunches a crashed Chromium once);
 * finished jobs (they hold the HTML) go after 10 minutes, failed ones after a day, at most 1000 of each.
 */
export const JOB_OPTIONS = {
  attempts: 2,
  backoff: { type: 'fixed' as const, delay: 500 },
  removeOnComplete: { age: 600, count: 1000 },
  removeOnFail: { age: 24 * 3600, count: 1000 },
};
