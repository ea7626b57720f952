import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DataSource } from 'typeorm';
import { serializeSqliteTransactions } from './sqlite-transactions';

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('SQLite transactions that overlap in time (one better-sqlite3 connection)', () => {
  let dir: string;
  let ds: DataSource;
  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lentera-sqlite-tx-'));
    ds = await new DataSource({ type: 'better-sqlite3', database: path.join(dir, 't.sqlite') }).initialize();
    await ds.query('CREATE TABLE t (v TEXT NOT NULL)');
  });
  afterEach(async () => {
    await ds.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** A fails after B has begun; B commits. Each must keep its own outcome. */
  const overlap = () =>
    Promise.allSettled([
      ds.transaction(async (m) => {
        await m.query("INSERT INTO t (v) VALUES ('a')");
        await pause(30);
        throw new Error('a fails');
      }),
      (async () => {
        await pause(5);
        return ds.transaction(async (m) => {
          await m.query("INSERT INTO t (v) VALUES ('b')");
          await pause(5);
        });
      })(),
    ]);

  it('without serialization they interfere (the reason for the fix)', async () => {
    const [a, b] = await overlap();
    const rows = (await ds.query('SELECT v FROM t ORDER BY v')) as Array<{ v: string }>;
    expect(a.status).toBe('rejected');
    // B either fails to begin, or is swallowed by A's rollback: it does not commit on its own
    expect(b.status === 'rejected' || !rows.some((r) => r.v === 'b')).toBe(true);
  });

  it('serialized, A rolls back alone and B commits', async () => {
    serializeSqliteTransactions(ds);
    const [a, b] = await overlap();
    expect(a.status).toBe('rejected');
    expect(b.status).toBe('fulfilled');
    expect(await ds.query('SELECT v FROM t ORDER BY v')).toEqual([{ v: 'b' }]);
  });

  it('a transaction inside another runs at once (no deadlock) as part of it', async () => {
    serializeSqliteTransactions(ds);
    await ds.transaction(async (m) => {
      await m.query("INSERT INTO t (v) VALUES ('outer')");
      await ds.transaction(async (inner) => inner.query("INSERT INTO t (v) VALUES ('inner')"));
    });
    expect(await ds.query('SELECT v FROM t ORDER BY v')).toEqual([{ v: 'inner' }, { v: 'outer' }]);
  });
});

describe('SQLite: one serialized writer for work outside transactions too', () => {
  let dir: string;
  let ds: DataSource;
  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lentera-sqlite-out-'));
    ds = serializeSqliteTransactions(
      await new DataSource({ type: 'better-sqlite3', database: path.join(dir, 't.sqlite') }).initialize(),
    );
    await ds.query('CREATE TABLE t (v TEXT NOT NULL)');
  });
  afterEach(async () => {
    await ds.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** Opens a transaction that inserts 'tx', waits for `gate`, then fails. */
  function failingTransaction() {
    let release!: () => void;
    let entered!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const inside = new Promise<void>((r) => (entered = r));
    const done = ds
      .transaction(async (m) => {
        await m.query("INSERT INTO t (v) VALUES ('tx')");
        entered();
        await gate;
        throw new Error('the transaction fails');
      })
      .then(
        () => 'committed',
        () => 'rolled back',
      );
    return { release, inside, done };
  }

  it('a write outside any transaction is not rolled back with the transaction open beside it', async () => {
    const tx = failingTransaction();
    await tx.inside;
    // a failed sign-in, a rate-limit hit, a cache row: written by another request while the transaction is open
    const outside = ds.query("INSERT INTO t (v) VALUES ('outside')");
    tx.release();
    expect(await tx.done).toBe('rolled back');
    await outside;
    expect(await ds.query('SELECT v FROM t ORDER BY v')).toEqual([{ v: 'outside' }]);
  });

  it('a read outside the transaction never sees its uncommitted rows', async () => {
    const tx = failingTransaction();
    await tx.inside;
    const read = ds.query('SELECT v FROM t');
    tx.release();
    await tx.done;
    expect(await read).toEqual([]);
  });

  it('repositories and query builders outside a transaction wait their turn too', async () => {
    const tx = failingTransaction();
    await tx.inside;
    const viaBuilder = ds.createQueryBuilder().insert().into('t').values({ v: 'builder' }).execute();
    tx.release();
    await tx.done;
    await viaBuilder;
    expect(await ds.query('SELECT v FROM t ORDER BY v')).toEqual([{ v: 'builder' }]);
  });
});
