import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD, launchBrowser, newPage, snap } from './browser';
import { startServer, type RunningServer } from './server';

jest.setTimeout(120_000);

/**
 * An office's first report (issue 18.2): an empty list offers the primary action instead of a blank page — react-admin
 * hides a list's toolbar when the list is empty, so the "prepare" button would otherwise be nowhere.
 */
describe('empty lists offer the first step (built console in Chromium)', () => {
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

  async function as(username: string, work: (page: Page) => Promise<void>) {
    const { context, page } = await newPage(browser, server.url);
    try {
      await page.goto('/');
      await page.locator('input[name="username"]').fill(username);
      await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
      await page.locator('button[type="submit"]').click();
      await page.locator('header').getByText('KPU Kota Serang').waitFor();
      await work(page);
    } catch (error) {
      await snap(page, `failure-empty-${username}`);
      throw error;
    } finally {
      await context.close();
    }
  }

  it("lets a PPID prepare the office's first monthly report from the empty list", async () => {
    await as('ppid.serang', async (page) => {
      await page.goto(`${server.url}/#/monthly-reports`);
      const empty = page.getByTestId('reports-empty');
      await empty.getByText('Belum ada laporan bulanan').waitFor();
      await snap(page, 'monthly-reports-empty');
      await empty.getByRole('button', { name: 'Siapkan laporan' }).click();
      // the month as mm/yyyy in the console's picker (the last month that has ended), no native month field
      const jakarta = new Date(Date.now() + 7 * 3600_000);
      const last = new Date(Date.UTC(jakarta.getUTCFullYear(), jakarta.getUTCMonth() - 1, 1));
      const shown = `${String(last.getUTCMonth() + 1).padStart(2, '0')}/${last.getUTCFullYear()}`;
      const dialog = page.getByRole('dialog');
      await page.waitForFunction(
        (want) => (document.querySelector('[role="dialog"] input[name="month"]') as HTMLInputElement)?.value === want,
        shown,
      );
      expect(await dialog.locator('input[type="month"]').count()).toBe(0);
      await dialog.getByRole('button', { name: 'Siapkan laporan' }).click();
      await page.waitForURL(/#\/monthly-reports\/\d+\/show/);
      // the page is titled by its month, not by the row's id
      const month = new Intl.DateTimeFormat('id-ID', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
        new Date(Date.UTC(jakarta.getUTCFullYear(), jakarta.getUTCMonth() - 1, 1)),
      );
      await page.locator('header').getByText(`Laporan bulanan ${month}`, { exact: false }).first().waitFor();
      await page.goto(`${server.url}/#/monthly-reports`);
      await page.locator('tbody tr').first().waitFor();
      expect(await page.locator('tbody tr').count()).toBe(1);
      expect(await page.getByTestId('reports-empty').count()).toBe(0);
    });
  });

  it('tells a desk officer, who may not prepare one, who does', async () => {
    await as('desk.serang', async (page) => {
      await page.goto(`${server.url}/#/annual-reports`);
      // the desk reads the annual reports (annual.read) but does not prepare them (annual.prepare)
      const empty = page.getByTestId('reports-empty');
      await empty.getByText('Belum ada laporan tahunan').waitFor();
      await empty.getByText('Laporan disiapkan oleh PPID satker.').waitFor();
      expect(await empty.getByRole('button').count()).toBe(0);
      await page.setViewportSize({ width: 390, height: 844 });
      await snap(page, 'annual-reports-empty-phone');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    });
  });
});
