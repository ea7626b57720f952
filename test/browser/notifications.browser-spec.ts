import type { Browser, Page } from 'playwright-core';
import { asUser, DEMO_PASSWORD, launchBrowser, pageApi, pageSession, snap } from './browser';
import { startServer, type RunningServer } from './server';

jest.setTimeout(120_000);

interface Waiting {
  total: number;
  urgent: number;
  items: Array<{ key: string; count: number; resource: string }>;
}

/** Staff notifications in the console: the bell with its count, its menu, and the home panel "Menunggu Anda". */
describe('the work waiting for you: bell and home panel (built console in Chromium)', () => {
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

  const as = (username: string, work: (page: Page) => Promise<void>) =>
    asUser(browser, server.url, username, 'waiting', work);

  it("shows the PPID's count on the bell, lists each kind of work, and opens the list that holds it", async () => {
    await as('ppid', async (page) => {
      const waiting = await pageApi<Waiting>(page, 'notifications/waiting');
      expect(waiting.total).toBeGreaterThan(0); // the demo seed has an overdue request and a draft report
      await page.getByTestId('waiting-count').getByText(String(waiting.total), { exact: true }).waitFor();

      await page.getByTestId('waiting-bell').click();
      for (const item of waiting.items)
        await page.getByTestId(`waiting-item-${item.key}`).getByText(String(item.count), { exact: true }).waitFor();
      await snap(page, 'waiting-bell');

      // the overdue line opens the request list filtered the same way: its total is the bell's figure
      const overdue = waiting.items.find((i) => i.key === 'requests_overdue')!;
      expect(overdue.count).toBeGreaterThan(0);
      await page.getByTestId('waiting-item-requests_overdue').click();
      await page.waitForURL(/#\/requests\?filter=/);
      expect(decodeURIComponent(page.url())).toContain('"overdue":true');
      await page.getByText(new RegExp(`dari ${overdue.count}$`)).waitFor();
    });
  });

  it('shows each role its own panel on the home page, the kinds with nothing waiting included', async () => {
    await as('atasan', async (page) => {
      const all = await pageApi<Waiting>(page, 'notifications/waiting?all=true');
      const panel = page.getByTestId('waiting-panel');
      await panel.waitFor();
      for (const item of all.items)
        await panel.getByTestId(`waiting-${item.key}`).getByText(String(item.count), { exact: true }).waitFor();
      expect(all.items.map((i) => i.key)).toEqual(
        expect.arrayContaining(['objections_to_decide', 'monthly_to_countersign', 'annual_to_approve']),
      );
      await snap(page, 'waiting-panel-atasan');
    });
  });

  it('keeps the bell in the app bar of a 390 px phone without widening the page', async () => {
    await as('desk', async (page) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto('/#/');
      await page.getByTestId('waiting-bell').waitFor();
      const wide = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(wide).toBeLessThanOrEqual(0);
      await snap(page, 'waiting-phone');
    });
  });

  it('lists the office’s e-mail in the outbox with its state, and opens one', async () => {
    await as('desk', async (page) => {
      const all = await pageApi<Array<{ id: number; subject: string }>>(page, 'outbox?range=[0,24]');
      await page.locator('.RaSidebar-fixed').getByRole('menuitem', { name: 'Kotak keluar' }).click();
      await page.waitForURL(/#\/outbox/);
      if (all.length === 0) {
        await page
          .getByText(/belum ada|tidak ada/i)
          .first()
          .waitFor();
        return;
      }
      await page.getByText(all[0].subject).first().click();
      await page.getByTestId('outbox-body').waitFor();
      await page.getByTestId('outbox-state').waitFor();
      await snap(page, 'outbox-show');
    });
  });

  it("lets the administrator word the requesters' e-mail around the fixed part, and go back to the default", async () => {
    interface Template {
      kind: string;
      lang: string;
      subject: string;
      custom: boolean;
      default: { subject: string };
    }
    const receipt = async (page: Page) =>
      (await pageApi<Template[]>(page, 'mail-templates')).find(
        (t) => t.kind === 'request.received' && t.lang === 'id',
      )!;
    await as('admin', async (page) => {
      await page.locator('.RaSidebar-fixed').getByRole('menuitem', { name: 'Templat email' }).click();
      const card = page.getByTestId('template-request.received-id');
      const subject = card.locator('input[name="request.received.id.subject"]');
      await subject.waitFor();
      expect(await subject.inputValue()).toBe((await receipt(page)).default.subject);
      await subject.fill('Tanda terima permohonan informasi {number} — PPID KPU Kabupaten Lebak');
      await card.getByRole('button', { name: 'Simpan' }).click();
      await card.getByText('Kata-kata satker').waitFor();
      expect(await receipt(page)).toMatchObject({
        custom: true,
        subject: 'Tanda terima permohonan informasi {number} — PPID KPU Kabupaten Lebak',
      });
      await snap(page, 'mail-templates');
      await card.getByRole('button', { name: 'Kembalikan ke bawaan' }).click();
      await card.getByText('Bawaan', { exact: true }).waitFor();
      const back = await receipt(page);
      expect(back.custom).toBe(false);
      expect(back.subject).toBe(back.default.subject);
    });
  });

  it('lets each user switch their own daily digest on from the user menu, once their account has an e-mail address', async () => {
    await as('ppid', async (page) => {
      await page.getByRole('button', { name: 'Profil' }).click();
      await page.getByRole('menuitem', { name: 'Profil saya' }).click();
      await page.waitForURL(/#\/profil$/);
      await page.getByRole('heading', { name: 'Ahmad Fauzi, S.Sos.' }).waitFor();
      // no address on the account yet: said plainly, and the switch waits for it
      await page.getByText('Akun Anda belum punya alamat email').waitFor();
      const digest = page.getByRole('switch', { name: 'Ringkasan harian lewat email' });
      expect(await digest.isDisabled()).toBe(true);
      await snap(page, 'profile-no-email');
    });
    await as('admin', async (page) => {
      const users = await pageApi<Array<{ id: number; username: string }>>(page, 'users?filter={"q":"ppid"}');
      const ppid = users.find((u) => u.username === 'ppid')!;
      const { accessToken } = await pageSession(page);
      const status = await page.evaluate(
        async ({ id, token }) =>
          (
            await fetch(`/api/users/${id}`, {
              method: 'PATCH',
              headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
              body: JSON.stringify({ email: 'ppid@lebak.kpu.go.id' }),
            })
          ).status,
        { id: ppid.id, token: accessToken },
      );
      expect(status).toBe(200);
    });
    await as('ppid', async (page) => {
      await page.goto(`${server.url}/#/profil`);
      const digest = page.getByRole('switch', { name: 'Ringkasan harian lewat email' });
      await page.getByText('ppid@lebak.kpu.go.id').waitFor();
      expect(await digest.isChecked()).toBe(false);
      await digest.click();
      await page.getByText('Ringkasan harian akan dikirim setiap hari kerja').waitFor();
      expect((await pageApi<{ dailyDigest: boolean }>(page, 'auth/me')).dailyDigest).toBe(true);
      await snap(page, 'profile');
      await page.setViewportSize({ width: 390, height: 844 });
      await snap(page, 'profile-phone');
      // the console lays itself out again for the phone after the resize: wait for that, then nothing is wider
      await page.waitForFunction(() => document.documentElement.scrollWidth <= 390, undefined, { timeout: 10_000 });
    });
  });

  it('lets a user change their own password on the profile page, with the reasons under their fields', async () => {
    const NEW = 'kopi-tubruk-di-alun-alun-rangkasbitung';
    await as('pertimbangan', async (page) => {
      await page.goto(`${server.url}/#/profil`);
      const card = page.getByTestId('password-card');
      await card.getByLabel('Kata sandi sekarang').fill('bukan-sandi-saya');
      await card.getByLabel('Kata sandi baru', { exact: true }).fill(NEW);
      await card.getByLabel('Ulangi kata sandi baru').fill(NEW);
      await card.getByRole('button', { name: 'Ganti kata sandi' }).click();
      await card.getByText('kata sandi sekarang salah').waitFor();
      await card.getByLabel('Kata sandi sekarang').fill(DEMO_PASSWORD);
      await card.getByLabel('Ulangi kata sandi baru').fill(`${NEW}!`);
      await card.getByRole('button', { name: 'Ganti kata sandi' }).click();
      await card.getByText('Kedua isian kata sandi baru tidak sama').waitFor();
      await card.getByLabel('Ulangi kata sandi baru').fill(NEW);
      await card.getByRole('button', { name: 'Ganti kata sandi' }).click();
      await page.getByText('Kata sandi diganti; sesi lain akun ini telah diakhiri').waitFor();
      await snap(page, 'profile-password');
      // still signed in here: the page goes on with the new tokens
      expect((await pageApi<{ username: string }>(page, 'auth/me')).username).toBe('pertimbangan');
    });
    // the new password signs in; the old one no longer does
    const login = (password: string) =>
      fetch(`${server.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ username: 'pertimbangan', password }),
      }).then((r) => r.status);
    expect(await login(DEMO_PASSWORD)).toBe(401);
    expect(await login(NEW)).toBe(200);
  });
});
