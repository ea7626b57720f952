import type { Browser } from 'playwright-core';
import { launchBrowser, newPage, signIn, snap } from './browser';
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

      // The audit log in words: the sign-in just made reads "Sesi: masuk", its address without ::ffff:
      await menu.getByRole('menuitem', { name: 'Log audit' }).click();
      await page.getByText('Sesi: masuk', { exact: true }).first().waitFor();
      expect(await page.locator('main').innerText()).not.toContain('::ffff:');
      await snap(page, 'audit-words');

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

  it('keeps the refresh token in an httpOnly cookie and the access token in memory; a reload signs in silently; sign-out ends it in every tab', async () => {
    const { context, page } = await newPage(browser, server.url);
    try {
      // a token an earlier version left in localStorage is removed at start
      await page.goto('/');
      await page.evaluate(() => localStorage.setItem('lentera.session', '{"accessToken":"old","refreshToken":"old"}'));
      await signIn(page, 'ppid');
      const cookies = await context.cookies();
      const refresh = cookies.find((c) => c.name === 'lentera_refresh');
      expect(refresh).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/api/auth', secure: false });
      // the page's script cannot read it, and nothing of the session is in web storage
      expect(await page.evaluate(() => document.cookie)).not.toContain('lentera_refresh');
      const stored = await page.evaluate(() =>
        JSON.stringify([{ ...localStorage }, { ...sessionStorage }, document.cookie]),
      );
      expect(stored).not.toContain(refresh!.value);
      expect(stored).not.toMatch(/eyJ[A-Za-z0-9_-]{10,}/);
      expect(stored).not.toContain('refreshToken');
      await snap(page, 'console-signed-in');

      // a reload (and a second tab) sign in silently through the cookie
      await page.reload();
      await page.locator('header').getByText('KPU Kabupaten Lebak').waitFor();
      expect(await page.locator('input[name="username"]').count()).toBe(0);
      const other = await context.newPage();
      await other.goto('/');
      await other.locator('header').getByText('KPU Kabupaten Lebak').waitFor();
      // the console's own API calls work in both tabs (each refreshed under the shared lock: no reuse detected)
      await page.locator('a[href="#/requests"]').first().click();
      await page.locator('.RaDatagrid-table, table').first().waitFor();

      // sign out in the first tab: the cookie is gone, the other tab follows, and a reload stays signed out
      await page
        .locator('header')
        .getByRole('button', { name: /Profil|Profile/ })
        .click();
      await page.getByRole('menuitem', { name: /Keluar|Logout/ }).click();
      await page.locator('input[name="username"]').waitFor();
      expect((await context.cookies()).find((c) => c.name === 'lentera_refresh')).toBeUndefined();
      await other.locator('input[name="username"]').waitFor();
      await page.reload();
      await page.locator('input[name="username"]').waitFor();
      expect(await page.locator('header').getByText('KPU Kabupaten Lebak').count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});
