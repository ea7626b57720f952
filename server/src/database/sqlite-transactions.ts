import { AsyncLocalStorage } from 'node:async_hooks';
import { DataSource, EntityManager, QueryRunner } from 'typeorm';

/**
 * better-sqlite3 gives TypeORM one connection for the whole process, so everything shares one transaction state:
 * - two requests whose transactions overlap in time would share it: the second `BEGIN` fails ("cannot start a
 *   transaction within a transaction") or becomes a savepoint inside the first, so one rollback takes the other's work;
 * - a query made outside any transaction while another request's transaction is open runs inside that transaction:
 *   a write (a failed sign-in, a rate-limit hit, a cache row) is lost when it rolls back, and a read sees its
 *   uncommitted rows.
 * On SQLite, therefore, all work takes turns through one queue — the single writer SQLite has anyway: a transaction
 * holds the connection from BEGIN to COMMIT/ROLLBACK, and each query outside a transaction waits for the one before it.
 * Work started inside a transaction (same async context) runs at once, as part of it (a nested transaction becomes
 * TypeORM's savepoint). MySQL/MariaDB give each transaction its own pooled connection and need none of this.
 */
export function serializeSqliteTransactions(ds: DataSource): DataSource {
  const inside = new AsyncLocalStorage<true>();
  let tail: Promise<unknown> = Promise.resolve();
  const enqueue = <T>(work: () => Promise<T>): Promise<T> => {
    const run = tail.then(work);
    // the next one waits for this one to finish, whether it succeeded or failed
    tail = run.catch(() => undefined);
    return run;
  };

  const manager = ds.manager as EntityManager & { transaction: (...args: unknown[]) => Promise<unknown> };
  const transaction = manager.transaction.bind(manager);
  manager.transaction = ((...args: unknown[]) =>
    inside.getStore()
      ? transaction(...args)
      : enqueue(() => inside.run(true, () => transaction(...args)))) as typeof manager.transaction;

  const driver = ds.driver as unknown as { createQueryRunner: (mode?: 'master' | 'slave') => QueryRunner };
  const create = driver.createQueryRunner.bind(driver);
  const wrapped = new WeakSet<QueryRunner>();
  driver.createQueryRunner = (mode) => {
    const runner = create(mode);
    if (!wrapped.has(runner)) {
      wrapped.add(runner);
      const query = runner.query.bind(runner) as (...args: unknown[]) => Promise<unknown>;
      runner.query = ((...args: unknown[]) =>
        inside.getStore() ? query(...args) : enqueue(() => query(...args))) as QueryRunner['query'];
    }
    return runner;
  };
  return ds;
}
