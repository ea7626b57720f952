import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import IORedis from 'ioredis';
import { MemoryHitStore, rateLimitStoreKind, RedisHitStore } from './rate-limiter';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

describe('rate limiter stores', () => {
  it('memory: a sliding window per bucket; a refused hit is not counted', async () => {
    const store = new MemoryHitStore();
    const t0 = 1_000_000;
    for (let i = 0; i < 3; i++) expect(await store.hit('a', 3, 60_000, t0)).toBe(true);
    expect(await store.hit('a', 3, 60_000, t0 + 10)).toBe(false);
    expect(await store.hit('b', 3, 60_000, t0 + 10)).toBe(true);
    // still three within the window (the refused hits never entered it); 60 s later they have left it
    expect(await store.hit('a', 3, 60_000, t0 + 59_999)).toBe(false);
    for (let i = 0; i < 3; i++) expect(await store.hit('a', 3, 60_000, t0 + 60_001)).toBe(true);
    expect(await store.hit('a', 3, 60_000, t0 + 60_002)).toBe(false);
  });

  it('chooses Redis when REDIS_URL is set, memory otherwise, the database only when asked', () => {
    const redis = { host: '127.0.0.1', port: 6379, db: 0, tls: false, display: 'redis://127.0.0.1:6379/0' };
    const render = (r?: typeof redis) => ({
      mode: 'local' as const,
      redis: r,
      queuePrefix: 'x',
      timeoutMs: 1,
      workerConcurrency: 1,
    });
    expect(rateLimitStoreKind({ render: render() })).toBe('memory');
    expect(rateLimitStoreKind({ render: render(redis) })).toBe('redis');
    expect(rateLimitStoreKind({ render: render(redis), rateLimitStore: 'database' })).toBe('database');
    expect(rateLimitStoreKind({ render: render(), rateLimitStore: 'memory' })).toBe('memory');
    // one of several processes (WEB_CONCURRENCY) without Redis: each process's memory would let N times the limit
    // through, so they count in the database; Redis still first, and a store set on purpose as set
    expect(rateLimitStoreKind({ render: render() }, true)).toBe('database');
    expect(rateLimitStoreKind({ render: render(redis) }, true)).toBe('redis');
    expect(rateLimitStoreKind({ render: render(), rateLimitStore: 'memory' }, true)).toBe('memory');
  });

  const hasRedis = spawnSync('redis-server', ['--version']).status === 0;
  (hasRedis ? describe : describe.skip)('redis (a private redis-server)', () => {
    let server: ChildProcess;
    let a: IORedis;
    let b: IORedis;
    beforeAll(async () => {
      const port = await freePort();
      server = spawn('redis-server', [
        '--port',
        String(port),
        '--bind',
        '127.0.0.1',
        '--save',
        '',
        '--appendonly',
        'no',
      ]);
      a = new IORedis({ port, host: '127.0.0.1', lazyConnect: true, retryStrategy: (n) => (n > 50 ? null : 100) });
      b = new IORedis({ port, host: '127.0.0.1', lazyConnect: true, retryStrategy: (n) => (n > 50 ? null : 100) });
      for (let i = 0; i < 50; i++) {
        try {
          await a.connect();
          break;
        } catch {
          a.disconnect();
          await new Promise((r) => setTimeout(r, 100));
        }
      }
      await b.connect();
    });
    afterAll(async () => {
      a?.disconnect();
      b?.disconnect();
      server?.kill();
    });

    it('two instances share one window: together they get `limit` hits through, no more', async () => {
      const one = new RedisHitStore(a, 'test');
      const two = new RedisHitStore(b, 'test');
      const now = Date.now();
      const results = await Promise.all(
        Array.from({ length: 10 }, (_, i) => (i % 2 ? one : two).hit('shared', 4, 60_000, now + i)),
      );
      expect(results.filter(Boolean)).toHaveLength(4);
      // refused hits were taken back: the set holds only the four that got through
      expect(await a.zcard('test:rate:shared')).toBe(4);
      expect(await one.hit('shared', 4, 60_000, now + 60_020)).toBe(true);
    });
  });
});
