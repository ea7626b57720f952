import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD, launchBrowser, newPage, pageApi, pageSession, signIn, snap } from './browser';
import { startServer, type RunningServer } from './server';

jest.setTimeout(90_000);

const percent = (rate: number | null) =>
  rate === null ? '—' : new Intl.NumberFormat('id-ID', { style: 'percent', maximumFractionDigits: 1 }).format(rate);
const days = (value: number | null) =>
  value === null ? '—' : `${new Intl.NumberFormat('id-ID', { maximumFractionDigits: 1 }).format(value)} hari kerja`;

/** GET an API path as the signed-in page's user (the console keeps its token in memory: see pageApi). */
const api = pageApi;

/** The metrics page once every figure it asked for has arrived. */
async function settled(page: Page): Promise<void> {
  await page.locator('[data-testid="metrics-page"][aria-busy="false"]').waitFor();
  await page.getByTestId('kpi-tiles').waitFor();
}

interface SummaryAnswer {
  office: { id: number; name: string };
  received: { total: number };
  decided: { total: number };
  timeliness: { onTimeRate: number | null; medianDays: number | null; p90Days: number | null };
  queue: { open: number; overdue: number };
}

/** The tiles show what GET /api/metrics/summary answers for the range in the date inputs. */
async function expectTilesMatchApi(page: Page, officeId: number): Promise<SummaryAnswer> {
  await settled(page);
  const from = await page.locator('input[name="from"]').inputValue();
  const to = await page.locator('input[name="to"]').inputValue();
  const summary = await api<SummaryAnswer>(page, `metrics/summary?officeId=${officeId}&from=${from}&to=${to}`);
  const tile = async (id: string) => (await page.getByTestId(`kpi-${id}-value`).innerText()).trim();
  expect({
    received: await tile('received'),
    decided: await tile('decided'),
    onTime: await tile('on-time'),
    median: await tile('median'),
    p90: await tile('p90'),
    open: await tile('open'),
    overdue: await tile('overdue'),
  }).toEqual({
    received: String(summary.received.total),
    decided: String(summary.decided.total),
    onTime: percent(summary.timeliness.onTimeRate),
    median: days(summary.timeliness.medianDays),
    p90: days(summary.timeliness.p90Days),
    open: String(summary.queue.open),
    overdue: String(summary.queue.overdue),
  });
  return summary;
}

describe('service dashboards (built console in Chromium)', () => {
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

  async function as<T>(username: string, officeName: string, work: (page: Page) => Promise<T>): Promise<T> {
    const { context, page } = await newPage(browser, server.url);
    try {
      if (officeName === 'KPU Kabupaten Lebak') await signIn(page, username);
      else {
        // browser.ts's signIn waits for Lebak in the app bar; a province user sees their own office there.
        await page.goto('/');
        await page.locator('input[name="username"]').fill(username);
        await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
        await page.locator('button[type="submit"]').click();
        await page.locator('header').getByText(officeName).waitFor();
      }
      return await work(page);
    } catch (error) {
      await snap(page, `failure-metrics-${username}`);
      throw error;
    } finally {
      await context.close();
    }
  }

  it('shows the PPID the figures the API gives for the same range, with charts, on the page and on the home card', async () => {
    await as('ppid', 'KPU Kabupaten Lebak', async (page) => {
      const officeId = (await pageSession(page)).user.office.id;

      // The home card: four figures of the last 30 days (the API's default range).
      const card = page.getByTestId('metrics-card');
      await card.waitFor();
      const last30 = await api<SummaryAnswer>(page, 'metrics/summary');
      await card
        .getByTestId('metrics-card-received')
        .getByText(String(last30.received.total), { exact: true })
        .waitFor();
      await card.getByTestId('metrics-card-overdue').getByText(String(last30.queue.overdue), { exact: true }).waitFor();
      await snap(page, 'metrics-home-card');

      await page.locator('.RaSidebar-fixed').getByRole('menuitem', { name: 'Kinerja layanan' }).click();
      const summary = await expectTilesMatchApi(page, officeId);
      expect(summary.received.total).toBeGreaterThan(0); // the demo seed registered requests in the last 30 days
      await page
        .getByTestId('metrics-scope')
        .getByText(/^KPU Kabupaten Lebak · /)
        .waitFor();
      expect(await page.getByTestId('metrics-daily').locator('.recharts-surface').count()).toBeGreaterThanOrEqual(1);
      expect(
        await page.getByTestId('metrics-monthly').locator('.recharts-bar-rectangle').count(),
      ).toBeGreaterThanOrEqual(1); // the seed's decisions
      // A regency: no office picker and no comparison.
      expect(await page.getByTestId('office-picker').count()).toBe(0);
      expect(await page.getByTestId('metrics-comparison').count()).toBe(0);
      await snap(page, 'metrics-ppid');

      // Another preset asks again, for its own range.
      await page.getByRole('button', { name: '12 bulan' }).click();
      await page.locator('button[aria-pressed="true"]', { hasText: '12 bulan' }).waitFor();
      expect(await page.locator('input[name="from"]').inputValue()).toMatch(/^\d{4}-\d{2}-01$/);
      await expectTilesMatchApi(page, officeId);
    });
  });

  it('compares the offices of a province and drills down into one of them', async () => {
    await as('ppid.banten', 'KPU Provinsi Banten', async (page) => {
      await page.goto('/#/metrics');
      await settled(page);
      const table = page.getByTestId('comparison-table');
      const lebak = table.getByRole('row').filter({ hasText: 'KPU Kabupaten Lebak' });
      await lebak.waitFor();
      await table.getByRole('row').filter({ hasText: 'KPU Kota Serang' }).waitFor();
      expect(await page.getByTestId('metrics-comparison').locator('.recharts-surface').count()).toBeGreaterThanOrEqual(
        1,
      );

      // The province rolls up its offices: its tiles equal the API's answer for itself.
      const own = (await pageSession(page)).user.office.id;
      const province = await expectTilesMatchApi(page, own);
      const from = await page.locator('input[name="from"]').inputValue();
      const to = await page.locator('input[name="to"]').inputValue();
      const cmp = await api<{ children: Array<SummaryAnswer & { office: { id: number; code: string } }> }>(
        page,
        `metrics/offices?officeId=${own}&from=${from}&to=${to}`,
      );
      const lebakFigures = cmp.children.find((c) => c.office.code === 'KPU-LBK')!;
      expect((await lebak.getByRole('cell').nth(1).innerText()).trim()).toBe(String(lebakFigures.received.total));
      expect(cmp.children.reduce((n, c) => n + c.received.total, 0)).toBeLessThanOrEqual(province.received.total);
      await snap(page, 'metrics-province');

      // Drill down: the picker now holds Lebak, the figures are Lebak's, and a regency has nothing to compare.
      await lebak.getByRole('button', { name: 'KPU Kabupaten Lebak' }).click();
      await page
        .getByTestId('metrics-scope')
        .getByText(/^KPU Kabupaten Lebak · /)
        .waitFor();
      expect(await page.getByTestId('office-picker').inputValue()).toBe(String(lebakFigures.office.id));
      await page.getByRole('combobox', { name: 'Satker' }).getByText('KPU Kabupaten Lebak').waitFor();
      await expectTilesMatchApi(page, lebakFigures.office.id);
      await page.getByTestId('metrics-comparison').waitFor({ state: 'detached' });
    });
  });
});
