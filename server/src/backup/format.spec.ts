import {
  BackupError,
  ColumnInfo,
  fileStamp,
  fromLogical,
  maskUrl,
  mysqlType,
  redact,
  schemaPlan,
  sqliteType,
  toLogical,
  validateManifest,
} from './format';

const col = (type: ColumnInfo['type'], extra: Partial<ColumnInfo> = {}): ColumnInfo => ({
  name: 'c',
  type,
  nullable: true,
  ...extra,
});

describe('backup values: one logical form for both engines', () => {
  it('writes SQLite and MySQL datetimes as the same ISO UTC instant', () => {
    expect(toLogical('t', col('datetime'), '2026-03-17 02:05:09.123')).toBe('2026-03-17T02:05:09.123Z');
    expect(toLogical('t', col('datetime'), '2026-03-17 02:05:09')).toBe('2026-03-17T02:05:09.000Z');
    expect(toLogical('t', col('datetime'), '2026-03-17T02:05:09.5Z')).toBe('2026-03-17T02:05:09.500Z');
    expect(toLogical('t', col('datetime'), new Date('2026-03-17T02:05:09.123Z'))).toBe('2026-03-17T02:05:09.123Z');
  });

  it('stores a datetime back as TypeORM writes it: milliseconds on SQLite, cut to the column precision on MySQL', () => {
    expect(fromLogical('sqlite', 't', col('datetime'), '2026-03-17T02:05:09.987Z')).toBe('2026-03-17 02:05:09.987');
    // MySQL would round .987 up to the next second; MariaDB cuts: cutting gives both the same second
    expect(fromLogical('mysql', 't', col('datetime', { precision: 0 }), '2026-03-17T02:05:09.987Z')).toBe(
      '2026-03-17 02:05:09',
    );
    expect(fromLogical('mysql', 't', col('datetime', { precision: 3 }), '2026-03-17T02:05:09.987Z')).toBe(
      '2026-03-17 02:05:09.987',
    );
  });

  it('turns 0/1 and tinyint(1) into booleans and back into 0/1', () => {
    expect(toLogical('t', col('boolean'), 1)).toBe(true);
    expect(toLogical('t', col('boolean'), 0)).toBe(false);
    expect(toLogical('t', col('boolean'), '1')).toBe(true);
    expect(fromLogical('sqlite', 't', col('boolean'), false)).toBe(0);
    expect(fromLogical('mysql', 't', col('boolean'), true)).toBe(1);
  });

  it('keeps dates, text (JSON as stored), integers and nulls; big integers as strings', () => {
    expect(toLogical('t', col('date'), '2026-04-08')).toBe('2026-04-08');
    expect(toLogical('t', col('string'), '{"a":1}')).toBe('{"a":1}');
    expect(toLogical('t', col('integer'), 42)).toBe(42);
    expect(toLogical('t', col('integer'), '9007199254740993')).toBe('9007199254740993');
    expect(toLogical('t', col('integer'), null)).toBeNull();
    expect(fromLogical('mysql', 't', col('binary'), Buffer.from('abc').toString('base64'))).toEqual(Buffer.from('abc'));
  });

  it('refuses a value that does not fit its column, naming the table and column', () => {
    expect(() => toLogical('requests', col('datetime', { name: 'receivedAt' }), 'yesterday')).toThrow(
      /requests\.receivedAt/,
    );
    expect(() => toLogical('t', col('boolean'), 2)).toThrow(BackupError);
    expect(() => fromLogical('sqlite', 't', col('boolean'), 'true')).toThrow(BackupError);
    expect(() => fromLogical('sqlite', 't', col('date'), '2026-4-8')).toThrow(BackupError);
    expect(() => fromLogical('sqlite', 't', col('string', { nullable: false }), null)).toThrow(/non-null/);
  });

  it('reads the column types of both catalogs alike', () => {
    expect(['INTEGER', 'varchar(16)', 'TEXT', 'datetime', 'date', 'boolean', 'bigint'].map(sqliteType)).toEqual([
      'integer',
      'string',
      'string',
      'datetime',
      'date',
      'boolean',
      'integer',
    ]);
    expect(mysqlType('int', 'int(11)')).toBe('integer');
    expect(mysqlType('tinyint', 'tinyint(1)')).toBe('boolean');
    expect(mysqlType('tinyint', 'tinyint(4)')).toBe('integer');
    expect(mysqlType('datetime', 'datetime')).toBe('datetime');
    expect(mysqlType('text', 'text')).toBe('string');
    expect(mysqlType('longblob', 'longblob')).toBe('binary');
  });
});

