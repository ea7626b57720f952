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
      await page
        .getByTestId('liaison-row')
        .filter({ hasText: 'Laporan layanan informasi Subbagian PDI semester II' })
        .waitFor();
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

  it('lets the PPID hold the plenary meeting, ratify (refused without quorum), publish, then open a new edition', async () => {
    const { context, page } = await newPage(browser, server.url);
    try {
      await signIn(page, 'ppid');
      await page.goto(`${server.url}/#/annual-reports/${reportId}/show`);
      const status = page.getByTestId('annual-status');
      await page.locator('[data-testid="annual-status"][data-status="reviewed"]').waitFor();

      // Schedule the plenary meeting: two attendees, quorum 2.
      const pleno = page.getByTestId('annual-pleno-form');
      await pleno.locator('input[name="pleno.place"]').fill('Ruang Rapat KPU Kabupaten Lebak');
      await pleno.locator('input[name="pleno.quorum"]').fill('2');
      await pleno.locator('input[name="attendees.0.name"]').fill('Dr. Hj. Nina Kartika, M.Si.');
      await pleno.locator('input[name="attendees.0.position"]').fill('Ketua KPU Kabupaten Lebak');
      await pleno.getByRole('button', { name: 'Tambah peserta' }).click();
      await pleno.locator('input[name="attendees.1.name"]').fill('Asep Saepudin, S.H.');
      await pleno.getByRole('button', { name: 'Jadwalkan rapat pleno' }).click();
      await page.locator('[data-testid="annual-status"][data-status="pleno_scheduled"]').waitFor();
      await page.getByTestId('annual-pleno-info').getByText('Asep Saepudin, S.H.').waitFor();

      // Only one present: no quorum, the server's reason is shown and nothing is ratified.
      const ratify = page.getByTestId('annual-ratify-form');
      await ratify.getByLabel('Asep Saepudin, S.H.').uncheck();
      await ratify.locator('textarea[name="decision"]').fill('Rapat pleno mengesahkan Laporan Tahunan 2025.');
      await ratify.getByRole('button', { name: 'Sahkan dalam rapat pleno' }).click();
      expect(await ratify.getByTestId('action-error').innerText()).toMatch(/tidak kuorum: hadir 1, kuorum 2/);
      expect(await status.getAttribute('data-status')).toBe('pleno_scheduled');
      await ratify.getByLabel('Asep Saepudin, S.H.').check();
      await ratify.getByRole('button', { name: 'Sahkan dalam rapat pleno' }).click();
      await page.locator('[data-testid="annual-status"][data-status="ratified"]').waitFor({ timeout: 60_000 });
      const documents = page.getByTestId('annual-documents');
      await documents.getByText(/\/LTH\/KPU-LBK\//).waitFor();
      await documents.getByText(/\/BA-PLENO\/KPU-LBK\//).waitFor();
      const firstNumber = (await documents.innerText()).match(/(\d{3}\/LTH\/KPU-LBK\/[IVX]+\/\d{4})/)![1];

      // Publish with the e-PPID record.
      const publish = page.getByTestId('annual-publish-form');
      await publish.locator('input[name="eppidLink"]').fill('https://e-ppid.kpu.go.id/laporan/2025/kpu-lbk');
      await publish.getByRole('button', { name: 'Publikasikan' }).click();
      await page.locator('[data-testid="annual-status"][data-status="published"]').waitFor();
      await page.getByTestId('annual-published').waitFor();
      await snap(page, 'annual-published');

      // A change after signing: a new edition, with the reason; the first stays listed with its documents.
      const actions = page.getByTestId('annual-actions');
      await actions.getByTestId('annual-revise-open').click();
      const revise = page.getByTestId('annual-revise');
      await revise.getByText(/tidak diubah/).waitFor();
      await revise.locator('textarea[name="note"]').fill('Koreksi realisasi anggaran setelah audit');
      await revise.getByRole('button', { name: 'Buat edisi perubahan' }).click();
      await page.locator('[data-testid="annual-status"][data-status="draft"]').waitFor();
      await page.getByTestId('annual-edition-chip').getByText('Edisi 2').waitFor();
      expect(await page.getByTestId('annual-revision-note').innerText()).toMatch(
        /Koreksi realisasi anggaran setelah audit/,
      );
      const earlier = page.getByTestId('annual-edition');
      expect(await earlier.innerText()).toMatch(/Edisi 1 \(versi 1\).*dipublikasikan/);
      expect(await earlier.innerText()).toContain(firstNumber);
      // the narrative is editable again
      await page.getByTestId('annual-narrative').locator('textarea[name="narrative.budget"]').waitFor();
      await snap(page, 'annual-new-edition');

      // The public page still offers the published first edition while the change is prepared.
      await page.goto(`${server.url}/laporan-tahunan/KPU-LBK`);
      const text = await page.locator('body').innerText();
      expect(text).toContain('perubahan sedang disusun');
      expect(text).toContain(firstNumber);
    } catch (error) {
      await snap(page, 'failure-annual-pleno');
      throw error;
    } finally {
      await context.close();
    }
  });
});
