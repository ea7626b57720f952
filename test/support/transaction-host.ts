import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource, EntityManager } from 'typeorm';

/**
 * The transaction of the current async context, as nestjs-cls carries it in the server (`Db`'s host), for unit tests
 * that build a `Db` on a DataSource of their own: a nested `withTransaction` joins the one around it.
 */
export function transactionHost(ds: DataSource) {
  const als = new AsyncLocalStorage<EntityManager>();
  return {
    get tx() {
      return als.getStore() ?? ds.manager;
    },
    withTransaction: <T>(fn: () => Promise<T>) => (als.getStore() ? fn() : ds.transaction((m) => als.run(m, fn))),
    isTransactionActive: () => !!als.getStore(),
  };
}
