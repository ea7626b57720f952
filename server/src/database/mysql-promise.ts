import { PoolConnection } from 'mysql2';
import * as promiseApi from 'mysql2/promise';

/** Exported by mysql2/promise at run time, not in its type declarations. */
const { PromisePoolConnection: Wrapper } = promiseApi as unknown as {
  PromisePoolConnection?: new (connection: unknown, promiseImpl?: PromiseConstructor) => unknown;
};

/**
 * TypeORM sends every statement through `poolConnection.promise().query(…)`, and mysql2's `promise()` calls
 * `require('./promise/pool_connection.js')` each time: a module already loaded, but resolved again from its path
 * (package scope, file system caches): 3 µs a call in a warm loop, about 20 µs a statement in the server's CPU
 * profile (the dashboard's 7 statements: 2 % of its CPU). The same wrapper, made from the class mysql2 exports,
 * without the lookup.
 * Idempotent; the wrapper is what mysql2 itself returns (`new PromisePoolConnection(connection, promiseImpl)`).
 */
export function installPromiseShortcut(): void {
  const proto = PoolConnection.prototype as unknown as {
    promise: (promiseImpl?: PromiseConstructor) => unknown;
    [SHORTCUT]?: true;
  };
  if (proto[SHORTCUT] || typeof Wrapper !== 'function') return; // (another mysql2: left as it is)
  proto.promise = function promise(this: unknown, promiseImpl?: PromiseConstructor) {
    return new Wrapper!(this, promiseImpl);
  };
  proto[SHORTCUT] = true;
}

const SHORTCUT = Symbol.for('lentera.mysql2.promiseShortcut');
