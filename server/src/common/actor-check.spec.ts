import { AsyncLocalStorage } from 'node:async_hooks';
import { ClsService } from 'nestjs-cls';
import { DataSource } from 'typeorm';
import { ActorCheck } from './actor-check';
import { ConfigVersion } from './config-version';
import { Db } from './db';
import { transactionHost } from '../../../test/support/transaction-host';

/**
 * A user taken from the process (ActorCheck) is checked inside the transaction: by the configuration version's read
 * where the transaction makes one, otherwise by a statement of its own before the commit. A changed account rolls the
 * whole change back with a 401. On an embedded SQLite database with the two tables the check reads.
 */
describe('ActorCheck: a user taken from the process is checked before any change commits', () => {
  let ds: DataSource;
  let db: Db;
  let cls: ClsService;
  let actor: ActorCheck;
  let config: ConfigVersion;
  const seen: string[] = [];

  beforeAll(async () => {
    ds = await new DataSource({
      type: 'better-sqlite3',
      database: ':memory:',
      logging: ['query'],
      logger: {
        logQuery: (q: string) => void seen.push(q),
        logQueryError: () => undefined,
        logQuerySlow: () => undefined,
        logSchemaBuild: () => undefined,
        logMigration: () => undefined,
        log: () => undefined,
      },
    }).initialize();
    await ds.query(
      'CREATE TABLE users (id integer PRIMARY KEY, active integer NOT NULL, tokenVersion integer NOT NULL, authVersion integer NOT NULL)',
    );
    await ds.query('INSERT INTO users VALUES (7, 1, 2, 5)');
    await ds.query('CREATE TABLE config_version (id integer PRIMARY KEY, version integer NOT NULL)');
    await ds.query('INSERT INTO config_version VALUES (1, 1)');
    await ds.query('CREATE TABLE notes (id integer PRIMARY KEY, text varchar NOT NULL)');
    const host = transactionHost(ds);
    cls = new ClsService(new AsyncLocalStorage());
    actor = new ActorCheck(cls);
    db = new Db(host as never, ds, actor);
    config = new ConfigVersion(db, cls, actor);
  });
  afterAll(async () => ds?.destroy());

  /** One HTTP request's context, its user taken from the process as account 7 with these versions. */
  const asRequest = <T>(versions: { tokenVersion: number; authVersion: number }, fn: () => Promise<T>) =>
    cls.run(() => {
      actor.defer({ id: 7, ...versions }, () => undefined);
      return fn();
    });
  const note = (text: string) => db.query('INSERT INTO notes (text) VALUES (?)', [text]);
  const notes = async () => (await ds.query('SELECT text FROM notes ORDER BY id')).map((r: { text: string }) => r.text);

  it('checks the account by a statement of its own before the commit where the transaction read no version', async () => {
    seen.length = 0;
    await asRequest({ tokenVersion: 2, authVersion: 5 }, () => db.transaction(() => note('as it stands')));
    expect(await notes()).toEqual(['as it stands']);
    expect(
      seen.filter((q) => /FROM users WHERE id = 7 AND active = 1 AND tokenVersion = 2 AND authVersion = 5/.test(q)),
    ).toHaveLength(1);
  });

  it('rolls the change back with a 401 when the account changed since the process read it', async () => {
    await expect(
      asRequest({ tokenVersion: 2, authVersion: 4 }, () => db.transaction(() => note('roles changed meanwhile'))),
    ).rejects.toMatchObject({ status: 401 });
    await ds.query('UPDATE users SET active = 0 WHERE id = 7');
    await expect(
      asRequest({ tokenVersion: 2, authVersion: 5 }, () => db.transaction(() => note('deactivated meanwhile'))),
    ).rejects.toMatchObject({ status: 401 });
    await ds.query('UPDATE users SET active = 1 WHERE id = 7');
    expect(await notes()).toEqual(['as it stands']);
  });

  it('checks with the configuration version the transaction reads anyway, and then no more', async () => {
    seen.length = 0;
    await asRequest({ tokenVersion: 2, authVersion: 5 }, () =>
      db.transaction(async () => {
        await config.cached('anything', async () => 'loaded');
        await note('checked by the version read');
      }),
    );
    expect(await notes()).toEqual(['as it stands', 'checked by the version read']);
    const checks = seen.filter((q) => /FROM users WHERE id = 7/.test(q));
    expect(checks).toHaveLength(1);
    expect(checks[0]).toMatch(/^SELECT version, \(SELECT COUNT\(\*\) FROM users .*\) AS actor FROM config_version/);
  });

  it('checks nothing for a request that read its user from the database, or outside a request', async () => {
    seen.length = 0;
    await cls.run(() => db.transaction(() => note('read fresh')));
    await db.transaction(() => note('a scheduled job'));
    expect(seen.filter((q) => /FROM users/.test(q))).toEqual([]);
  });
});
