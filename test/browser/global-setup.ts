import { demoTemplate } from '../support/spawn-server';

/**
 * Before any browser test: the folder the first `npm start` leaves (demo offices, users and two years of history),
 * seeded once per build and day; each test file's server starts on a copy of it (see startServer).
 */
export default async function globalSetup(): Promise<void> {
  const started = Date.now();
  const dir = await demoTemplate();
  console.log(`\n[browser] demo template ${dir} ready in ${Math.round((Date.now() - started) / 1000)} s`);
}
