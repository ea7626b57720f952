import type { Browser } from 'playwright-core';
import { launchBrowser, newPage, snap } from './browser';
import { startServer, type RunningServer } from './server';

jest.setTimeout(120_000);

describe('console shell (built console in Chromium)', () => {
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

  it('signs an administrator in through the login page, shows the shell, switches to English and signs out', async () => {
    const { context, page } = await newPage(browser, server.url);
    try {
      await page.goto('/');
      await page.getByText('Masuk dengan akun yang diberikan administrator satker Anda.').waitFor();
      await page.locator('input[name="username"]').fill('admin');
      await page.locator('input[name="password"]').fill('lentera-demo-2026');
      await page.locator('button[type="submit"]').click();

      // The app bar names the user's office; the menu offers what an administrator may open.
      const header = page.locator('header');
      await header.getByText('KPU Kabupaten Lebak').waitFor();
      const menu = page.locator('.RaSidebar-fixed, .RaMenu-open, [class*="RaMenu"]').first();
      await menu.getByRole('menuitem', { name: 'Pengguna' }).waitFor();
      await menu.getByRole('menuitem', { name: 'Log audit' }).waitFor();
      await menu.getByText('Pengaturan', { exact: true }).waitFor();
      // the legal time limits (rule sets per regime) and the office's own settings are two screens
      await menu.getByRole('menuitem', { name: 'Aturan batas waktu' }).waitFor();
      await menu.getByRole('menuitem', { name: 'Pengaturan kantor' }).waitFor();
      // No requester data for the system administrator.
      expect(await menu.getByRole('menuitem', { name: 'Permohonan', exact: true }).count()).toBe(0);
      await snap(page, 'console-id');

      // English through the language menu in the app bar.
      await header.getByRole('button', { name: /Bahasa Indonesia/i }).click();
      await page.getByRole('menuitem', { name: 'English' }).click();
      await menu.getByRole('menuitem', { name: 'Users' }).waitFor();
      await menu.getByRole('menuitem', { name: 'Audit log' }).waitFor();
      await menu.getByText('Configuration').waitFor();
      await menu.getByRole('menuitem', { name: 'Time limits' }).waitFor();
      await menu.getByRole('menuitem', { name: 'Office settings' }).waitFor();
      await snap(page, 'console-en');

      // Sign out from the user menu: back on the sign-in page, and the session is gone.
      await header.getByRole('button', { name: 'Profile' }).click();
      await page.getByRole('menuitem', { name: 'Logout' }).click();
      await page.locator('input[name="username"]').waitFor();
      expect(await page.evaluate(() => localStorage.getItem('lentera.session'))).toBeNull();
    } finally {
      await context.close();
    }
  });
});
