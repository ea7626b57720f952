import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage, signIn, snap, dateValue } from './browser';
import { startServer, type RunningServer } from './server';

jest.setTimeout(180_000);

const REASON = 'Keputusan KPU Kabupaten Lebak Nomor 45 Tahun 2026 tentang layanan informasi masa Pemilihan';

describe('the service rules as versioned data (built console in Chromium)', () => {
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

  async function as<T>(username: string, work: (page: Page) => Promise<T>): Promise<T> {
    const { context, page } = await newPage(browser, server.url);
    try {
      await signIn(page, username);
      return await work(page);
    } catch (error) {
      await snap(page, `failure-rules-${username}`);
      throw error;
    } finally {
      await context.close();
    }
  }

  it('shows the desk the rules in force per regime with units, legal sources and the unconfirmed values, read-only', async () => {
    await as('desk', async (page) => {
      await page.locator('.RaSidebar-fixed').getByRole('menuitem', { name: 'Aturan batas waktu' }).click();
      const general = page.getByTestId('in-force-general');
      await general.getByTestId('rule-value-answerDays').getByText('10 hari kerja').waitFor();
      await general.getByTestId('rule-answerDays').getByText('UU 14/2008 Pasal 22 ayat (7)').waitFor();
      await general.getByTestId('rule-answerDays').getByText('Batas waktu pemberitahuan tertulis').waitFor();
      // a value whose article was not read in the regulation's own text says so
      await general
        .getByTestId('rule-completeDays')
        .getByTestId('unconfirmed')
        .getByText('belum terkonfirmasi')
        .waitFor();
      expect(await general.getByTestId('rule-answerDays').getByTestId('unconfirmed').count()).toBe(0);
      await general.getByText('Nasional', { exact: true }).waitFor();
      expect(await page.getByTestId('publish-rule-set').count()).toBe(0);

      await page.getByTestId('tab-election').click();
      const election = page.getByTestId('in-force-election');
      await election.getByTestId('rule-value-answerDays').getByText('3 hari kerja').waitFor();
      await election
        .getByTestId('rule-answerDays')
        .getByText(/PerKI 1\/2019 Pasal 12/)
        .waitFor();
      await election.getByTestId('rule-answerDays').getByTestId('unconfirmed').waitFor();
      await snap(page, 'rules-desk');
    });
  });

  it('lets an administrator publish a new version from the rules screen; the history names when, why and who', async () => {
    await as('admin', async (page) => {
      await page.locator('.RaSidebar-fixed').getByRole('menuitem', { name: 'Aturan batas waktu' }).click();
      await page.getByTestId('tab-election').click();
      await page
        .getByTestId('in-force-election')
        .getByTestId('rule-value-answerDays')
        .getByText('3 hari kerja')
        .waitFor();
      await page.getByTestId('publish-rule-set').click();

      const dialog = page.getByTestId('dialog-publish');
      await dialog.getByText('Versi baru: Informasi Pemilu dan Pemilihan').waitFor();
      // a regency administrator publishes the office's own version: no national switch
      await dialog.getByText('Versi ini berlaku untuk satker Anda.', { exact: false }).waitFor();
      expect(await dialog.locator('input[name="national"]').count()).toBe(0);
      const today = await dateValue(dialog, 'effectiveFrom');
      expect(today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(await dialog.locator('input[name="values.answerDays"]').inputValue()).toBe('3');

      // the server's rule: a whole number in range; the form says so before sending
      await dialog.locator('input[name="values.answerDays"]').fill('0');
      await dialog.getByRole('button', { name: 'Terbitkan' }).click();
      await dialog.getByText('Harus antara 1 dan 60').waitFor();
      await dialog.getByText('Tuliskan alasan perubahan (paling sedikit 5 karakter)').waitFor();

      await dialog.locator('input[name="values.answerDays"]').fill('2');
      await dialog.getByText('sebelumnya 3 hari kerja').waitFor();
      await dialog.locator('textarea[name="reason"]').fill(REASON);
      await snap(page, 'rules-publish');
      await dialog.getByRole('button', { name: 'Terbitkan' }).click();
      await dialog.waitFor({ state: 'detached' });

      // in force from today: the office's own version, and the history says what changed, why and who
      const election = page.getByTestId('in-force-election');
      await election.getByTestId('rule-value-answerDays').getByText('2 hari kerja').waitFor();
      await election.getByText('Aturan kantor ini').waitFor();
      const history = page.getByTestId('history-election');
      const newest = history.locator('[data-testid^="version-"]').first();
      await newest.getByTestId('version-reason').getByText(REASON).waitFor();
      await newest.getByText(/Diterbitkan oleh Rizky Pratama, S\.Kom\./).waitFor();
      await newest.getByText('Berlaku', { exact: true }).waitFor();
      await newest
        .getByTestId('version-changes')
        .getByText('Batas waktu pemberitahuan tertulis: 3 hari kerja →')
        .waitFor();
      await history.getByText('Tidak dipakai: aturan kantor berlaku').waitFor();
      await snap(page, 'rules-published');
    });
  });

  it('shows the office settings with what each one means, not raw keys', async () => {
    await as('admin', async (page) => {
      await page.locator('.RaSidebar-fixed').getByRole('menuitem', { name: 'Pengaturan kantor' }).click();
      const dueSoon = page.getByTestId('setting-deadline.dueSoonDays');
      await dueSoon.getByText('Tanda "segera jatuh tempo"', { exact: false }).waitFor();
      await dueSoon.getByTestId('setting-help').waitFor();
      expect(await page.getByTestId('settings-table').innerText()).not.toContain('deadline.dueSoonDays');
      await page.getByTestId('settings-rules-link').click();
      await page.getByTestId('in-force-general').waitFor();
    });
  });
});
