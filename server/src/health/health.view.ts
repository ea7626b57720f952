import { Opt, Prop } from '../common/api-views';

export class DatabaseHealth {
  @Prop(String, { enum: ['up', 'down'] }) status: 'up' | 'down';
  /** the TypeORM driver, e.g. better-sqlite3, mysql */
  @Prop(String) type: string;
  /** how long `SELECT 1` took; only when up */
  @Opt(Number) latencyMs?: number;
}

export class RenderQueueCounts {
  @Prop(Number) waiting: number;
  @Prop(Number) active: number;
}

/** PDF rendering: in this process (local), or render workers behind a Redis queue (queue). */
export class RenderHealth {
  @Prop(String, { enum: ['local', 'queue'] }) mode: 'local' | 'queue';
  /** queue mode only */
  @Opt(String, { enum: ['up', 'down'] }) redis?: 'up' | 'down';
  /** queue mode with Redis up: the render workers connected */
  @Opt(Number) workers?: number;
  @Opt(RenderQueueCounts) queue?: RenderQueueCounts;
}

/** The process that answered: with WEB_CONCURRENCY above 1, one of several sharing the port. */
export class ServerProcessHealth {
  /** 1 … WEB_CONCURRENCY in a cluster; 0 when the server runs as one process */
  @Prop(Number) worker: number;
  /** whether this process runs the scheduled jobs (the mail sender, the digest, the metrics' months): one process of a cluster does */
  @Prop(Boolean) jobs: boolean;
}

/** GET /health: 200 with status ok, or 503 with status error (the same shape). */
export class HealthView {
  @Prop(String, { enum: ['ok', 'error'] }) status: 'ok' | 'error';
  @Prop(DatabaseHealth) database: DatabaseHealth;
  @Prop(RenderHealth) render: RenderHealth;
  @Prop(ServerProcessHealth) server: ServerProcessHealth;
}
