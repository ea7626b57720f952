import { createPool, PoolConnection } from 'mysql2';
import * as promiseApi from 'mysql2/promise';
import { installPromiseShortcut } from './mysql-promise';

const { PromisePoolConnection } = promiseApi as unknown as { PromisePoolConnection: new () => unknown };

describe("mysql2's promise() wrapper without a module lookup per statement", () => {
  const pool = createPool({ host: '127.0.0.1', port: 1, user: 'nobody' }); // never connects: no statement is sent

  afterAll(() => new Promise<void>((done) => pool.end(() => done())));

  it('wraps the connection as mysql2 itself does, once installed however often', () => {
    const config = (pool as never as { config: { connectionConfig: unknown } }).config.connectionConfig;
    const connection = new (
      PoolConnection as unknown as new (pool: unknown, options: unknown) => InstanceType<typeof PoolConnection>
    )(pool, { config });
    try {
      const original = PoolConnection.prototype.promise;
      const theirs = connection.promise();
      installPromiseShortcut();
      const installed = PoolConnection.prototype.promise;
      installPromiseShortcut();
      expect(installed).not.toBe(original);
      expect(PoolConnection.prototype.promise).toBe(installed);
      const ours = connection.promise();
      for (const wrapper of [theirs, ours]) {
        expect(wrapper).toBeInstanceOf(PromisePoolConnection);
        expect((wrapper as unknown as { connection: unknown }).connection).toBe(connection);
      }
      // the same wrapper: a statement through it is the connection's own query, as a promise
      expect(Object.getPrototypeOf(ours)).toBe(Object.getPrototypeOf(theirs));
    } finally {
      (connection as unknown as { stream?: { destroy(): void } }).stream?.destroy();
    }
  });
});
