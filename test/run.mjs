#!/usr/bin/env node
// `npm test`: checks the machine (installs what is missing when it can), builds everything, lints and type-checks
// every workspace, then runs the unit tests, the API suite on SQLite and again on MySQL/MariaDB, and the browser tests
// against the built console. Prints one closing line: "N passed, N failed[, N skipped][, N suite(s) skipped]".
//
// An engine or tool that is missing fails the run. Skip on purpose with LENTERA_SKIP (comma-separated): mysql, browser.
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as net from 'node:net';

const root = path.resolve(import.meta.dirname, '..');
const jestBin = path.join(root, 'node_modules', 'jest', 'bin', 'jest.js');
const config = path.join(root, 'test', 'jest.config.js');
const extra = process.argv.slice(2);
const results = [];
const skippedSuites = [];
const skip = new Set(
  (process.env.LENTERA_SKIP ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean),
);
const mysqlUrl = process.env.MYSQL_URL ?? 'mysql://root@127.0.0.1:3306/';

function step(name, cmd, args, env = {}) {
  console.log(`\n━━ ${name} ━━`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status === 0;
}

/**
 * The API suite runs two test files at a time (E2E_WORKERS; jest's default on a 2-core machine is one): each file has
 * its own database copied from the template, its own ports and queue prefixes, and half of its time is spent waiting
 * on the database, bcrypt and the renderer, so two overlap well even on 2 cores.
 */
const E2E_WORKERS = process.env.E2E_WORKERS ?? '2';
/**
 * The browser tests, two files at a time too (BROWSER_WORKERS): each has its own server on a copy of the demo template
 * and its own Chromium; every check waits for a condition rather than measuring at once, so a loaded machine only
 * makes them slower.
 */
const BROWSER_WORKERS = process.env.BROWSER_WORKERS ?? '2';

function jest(name, project, env = {}) {
  const out = path.join(os.tmpdir(), `lentera-jest-${process.pid}-${results.length}.json`);
  const parallel = { e2e: E2E_WORKERS, browser: BROWSER_WORKERS }[project];
  const workers = parallel && !extra.some((a) => a.startsWith('--maxWorkers') || a === '-i' || a === '--runInBand');
  const ok = step(
    name,
    process.execPath,
    [
      jestBin,
      '-c',
      config,
      '--selectProjects',
      project,
      '--json',
      '--outputFile',
      out,
      ...(workers ? [`--maxWorkers=${parallel}`] : []),
      ...extra,
    ],
    env,
  );
  let summary = { passed: 0, failed: ok ? 0 : 1, skipped: 0 };
  if (fs.existsSync(out)) {
    const j = JSON.parse(fs.readFileSync(out, 'utf8'));
    const failed = j.numFailedTests + j.numRuntimeErrorTestSuites;
    summary = {
      passed: j.numPassedTests,
      failed: !ok && failed === 0 ? 1 : failed,
      skipped: j.numPendingTests + j.numTodoTests,
    };
    fs.rmSync(out);
  }
  results.push({ name, ok, ...summary });
}

function fail(name) {
  results.push({ name, ok: false, passed: 0, failed: 1, skipped: 0 });
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

const chromiumFound = () =>
  ['/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser', process.env.CHROMIUM_PATH]
    .filter(Boolean)
    .some((p) => fs.existsSync(p));
const pdftotextFound = () => spawnSync('sh', ['-c', 'command -v pdftotext'], { stdio: 'ignore' }).status === 0;

// ── the machine ──────────────────────────────────────────────────────────────
// Chromium (documents, browser tests), poppler (reading PDFs back), fonts and MariaDB: installed with the same script
// CI uses when this is a Debian machine and we are root; otherwise the run stops at once naming the one command.
const needMysql = !skip.has('mysql');
const missing = async () => {
  const m = [];
  if (!chromiumFound()) m.push('Chromium');
  if (!pdftotextFound()) m.push('poppler-utils');
  if (needMysql && !process.env.MYSQL_URL && !(await mysqlReachable(mysqlUrl))) m.push('MariaDB');
  return m;
};
let lacking = await missing();
if (lacking.length) {
  const canInstall = process.getuid?.() === 0 && fs.existsSync('/usr/bin/apt-get');
  if (canInstall) {
    console.log(`\nMissing ${lacking.join(', ')}: installing with .ci/setup`);
    spawnSync('bash', [path.join(root, '.ci', 'setup')], { stdio: 'inherit' });
    lacking = await missing();
  }
  if (lacking.length) {
    console.error(
      `\nMissing: ${lacking.join(', ')}. Run as root: bash .ci/setup` +
        (lacking.includes('MariaDB') ? '  (or set MYSQL_URL, or skip that engine on purpose: LENTERA_SKIP=mysql)' : ''),
    );
    console.error('0 passed, 1 failed');
    process.exit(1);
  }
}

// ── build, lint, type-check ──────────────────────────────────────────────────
if (!step('build (reports, server, console)', 'npm', ['run', 'build', '--silent'])) {
  console.error('\nBuild failed.\n0 passed, 1 failed');
  process.exit(1);
}
const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
/**
 * The checks are independent and each keeps one core busy: two at a time (CHECK_WORKERS), each one's output printed
 * whole when it ends, in the order they were listed.
 */
const checks = [
  ...[
    ['type-check: server, reports, API and drill tests', 'tsconfig.json'],
    ['type-check: console', 'admin/tsconfig.json'],
    ['type-check: browser tests and screenshots', 'test/browser/tsconfig.json'],
  ].map(([name, project]) => ({
    name,
    cmd: process.execPath,
    args: [tsc, '-p', path.join(root, project), '--noEmit'],
  })),
  // the console's API types (admin/src/api/schema.d.ts) must describe the server as built: `npm run api:types`
  {
    name: 'API types current (admin/src/api/schema.d.ts)',
    failure: 'API types current: run npm run api:types',
    cmd: process.execPath,
    args: [path.join(root, 'admin', 'scripts', 'api-types.mjs'), '--check'],
  },
  { name: 'lint (ESLint, Prettier)', failure: 'lint', cmd: 'npm', args: ['run', 'lint', '--silent'] },
];
const outcomes = await runChecks(checks, Number(process.env.CHECK_WORKERS ?? 2));
checks.forEach((c, i) => {
  console.log(`\n━━ ${c.name} ━━ (${outcomes[i].seconds} s)`);
  process.stdout.write(outcomes[i].output);
  if (!outcomes[i].ok) fail(c.failure ?? c.name);
});

function runChecks(list, width) {
  const done = new Array(list.length);
  let next = 0;
  const one = () =>
    new Promise((resolve) => {
      const i = next++;
      if (i >= list.length) return resolve();
      const started = Date.now();
      const child = spawn(list[i].cmd, list[i].args, {
        cwd: root,
        env: process.env,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout.on('data', (d) => (output += d));
      child.stderr.on('data', (d) => (output += d));
      child.on('close', (code) => {
        done[i] = { ok: code === 0, output, seconds: Math.round((Date.now() - started) / 1000) };
        resolve(one());
      });
    });
  return Promise.all(Array.from({ length: Math.max(1, width) }, one)).then(() => done);
}

// ── tests ────────────────────────────────────────────────────────────────────
jest('unit tests', 'unit');
jest('API suite on SQLite', 'e2e', { TEST_DB: 'sqlite' });

if (skip.has('mysql')) {
  console.warn('\nSkipped on purpose (LENTERA_SKIP=mysql): the API suite on MySQL/MariaDB.');
  skippedSuites.push('API suite on MySQL/MariaDB');
} else if (await mysqlReachable(mysqlUrl)) {
  jest(`API suite on MySQL/MariaDB (${new URL(mysqlUrl).host})`, 'e2e', { TEST_DB: 'mysql', MYSQL_URL: mysqlUrl });
} else {
  console.error(`\nMySQL/MariaDB at ${new URL(mysqlUrl).host} is not reachable (MYSQL_URL).`);
  fail('API suite on MySQL/MariaDB');
}

if (skip.has('browser')) {
  console.warn('\nSkipped on purpose (LENTERA_SKIP=browser): the browser tests.');
  skippedSuites.push('browser tests');
} else {
  jest('browser tests (built console in Chromium)', 'browser');
}

console.log('\n━━ summary ━━');
for (const r of results)
  console.log(
    `${r.ok ? '✔' : '✘'} ${r.name}: ${r.passed} passed, ${r.failed} failed${r.skipped ? `, ${r.skipped} skipped` : ''}`,
  );
for (const name of skippedSuites) console.log(`○ ${name}: skipped on purpose`);
const passed = results.reduce((a, r) => a + r.passed, 0);
const failed = results.reduce((a, r) => a + r.failed, 0);
const skipped = results.reduce((a, r) => a + r.skipped, 0);
console.log(
  `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}${skippedSuites.length ? `, ${skippedSuites.length} suite(s) skipped` : ''}`,
);
process.exit(results.every((r) => r.ok) ? 0 : 1);
