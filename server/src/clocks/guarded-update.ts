import { EntityTarget, ObjectLiteral } from 'typeorm';
import { Db } from '../common/db';

export interface GuardedRow {
  id: number;
  /** the version read: the row is written only if it still has it */
  version: number;
  /** the new values (columns of the entity) */
  set: Record<string, unknown>;
}

/**
 * Writes many rows of one table in one statement, each guarded by the version it was read with, and bumps their
 * versions: `UPDATE … SET col = CASE id WHEN … THEN … ELSE col END, version = version + 1 WHERE (id = … AND version
 * = …) OR …`. Returns how many rows it wrote — fewer than given means some changed meanwhile. A recompute moves
 * thousands of rows; one statement per batch instead of one per row.
 */
export async function updateGuarded<T extends ObjectLiteral>(
  db: Db,
  entity: EntityTarget<T>,
  rows: GuardedRow[],
  now: Date,
): Promise<number> {
  if (!rows.length) return 0;
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r.set)))];
  const params: Record<string, unknown> = {};
  rows.forEach((r, i) => {
    params[`i${i}`] = r.id;
    params[`v${i}`] = r.version;
    columns.forEach((c, j) => (params[`c${j}_${i}`] = r.set[c] ?? null));
  });
  const set: Record<string, unknown> = { version: () => 'version + 1', updatedAt: now };
  columns.forEach((c, j) => {
    const whens = rows.map((r, i) => (c in r.set ? `WHEN :i${i} THEN :c${j}_${i}` : '')).join(' ');
    const column = db.dataSource.getMetadata(entity).findColumnWithPropertyName(c);
    if (!column) throw new Error(`unknown column ${c}`);
    const name = db.isMysql ? `\`${column.databaseName}\`` : `"${column.databaseName}"`;
    set[c] = () => `CASE id ${whens} ELSE ${name} END`;
  });
  const res = await db
    .repo(entity)
    .createQueryBuilder()
    .update(entity)
    .set(set as never)
    .where(rows.map((_r, i) => `(id = :i${i} AND version = :v${i})`).join(' OR '))
    .setParameters(params)
    .execute();
  return res.affected ?? 0;
}
