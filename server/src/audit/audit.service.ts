import { Injectable } from '@nestjs/common';
import { AsyncLocalStorage } from 'node:async_hooks';
import { DeepPartial, EntityManager, EntityTarget } from 'typeorm';
import { AuthUser, staffId } from '../common/auth-user';
import { Clock } from '../common/clock';
import { Db } from '../common/db';
import { AuditLog } from './audit-log.entity';

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId?: string | number | null;
  officeId?: number | null;
  changes?: Record<string, unknown> | null;
}

/** Keys never written to the audit trail. */
const SECRET_KEYS = new Set(['password', 'passwordHash', 'tokenHash', 'refreshToken', 'accessToken']);

export function redact(changes: Record<string, unknown> | null | undefined): Record<string, unknown> | null {
  if (!changes) return null;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(changes)) out[k] = SECRET_KEYS.has(k) ? '[disembunyikan]' : v;
  return out;
}

/** Old → new for the keys that changed. */
export function diff<T extends object>(before: T, after: Partial<T>): Record<string, { from: unknown; to: unknown }> {
  const out: Record<string, { from: unknown; to: unknown }> = {};
  for (const key of Object.keys(after) as Array<keyof T>) {
    const a = before[key];
    const b = after[key];
    if (JSON.stringify(a) !== JSON.stringify(b)) out[String(key)] = { from: a ?? null, to: b ?? null };
  }
  return out;
}

@Injectable()
export class AuditService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  /**
   * The audit rows an `inTransaction` change has recorded so far: written together, in the order recorded, in one
   * statement at the end of its transaction (a registration of a new requester records two).
   */
  private readonly pending = new AsyncLocalStorage<AuditLog[]>();

  /**
   * Records one audit row in the current transaction, so the row and the change commit or fail together: inside an
   * `inTransaction` change it joins that change's rows, written at its end; elsewhere it is written at once.
   */
  async record(actor: AuthUser | null, entry: AuditEntry): Promise<void> {
    const row = this.row(actor, entry, this.clock.now());
    const pending = this.db.inTransaction ? this.pending.getStore() : undefined;
    if (pending) pending.push(row);
    // insert, not save: no read-back of the row (this runs in every change of state)
    else await this.db.manager.insert(AuditLog, row as never); // a full entity; TypeORM's deep-partial type trips on the JSON column
  }

  /** Several audit rows in one statement, in the current transaction (a recompute writes one per moved matter). */
  async recordMany(actor: AuthUser | null, entries: AuditEntry[]): Promise<void> {
    if (!entries.length) return;
    const at = this.clock.now();
    const rows = entries.map((entry) => this.row(actor, entry, at));
    await this.db.manager.insert(AuditLog, rows as never);
  }

  /** The audit row of one entry: the staff account behind the actor (none for a requester on the portal). */
  private row(actor: AuthUser | null, entry: AuditEntry, at: Date): AuditLog {
    return this.db.manager.create(AuditLog, {
      at,
      userId: staffId(actor),
      username: actor?.username ?? null,
      officeId: entry.officeId ?? actor?.officeId ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId === undefined || entry.entityId === null ? null : String(entry.entityId),
      changes: redact(entry.changes ?? null),
      ip: actor?.ip ?? null,
    });
  }

  /**
   * Runs `work` in one transaction (joining the current one, if any) and records its audit rows inside it. `work`
   * receives the transaction's manager; everything it calls through Db runs in the same transaction.
   */
  async inTransaction<T>(
    actor: AuthUser | null,
    work: (manager: EntityManager) => Promise<{ result: T; audit: AuditEntry | AuditEntry[] }>,
  ): Promise<T> {
    const change = async () => {
      const { result, audit } = await work(this.db.manager);
      for (const entry of Array.isArray(audit) ? audit : [audit]) await this.record(actor, entry);
      return result;
    };
    // inside another change: its rows join that change's
    if (this.db.inTransaction && this.pending.getStore()) return this.db.transaction(change);
    // a fresh list for every attempt: a deadlock victim is run again whole
    return this.db.transaction(() =>
      this.pending.run([], async () => {
        const result = await change();
        const rows = this.pending.getStore()!;
        await this.db.insert(AuditLog, rows);
        return result;
      }),
    );
  }

  /**
   * Creates and saves a new row and records its creation (the entry names the new row), in one transaction; answers
   * the new row's id. `fields` may be worked out inside the transaction (a number taken from the rows before it).
   */
  async insert<E extends { id: number }>(
    actor: AuthUser | null,
    entity: EntityTarget<E>,
    fields: DeepPartial<E> | ((manager: EntityManager) => Promise<DeepPartial<E>>),
    entry: (row: E) => Omit<AuditEntry, 'entityId'>,
  ): Promise<number> {
    return this.inTransaction(actor, async (m) => {
      const row = m.create(entity, typeof fields === 'function' ? await fields(m) : fields);
      await m.save(entity, row);
      return { result: row.id, audit: { ...entry(row), entityId: row.id } };
    });
  }
}
