import type { Browser, Page } from 'playwright-core';
import { asUserAt, dateValue, launchBrowser, pageApi, pagePost, pageSession, snap } from './browser';
import { startServer, type RunningServer } from './server';

jest.setTimeout(180_000);

interface Totals {
  received: { total: number };
  decided: { total: number };
  timeliness: { withinDeadline: number; withinExtension: number; late: number };
}

/** The console as the first `npm start` leaves it: two years of history in four offices (issue 18.11). */
describe('the demo history: every chart, a month’s report and last year’s annual report show real figures', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const as = (username: string, office: string, work: (page: Page) => Promise<void>) =>
    asUserAt(browser, server.url, username, office, work);

  it('gives the national PPID the whole country: the offices rolled up and compared, a year drawn week by week', async () => {
    await as('ppid.ri', 'KPU Republik Indonesia', async (page) => {
      await page.goto('/#/metrics');
      await page.getByRole('button', { name: '12 bulan' }).click();
      await page.locator('button[aria-pressed="true"]', { hasText: '12 bulan' }).waitFor();
      await page.locator('[data-testid="metrics-page"][aria-busy="false"]').waitFor();
      const officeId = (await pageSession(page)).user.office.id;
      const from = await dateValue(page, 'from');
      const to = await dateValue(page, 'to');
      const year = await pageApi<Totals & { officeCount: number }>(
        page,
        `metrics/summary?officeId=${officeId}&from=${from}&to=${to}`,
      );
      // four offices registered two years of requests: a year of the whole country is hundreds of them
      expect(year.officeCount).toBe(7);
      expect(year.received.total).toBeGreaterThan(150);
      expect(year.timeliness.withinDeadline).toBeGreaterThan(0);
      expect(year.timeliness.withinExtension).toBeGreaterThan(0);
      expect(year.timeliness.late).toBeGreaterThan(0);
      await page
        .getByTestId('kpi-received-value')
        .getByText(new Intl.NumberFormat('id-ID').format(year.received.total), { exact: true })
        .waitFor();
      // the provinces compared, Banten (with Lebak and Serang below it) among them
      await page.getByTestId('comparison-table').getByRole('row').filter({ hasText: 'KPU Provinsi Banten' }).waitFor();
      await page.getByTestId('metrics-daily').getByText('Tren mingguan', { exact: true }).waitFor();
      // every month of the year has its bars of decisions
      expect(
        await page.getByTestId('metrics-monthly').locator('.recharts-bar-rectangle').count(),
      ).toBeGreaterThanOrEqual(12);
      await snap(page, 'history-national-metrics');
    });
  });

  it('prepares last year’s annual report and last month’s report with the figures of the history', async () => {
    await as('ppid', 'KPU Kabupaten Lebak', async (page) => {
      const officeId = (await pageSession(page)).user.office.id;
      const lastYear = new Date().getFullYear() - 1;
      const lastYearTotals = await pageApi<Totals>(
        page,
        `metrics/summary?officeId=${officeId}&from=${lastYear}-01-01&to=${lastYear}-12-31`,
      );
      expect(lastYearTotals.received.total).toBeGreaterThan(50);

      const annual = await pagePost<{ id: number; statistics: { summary: Totals; months: unknown[] } }>(
        page,
        'annual-reports',
        { year: lastYear },
      );
      expect(annual.status).toBe(201);
      expect(annual.body.statistics.summary.received.total).toBe(lastYearTotals.received.total);
      expect(annual.body.statistics.summary.decided.total).toBe(lastYearTotals.decided.total);
      expect(annual.body.statistics.months).toHaveLength(12);
      await page.goto(`/#/annual-reports/${annual.body.id}/show`);
      await page.getByText(String(lastYearTotals.received.total), { exact: true }).first().waitFor();
      await snap(page, 'history-annual-report');

      const d = new Date();
      const month = `${d.getMonth() === 0 ? d.getFullYear() - 1 : d.getFullYear()}-${String(((d.getMonth() + 11) % 12) + 1).padStart(2, '0')}`;
      const monthly = await pagePost<{ id: number; figures: { summary: Totals } | null }>(page, 'monthly-reports', {
        month,
      });
      expect(monthly.status).toBe(201);
      const monthTotals = await pageApi<Totals>(
        page,
        `metrics/summary?officeId=${officeId}&from=${month}-01&to=${month}-${new Date(Number(month.slice(0, 4)), Number(month.slice(5)), 0).getDate()}`,
      );
      expect(monthTotals.received.total).toBeGreaterThan(0);
      expect(monthly.body.figures?.summary.received.total).toBe(monthTotals.received.total);
      await page.goto(`/#/monthly-reports/${monthly.body.id}/show`);
      await page
        .locator('header')
        .getByText(/Laporan bulanan/)
        .first()
        .waitFor();
      await snap(page, 'history-monthly-report');
    });
  });
});
