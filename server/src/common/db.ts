import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { DataSource, EntityManager, EntityTarget, ObjectLiteral, Repository } from 'typeorm';

/**
 * The database as every service sees it: the transaction of the current context when there is one, the pool
 * otherwise (nestjs-cls carries the transaction through async calls, as Vendure's TransactionalConnection does).
 * No service passes an EntityManager around: a read made inside `transaction()` — or anywhere below it — runs in that
 * transaction, so what a change depends on is read in the transaction that writes it.
 */
@Injectable()
export class Db {
  constructor(
    private readonly host: TransactionHost<TransactionalAdapterTypeOrm>,
    readonly dataSource: DataSource,
  ) {}

  /** The current transaction's manager, or the pool's outside a transaction. */
  get manager(): EntityManager {
    return this.host.tx;
  }

  repo<T extends ObjectLiteral>(entity: EntityTarget<T>): Repository<T> {
    return this.host.tx.getRepository(entity);
  }

  query<T = unknown>(sql: string, params?: unknown[]): Promise<T> {
    return this.host.tx.query(sql, params);
  }

  /** Runs `fn` in a transaction; inside one already, `fn` joins it (one commit, one rollback). */
  transaction<T>(fn: () => Promise<T>): Promise<T> {
    return this.host.withTransaction(fn);
  }

  get inTransaction(): boolean {
    return this.host.isTransactionActive();
  }

  get isMysql(): boolean {
    const type = this.dataSource.options.type;
    return type === 'mysql' || type === 'mariadb';
  }
}
