import { MetricsService } from '../../server/src/metrics/metrics.service';
import { bearer, register } from '../support/fixtures';
import { runCli, type CliRun } from '../support/spawn-server';
import { createTestApp, materialize, TestApp } from '../support/test-app';

/** `npm run metrics:materialize` as an operator runs it: the built CLI, in its own process, on the same database. */
function materializeCli(dbUrl: string): Promise<CliRun> {
  return runCli('materialize-metrics', [], { DB_URL: dbUrl });
}

/**
 * The job that keeps the metrics' whole months (MetricsMaterializer): what it finds pending and what it leaves alone.
 * Reads never store a month (permission-matrix.e2e-spec.ts walks every GET); the figures through it are checked in
 * metrics.e2e-spec.ts.
 */
describe('the metrics pre-aggregate: stored by its scheduled job, never by a read', () => {
  let t: TestApp;
  let offices: number;
  beforeAll(async () => {
    t = await createTestApp();
    offices = Number((await t.ds.query('SELECT COUNT(*) AS n FROM offices'))[0].n);
  });
  afterAll(async () => t?.close());

  const stored = async (month: string) =>
    Number((await t.ds.query('SELECT COUNT(*) AS n FROM metrics_office_month WHERE month = ?', [month]))[0].n);

  it('finds every office pending for each settled month five years back, none for a month ended under two days ago', async () => {
    t.clock.set(new Date('2026-05-01T10:00:00Z')); // April ended yesterday (UTC): not settled
    const pending = await t.app.get(MetricsService).pendingMonths();
    const months = [...pending.keys()];
    expect(months[0]).toBe('2026-03'); // newest first
    expect(months).not.toContain('2026-04');
    expect(months[months.length - 1]).toBe('2021-04'); // the month five years before the last settled day
    expect(months).toHaveLength(60);
    // every office, those without a single request too: a roll-up finds each of them stored
    for (const ids of pending.values()) expect(ids).toHaveLength(offices);
  });

  it('stores them through the CLI in its own process, then finds nothing left; a late change makes one office-month pending', async () => {
    // the CLI reads the real clock: everything settled up to two days ago is stored, on the test's database
    const first = await materializeCli(t.config.db.url);
    expect(first.code).toBe(0);
    const n = Number(/whole months stored: (\d+) office-months/.exec(first.out)?.[1]);
    expect(n).toBeGreaterThanOrEqual(60 * offices);
    expect(await stored('2026-03')).toBe(2 * offices); // one row per regime
    const again = await materializeCli(t.config.db.url);
    expect(again.out).toMatch(/whole months stored: 0 office-months of 0 months/);
    // in-process, at the test's clock (whose five years reach further back than the CLI's): those months, then nothing
    t.clock.set(new Date('2026-04-10T03:00:00Z'));
    expect((await materialize(t)).months).toBeGreaterThan(0);
    expect((await t.app.get(MetricsService).pendingMonths()).size).toBe(0);
    // a letter of 20 March registered late marks March at the desk's office: that office-month alone is pending,
    // and reads count it from the requests meanwhile without clearing the mark
    await register(t, { channel: 'letter', receivedAt: '2026-03-20T02:00:00Z' });
    const pending = await t.app.get(MetricsService).pendingMonths();
    expect([...pending.entries()]).toEqual([['2026-03', [expect.any(Number)]]]);
    await t
      .http()
      .get('/api/metrics/summary?from=2026-03-01&to=2026-03-31')
      .set(await bearer(t, 'ppid'))
      .expect(200);
    expect((await t.app.get(MetricsService).pendingMonths()).size).toBe(1);
    expect(await materialize(t)).toEqual({ months: 1, officeMonths: 1 });
    expect((await t.app.get(MetricsService).pendingMonths()).size).toBe(0);
  });
});
