import type { Browser } from 'playwright-core';
import { DEMO_PASSWORD, launchBrowser, newPage, signIn, snap } from './browser';
import { startServer, type RunningServer } from './server';

jest.setTimeout(120_000);

const COMMENT = 'Bagian anggaran perlu memuat realisasi per kegiatan.';

describe('the Tim Pertimbangan reviews the annual report (built console in Chromium)', () => {
  let server: RunningServer;
  let browser: Browser;
  let reportId = 0;

  async function api<T = unknown>(token: string, method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${server.url}/api/${path}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
    return (text ? JSON.parse(text) : null) as T;
  }

  async function login(username: string): Promise<string> {
    const response = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username, password: DEMO_PASSWORD }),
    });
    if (!response.ok) throw new Error(`login ${username}: ${response.status} ${await response.text()}`);
    return ((await response.json()) as { accessToken: string }).accessToken;
  }

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    // Through the API, to keep the test fast: the PPID prepares and submits the 2025 report, the Atasan PPID approves.
    const ppid = await login('ppid');
    const atasan = await login('atasan');
    const report = await api<{ id: number }>(ppid, 'POST', 'annual-reports', { year: 2025 });
    reportId = report.id;
    await api(ppid, 'PATCH', `annual-reports/${reportId}`, {
      narrative: {
        policy: 'Pelayanan informasi berpedoman pada PKPU 22/2023.',
        facilities: 'Meja layanan informasi dan laman e-PPID.',
        staff: 'Satu PPID, dua petugas desk.',
        budget: 'Rp 25.000.000 dari DIPA 2025.',
        obstacles: 'Jaringan internet di kecamatan terbatas.',
        recommendations: 'Pelatihan petugas desk pada triwulan I.',
      },
    });
    await api(ppid, 'POST', `annual-reports/${reportId}/submit`, {});
    const approved = await api<{ status: string }>(atasan, 'POST', `annual-reports/${reportId}/approve`, {});
    expect(approved.status).toBe('in_review');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('lets a member comment on a section and approve the version, which completes the review', async () => {
    const { context, page } = await newPage(browser, server.url);
    try {
      await signIn(page, 'pertimbangan');
      await page.locator('.RaSidebar-fixed').getByRole('menuitem', { name: 'Laporan tahunan' }).click();
      await page.getByRole('cell', { name: '2025' }).click();
      await page.getByTestId('annual-title').getByText('Laporan Tahunan 2025').waitFor();
      const status = page.getByTestId('annual-status');
      expect(await status.getAttribute('data-status')).toBe('in_review');
      await page.getByTestId('annual-narrative').getByText('Rp 25.000.000 dari DIPA 2025.').waitFor();
      await page.getByTestId('annual-figures').waitFor();

      // A comment anchored to the budget section.
      const review = page.getByTestId('annual-review');
      await review.getByText('Belum ada komentar.').waitFor();
      const form = page.getByTestId('annual-comment-form');
      await form.getByRole('combobox').click();
      await page.getByRole('option', { name: 'Anggaran' }).click();
      await form.locator('textarea[name="comment"]').fill(COMMENT);
      await form.getByRole('button', { name: 'Tambah komentar' }).click();
      const comment = review.getByTestId('annual-comment').filter({ hasText: COMMENT });
      await comment.waitFor();
      expect(await comment.innerText()).toMatch(/Anggaran · Drs\. Bambang Hermawan · Versi 1/);
      await review.getByText('Persetujuan anggota untuk versi 1: 0 dari 1').waitFor();
      await snap(page, 'annual-review-comment');

      // The member's approval: the only member, so the review is complete.
      await review.getByRole('button', { name: 'Setujui versi ini (Tim Pertimbangan)' }).click();
      await page.locator('[data-testid="annual-status"][data-status="reviewed"]').waitFor();
      expect(await status.innerText()).toBe('Selesai ditelaah Tim Pertimbangan');
      await review.getByText('Persetujuan anggota untuk versi 1: 1 dari 1').waitFor();
      const approval = review.getByTestId('annual-approval').filter({ hasText: 'Drs. Bambang Hermawan' });
      expect(await approval.getAttribute('data-approved')).toBe('yes');
      expect(await approval.innerText()).toMatch(/disetujui/);
      // Reviewing is over: no more comment form or approval button; the comment stays.
      expect(await page.getByTestId('annual-comment-form').count()).toBe(0);
      expect(await review.getByRole('button', { name: 'Setujui versi ini (Tim Pertimbangan)' }).count()).toBe(0);
      await comment.waitFor();
      await snap(page, 'annual-reviewed');
    } catch (error) {
      await snap(page, 'failure-pertimbangan-annual');
      throw error;
    } finally {
      await context.close();
    }
  });

  it('lets the liaison unit send its written report, and the desk see the annual report status on the home page', async () => {
    const { context, page } = await newPage(browser, server.url);
    try {
      await signIn(page, 'penghubung');
      await page.locator('.RaSidebar-fixed').getByRole('menuitem', { name: 'Laporan tertulis unit' }).click();
      const form = page.getByTestId('liaison-form');
      await form.locator('input[name="title"]').fill('Laporan layanan informasi Subbagian PDI semester II');
      await form.locator('textarea[name="body"]').fill('Menyediakan 14 salinan DPT dan rekapitulasi hasil.');
      await form.getByRole('button', { name: 'Kirim laporan' }).click();
      await page.getByTestId('liaison-row').filter({ hasText: 'Laporan layanan informasi Subbagian PDI semester II' }).waitFor();
      // Sending the same period twice: the server's reason is shown.
      await form.locator('input[name="title"]').fill('Lagi');
      await form.locator('textarea[name="body"]').fill('Lagi');
      await form.getByRole('button', { name: 'Kirim laporan' }).click();
      await page.getByTestId('action-error').waitFor();
    } catch (error) {
      await snap(page, 'failure-liaison');
      throw error;
    } finally {
      await context.close();
    }
    const desk = await newPage(browser, server.url);
    try {
      await signIn(desk.page, 'desk');
      const card = desk.page.getByTestId('annual-overview');
      await card.getByText('Laporan tahunan 2025', { exact: false }).waitFor();
      expect(await card.innerText()).toMatch(/0 dari 1 satker sudah mempublikasikan/);
    } catch (error) {
      await snap(desk.page, 'failure-annual-overview');
      throw error;
    } finally {
      await desk.context.close();
    }
  });
});
