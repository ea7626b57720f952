import { DataSource, EntityManager } from 'typeorm';

/** The few SQL constructs that differ between MySQL/MariaDB and SQLite live here, tested on both. */
export function isMysql(ds: DataSource | EntityManager): boolean {
  const type = ('connection' in ds ? ds.connection : ds).options.type;
  return type === 'mysql' || type === 'mariadb';
}

/** Atomically increments a (officeId, name, year) counter inside the caller's transaction and returns the new value. */
export async function incrementSequence(
  manager: EntityManager,
  officeId: number,
  name: string,
  year: number,
): Promise<number> {
  if (isMysql(manager)) {
    // one statement: LAST_INSERT_ID(expr) hands the new value back in the answer's insertId (the row stays locked by
    // the upsert until the transaction ends, so concurrent registrations still queue for their numbers)
    const res: { insertId: number } = await manager.query(
      'INSERT INTO `sequences` (`officeId`, `name`, `year`, `value`) VALUES (?, ?, ?, LAST_INSERT_ID(1)) ON DUPLICATE KEY UPDATE `value` = LAST_INSERT_ID(`value` + 1)',
      [officeId, name, year],
    );
    return Number(res.insertId);
  }
  const rows: Array<{ value: number }> = await manager.query(
    'INSERT INTO "sequences" ("officeId", "name", "year", "value") VALUES (?, ?, ?, 1) ON CONFLICT ("officeId", "name", "year") DO UPDATE SET "value" = "value" + 1 RETURNING "value"',
    [officeId, name, year],
  );
  return Number(rows[0].value);
}