describe('backup schema plan', () => {
  const known = ['A1', 'B2', 'C3'];
  it('restores an archive of the same schema, or an older one followed by the newer migrations', () => {
    expect(schemaPlan(['A1', 'B2', 'C3'], known)).toEqual({ before: known, after: [] });
    expect(schemaPlan(['A1'], known)).toEqual({ before: ['A1'], after: ['B2', 'C3'] });
  });
  it('refuses an archive from a newer schema, one out of order, and one without migrations', () => {
    expect(() => schemaPlan(['A1', 'B2', 'C3', 'D4'], known)).toThrow(/newer schema \(D4\)/);
    expect(() => schemaPlan(['A1', 'C3'], known)).toThrow(/order/);
    expect(() => schemaPlan([], known)).toThrow(BackupError);
  });
});

describe('backup secrets and names', () => {
  it('masks the password of a DB_URL and removes it, raw or decoded, from any message', () => {
    expect(maskUrl('mysql://lentera:p%40ss@db:3306/lentera')).toBe('mysql://lentera:***@db:3306/lentera');
    expect(maskUrl('mysql://root@127.0.0.1/x')).toBe('mysql://root@127.0.0.1/x');
    expect(maskUrl('sqlite:///data/x.sqlite')).toBe('sqlite:///data/x.sqlite');
    const url = 'mysql://lentera:p%40ss@db:3306/lentera';
    expect(redact(`cannot use ${url}; password p@ss or p%40ss`, url)).toBe(
      'cannot use mysql://lentera:***@db:3306/lentera; password *** or ***',
    );
  });
  it('names archives by UTC time without characters file systems dislike', () => {
    expect(fileStamp(new Date('2026-12-02T10:37:05.123Z'))).toBe('20261202T103705Z');
  });
  it('refuses a manifest of another format, version or with unsafe names', () => {
    const good = {
      format: 'lentera-backup',
      formatVersion: 1,
      app: { name: 'lentera', version: '0.1.0' },
      createdAt: '2026-12-02T10:37:05.123Z',
      source: { engine: 'sqlite', server: 'SQLite 3', database: 'x' },
      schema: { lastMigration: 'A1', migrations: ['A1'] },
      tables: [
        {
          name: 'offices',
          file: 'tables/offices.jsonl',
          rows: 0,
          bytes: 0,
          sha256: 'e'.repeat(64),
          columns: [{ name: 'id', type: 'integer', nullable: false }],
          primaryKey: ['id'],
          autoIncrement: 'id',
          nextId: 1,
        },
      ],
      files: [],
      missingFiles: [],
    };
    expect(validateManifest(good).tables).toHaveLength(1);
    expect(() => validateManifest({ ...good, format: 'other' })).toThrow(BackupError);
    expect(() => validateManifest({ ...good, formatVersion: 2 })).toThrow(/version 2/);
    expect(() =>
      validateManifest({
        ...good,
        tables: [{ ...good.tables[0], name: 'x; DROP TABLE y', file: 'tables/x; DROP TABLE y.jsonl' }],
      }),
    ).toThrow(BackupError);
    expect(() =>
      validateManifest({
        ...good,
        files: [{ path: 'files/../../etc/passwd', key: '../../etc/passwd', size: 1, sha256: 'e'.repeat(64) }],
      }),
    ).toThrow(BackupError);
  });
});
