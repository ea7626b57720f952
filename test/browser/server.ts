import { spawnServer, type RunningServer } from '../support/spawn-server';

export type { RunningServer };

/**
 * Starts the already built server (`node server/dist/main.js`) on a free port with a fresh SQLite database
 * and files directory in a temporary folder, with the demo seed, and waits for /api/health.
 */
export function startServer(timeoutMs = 60_000): Promise<RunningServer> {
  return spawnServer({ timeoutMs, env: { JWT_SECRET: 'browser-test-secret-browser-test-secret-0001' } });
}
