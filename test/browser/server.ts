import { spawnServer, type RunningServer } from '../support/spawn-server';

export type { RunningServer };

/**
 * Starts the already built server (`node server/dist/main.js`) on a free port with a fresh SQLite database
 * and files directory in a temporary folder holding what the first `npm start` seeds (the demo offices and users, two
 * years of history, recent requests, the DIP), and waits for /api/health.
 */
export function startServer(timeoutMs = 60_000): Promise<RunningServer> {
  return spawnServer({
    timeoutMs,
    demoHistory: true,
    env: { JWT_SECRET: 'browser-test-secret-browser-test-secret-0001' },
  });
}
