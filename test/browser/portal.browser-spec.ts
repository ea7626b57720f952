import * as fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { signInOver, spawnServer } from '../support/spawn-server';
import { TestSmtpServer } from '../support/smtp';
import { launchBrowser, newPage, snap } from './browser';
import type { RunningServer } from './server';

jest.setTimeout(180_000);

/**
 * The requester portal in Chromium, against the built server sending mail to a real SMTP test server: a requester
 * signs in with the code e-mailed to them, sees their refused request, downloads its receipt, and files an objection.
 */
describe('requester portal pages (no script, real Chromium)', () => {
  let server: RunningServer;
  let browser: Browser;
  let smtp: TestSmtpServer;
  const EMAIL = 'dewi.portal@example.id';
  let request: { id: number; number: string };

  async function api(token: string, method: string, path: string, body?: unknown) {
    const r = await fetch(`${server.url}${path}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!r.ok) throw new Error(`${method} ${path}: ${r.status} ${await r.text()}`);
    return r.json();
  }

  beforeAll(async () => {
    smtp = await TestSmtpServer.start();
    server = await spawnServer({
      env: {
        JWT_SECRET: 'browser-test-secret-browser-test-secret-0001',
        SMTP_URL: smtp.url,
        MAIL_FROM: 'PPID <ppid@lebak.kpu.go.id>',
        MAIL_POLL_MS: '200',
      },
    });
    browser = await launchBrowser();
    const desk = await signInOver(server.url, 'desk');
    request = await api(desk, 'POST', '/api/requests', {
      requester: {
        type: 'person',
        name: 'Dewi Lestari',
        nik: '3602014101900021',
        address: 'Jl. Sunan Kalijaga No. 3, Rangkasbitung',
        email: EMAIL,
      },
      channel: 'in_person',
      informationRequested: 'Salinan daftar hadir rapat pleno rekapitulasi Pilkada 2024',
      purpose: 'Penelitian',
      obtainMethods: ['softcopy'],
      deliveryMethods: ['email'],
    });
    await api(desk, 'POST', `/api/requests/${request.id}/documents/receipt`);
    const ppid = await signInOver(server.url, 'ppid');
    await api(ppid, 'POST', `/api/requests/${request.id}/decide`, {
      decision: 'refused',
      refusalBasis: ['h'],
      consequenceTest: 'Memuat data pribadi peserta rapat',
      refusalReason: 'Data pribadi',
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await smtp?.down();
  });

  async function codeFor(email: string, after: number): Promise<string> {
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline) {
      const m = smtp
        .to(email)
        .slice(after)
        .find((x) => /\d{6}$/.test(x.subject ?? ''));
      if (m) return /(\d{6})$/.exec(m.subject!)![1];
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`no sign-in code reached ${email}`);
  }

  async function both(page: Page, name: string) {
    await page.setViewportSize({ width: 1280, height: 900 });
    await snap(page, `${name}-1280`);
    await page.setViewportSize({ width: 390, height: 844 });
    await snap(page, `${name}-390`);
    // at 390 px nothing is wider than the screen but the tables that scroll in their own box
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(overflow).toBeLessThanOrEqual(390);
    await page.setViewportSize({ width: 1280, height: 900 });
  }

  it('signs in with the e-mailed code, downloads the receipt and files an objection', async () => {
    const { context, page } = await newPage(browser, server.url);
    try {
      // from the tracking page's link
      await page.goto('/portal');
      await page.getByRole('heading', { name: /Masuk ke portal pemohon/ }).waitFor();
      await both(page, 'portal-sign-in');
      const before = smtp.to(EMAIL).length;
      await page.getByLabel(/Alamat email yang Anda cantumkan/).fill(EMAIL);
      await page.getByRole('button', { name: /Kirim kode/ }).click();
      await page.getByRole('heading', { name: /Kode telah dikirim/ }).waitFor();
      await both(page, 'portal-code');
      const code = await codeFor(EMAIL, before);
      // a wrong code first: the form again, with the reason
      await page.getByLabel(/Kode masuk/).fill(code === '000000' ? '111111' : '000000');
      await page.getByRole('button', { name: /^Masuk/ }).click();
      await page.getByText('Kode salah atau sudah kedaluwarsa').waitFor();
      await page.getByLabel(/Kode masuk/).fill(code);
      await page.getByRole('button', { name: /^Masuk/ }).click();
      await page.waitForURL(/\/portal\/permohonan$/);
      await page.getByRole('heading', { name: /Permohonan saya/ }).waitFor();
      // the session cookie cannot be read by a script
      const cookie = (await context.cookies()).find((c) => c.name === 'lentera_portal')!;
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
      await both(page, 'portal-list');

      await page.getByRole('link', { name: request.number }).click();
      await page
        .getByRole('heading', { name: new RegExp(`Permohonan ${request.number.replace(/[/.]/g, '\\$&')}`) })
        .waitFor();
      await page.getByText('Ditolak', { exact: false }).first().waitFor();
      await both(page, 'portal-request');

      // the receipt downloads as a PDF
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.locator('a[href*="/documents/"]').first().click(),
      ]);
      const path = await download.path();
      const bytes = fs.readFileSync(path);
      expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');

      // the objection: ground a and e, with reasons
      await page.locator('input[name="grounds"][value="a"]').check();
      await page.locator('input[name="grounds"][value="e"]').check();
      await page.getByLabel(/Uraian keberatan/).fill('Data pribadi dapat dihitamkan; sisanya informasi terbuka.');
      await page.getByRole('button', { name: /Ajukan keberatan/ }).click();
      await page.waitForURL(/keberatan=\d+#tanda-terima$/);
      await page.getByRole('heading', { name: /Tanda terima keberatan/ }).waitFor();
      expect(await page.locator('#tanda-terima').innerText()).toMatch(/KEB/);
      await both(page, 'portal-objection-receipt');

      // sign out: back to the sign-in page, the list is closed
      await page
        .getByRole('button', { name: /Keluar/ })
        .first()
        .click();
      await page.getByText('Anda telah keluar.').waitFor();
      await page.goto('/portal/permohonan');
      await page.waitForURL(/\/portal\?sesi=berakhir$/);
    } catch (error) {
      await snap(page, 'failure-portal');
      throw error;
    } finally {
      await context.close();
    }
  });
});
