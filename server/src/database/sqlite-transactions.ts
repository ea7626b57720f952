import { AsyncLocalStorage } from 'node:async_hooks';
import { DataSource, EntityManager } from 'typeorm';

/**
 * better-sqlite3 gives TypeORM one connection for the whole process. Two requests whose transactions overlap in time
 * would share it: the second `BEGIN` fails ("cannot start a transaction within a transaction") or, worse, becomes a
 * savepoint inside the first, so one request's rollback takes the other's work with it. On SQLite, transactions
 * therefore take turns: each waits for the one before it (SQLite allows one writer at a time anyway). A transaction
 * started inside another in the same async context runs at once, as the savepoint TypeORM makes of it.
 */
export function serializeSqliteTransactions(ds: DataSource): DataSource {
  const manager = ds.manager as EntityManager & { transaction: (...args: unknown[]) => Promise<unknown> };
  const original = manager.transaction.bind(manager);
  const inside = new AsyncLocalStorage<true>();
  let tail: Promise<unknown> = Promise.resolve();
  manager.transaction = ((...args: unknown[]) => {
    if (inside.getStore()) return original(...args);
    const run = tail.then(() => inside.run(true, () => original(...args)));
    // the next one waits for this one to finish, whether it committed or rolled back
    tail = run.catch(() => undefined);
    return run;
  }) as typeof manager.transaction;
  return ds;
}
