#!/usr/bin/env node
// `npm run drill`: builds everything, then runs the drills — several server processes over one MySQL/MariaDB and
// Redis, faults (a server killed during writes, the database restarted under load, Chromium killed, 1,000 renders)
// and the load test — as the jest project "drill". Needs MySQL/MariaDB (MYSQL_URL, default the local one) and Redis
// (REDIS_URL, default redis://127.0.0.1:6379). Prints one closing line: "N passed, N failed".
// Arguments after `--` go to jest (e.g. `npm run drill -- load`). `--no-build` skips the build.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');
const args = process.argv.slice(2);
const noBuild = args.includes('--no-build');
const extra = args.filter((a) => a !== '--no-build');

if (!noBuild) {
  console.log('\n━━ build (reports, server, console) ━━');
  const b = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
  if (b.status !== 0) {
    console.error('\nBuild failed.\n0 passed, 1 failed');
    process.exit(1);
  }
}

const out = path.join(os.tmpdir(), `lentera-drill-${process.pid}.json`);
console.log('\n━━ drills ━━');
const r = spawnSync(
  process.execPath,
  [
    path.join(root, 'node_modules', 'jest', 'bin', 'jest.js'),
    '-c',
    path.join(root, 'test', 'jest.config.js'),
    ...extra,
    '--selectProjects',
    'drill',
    '--runInBand',
    '--json',
    '--outputFile',
    out,
  ],
  {
    cwd: root,
    stdio: 'inherit',
    env: {
      MYSQL_URL: 'mysql://root@127.0.0.1:3306/',
      REDIS_URL: 'redis://127.0.0.1:6379',
      ...process.env,
      TEST_DB: 'mysql',
    },
  },
);
let passed = 0;
let failed = r.status === 0 ? 0 : 1;
let skipped = 0;
if (fs.existsSync(out)) {
  const j = JSON.parse(fs.readFileSync(out, 'utf8'));
  passed = j.numPassedTests;
  failed = j.numFailedTests + j.numRuntimeErrorTestSuites || (r.status === 0 ? 0 : 1);
  skipped = j.numPendingTests + j.numTodoTests;
  fs.rmSync(out);
}
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(r.status === 0 ? 0 : 1);
