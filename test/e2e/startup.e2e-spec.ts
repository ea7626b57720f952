import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const main = path.resolve(__dirname, '../../server/dist/main.js');

function run(
  env: Record<string, string>,
  timeoutMs = 20000,
): Promise<{ code: number | null; output: string; ms: number }> {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, [main], {
      env: { PATH: process.env.PATH ?? '', PORT: '0', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output, ms: Date.now() - started });
    });
  });
}

describe('start-up failures are clear and fast', () => {
  beforeAll(() => {
    if (!fs.existsSync(main)) throw new Error(`${main} is missing: run "npm run build" first (npm test does)`);
  });

  it('exits non-zero within seconds when MySQL cannot be reached', async () => {
    const r = await run({ DB_URL: 'mysql://root@127.0.0.1:1/lentera' });
    expect(r.code).toBe(1);
    expect(r.ms).toBeLessThan(10000);
    expect(r.output).toContain('Basis data tidak dapat dihubungi / cannot reach the database');
  });

  it('refuses production without a JWT secret, and with the demo seed', async () => {
    const noSecret = await run({ NODE_ENV: 'production', DB_URL: 'sqlite://:memory:' });
    expect(noSecret.code).toBe(1);
    expect(noSecret.output).toContain('JWT_SECRET wajib diisi');
    const demo = await run({
      NODE_ENV: 'production',
      JWT_SECRET: 'x'.repeat(40),
      DEMO_SEED: '1',
      DB_URL: 'sqlite://:memory:',
    });
    expect(demo.code).toBe(1);
    expect(demo.output).toContain('DEMO_SEED tidak boleh aktif');
  });

  it('rejects an unknown DB_URL scheme', async () => {
    const r = await run({ DB_URL: 'postgres://localhost/lentera' });
    expect(r.code).toBe(1);
    expect(r.output).toContain('DB_URL harus diawali mysql:// atau sqlite://');
  });
});
