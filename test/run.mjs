#!/usr/bin/env node
// `npm test`: builds everything, then runs the unit tests, the API suite on SQLite and again on MySQL/MariaDB,
// and the browser tests against the built console. Prints one closing line: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as net from 'node:net';

const root = path.resolve(import.meta.dirname, '..');
const jestBin = path.join(root, 'node_modules', 'jest', 'bin', 'jest.js');
const config = path.join(root, 'test', 'jest.config.js');
const extra = process.argv.slice(2);
const results = [];

function step(name, cmd, args, env = {}) {
  console.log(`\n━━ ${name} ━━`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status === 0;
}

function jest(name, project, env = {}) {
  const out = path.join(os.tmpdir(), `lentera-jest-${process.pid}-${results.length}.json`);
  const ok = step(name, process.execPath, [jestBin, '-c', config, '--selectProjects', project, '--json', '--outputFile', out, ...extra], env);
  let summary = { passed: 0, failed: ok ? 0 : 1, skipped: 0 };
  if (fs.existsSync(out)) {
    const j = JSON.parse(fs.readFileSync(out, 'utf8'));
    const failed = j.numFailedTests + j.numRuntimeErrorTestSuites;
    summary = { passed: j.numPassedTests, failed: !ok && failed === 0 ? 1 : failed, skipped: j.numPendingTests + j.numTodoTests };
    fs.rmSync(out);
  }
  results.push({ name, ok, ...summary });
}

function mysqlReachable(url) {
  const u = new URL(url);
  return new Promise((resolve) => {
    const s = net.connect({ host: u.hostname, port: Number(u.port || 3306), timeout: 2000 });
    s.on('connect', () => (s.destroy(), resolve(true)));
    s.on('error', () => resolve(false));
    s.on('timeout', () => (s.destroy(), resolve(false)));
  });
}

if (!step('build (reports, server, console)', 'npm', ['run', 'build', '--silent'])) {
  console.error('\nBuild failed.\n0 passed, 1 failed');
  process.exit(1);
}
if (!step('type-check (server, reports, tests)', process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', path.join(root, 'tsconfig.json')])) results.push({ name: 'type-check', ok: false, passed: 0, failed: 1, skipped: 0 });

jest('unit tests', 'unit');
jest('API suite on SQLite', 'e2e', { TEST_DB: 'sqlite' });

const mysqlUrl = process.env.MYSQL_URL ?? 'mysql://root@127.0.0.1:3306/';
if (await mysqlReachable(mysqlUrl)) {
  jest(`API suite on MySQL/MariaDB (${new URL(mysqlUrl).host})`, 'e2e', { TEST_DB: 'mysql', MYSQL_URL: mysqlUrl });
} else if (process.env.CI || process.env.MYSQL_URL) {
  console.error(`\nMySQL/MariaDB at ${new URL(mysqlUrl).host} is not reachable, and CI or MYSQL_URL requires it.`);
  results.push({ name: 'API suite on MySQL/MariaDB', ok: false, passed: 0, failed: 1, skipped: 0 });
} else {
  console.warn(`\nSkipped: API suite on MySQL/MariaDB — nothing listens at ${new URL(mysqlUrl).host}. Set MYSQL_URL=mysql://user:pass@host:3306/ to run it.`);
}

jest('browser tests (built console in Chromium)', 'browser');

console.log('\n━━ summary ━━');
for (const r of results) console.log(`${r.ok ? '✔' : '✘'} ${r.name}: ${r.passed} passed, ${r.failed} failed${r.skipped ? `, ${r.skipped} skipped` : ''}`);
const passed = results.reduce((a, r) => a + r.passed, 0);
const failed = results.reduce((a, r) => a + r.failed, 0);
const skipped = results.reduce((a, r) => a + r.skipped, 0);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(results.every((r) => r.ok) ? 0 : 1);
