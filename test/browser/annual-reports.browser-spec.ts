import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD, launchBrowser, newPage, signIn, snap, fillDate } from './browser';
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

      // The member's approval: the only member, so the review is complete. An act: named and confirmed first;
      // Batal changes nothing.
      await review.getByRole('button', { name: 'Setujui versi ini (Tim Pertimbangan)' }).click();
      const confirm = page.getByTestId('annual-confirm-review_approve');
      await confirm.getByText('Setujui Laporan Tahunan 2025 versi 1?').waitFor();
      expect(await confirm.getByTestId('annual-confirm-review_approve-text').innerText()).toContain(
        'Anda akan menyetujui versi 1 Laporan Tahunan 2025 atas nama Tim Pertimbangan.',
      );
      await confirm.getByRole('button', { name: 'Batal' }).click();
      await confirm.waitFor({ state: 'detached' });
      await review.getByText('Persetujuan anggota untuk versi 1: 0 dari 1').waitFor();
      await review.getByRole('button', { name: 'Setujui versi ini (Tim Pertimbangan)' }).click();
      await confirm.getByRole('button', { name: 'Setujui' }).click();
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

  /** A screenshot at desktop size and at 390 px wide (when LENTERA_SCREENSHOTS is set): the page reloaded at each size. */
  async function snapBoth(page: Page, name: string, reopen?: () => Promise<void>) {
    if (!process.env.LENTERA_SCREENSHOTS) return;
    await snap(page, `${name}-desktop`);
    for (const [width, height, suffix] of [
      [390, 844, '390'],
      [1366, 900, null],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.reload();
      await page.getByTestId('annual-title').waitFor();
      await page.getByTestId('annual-figures').waitFor();
      if (reopen) await reopen();
      if (suffix) {
        if (await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth))
          console.warn(`${name}: wider than ${width} px`);
        await snap(page, `${name}-${suffix}`);
      }
    }
  }

  const jakartaDay = (offsetDays = 0) =>
    new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(
      new Date(Date.now() + offsetDays * 86_400_000),
    );

  it('takes the plenary meeting from its schedule through attendance per person, ratification and each signatory’s own signature to publication', async () => {
    const { context, page } = await newPage(browser, server.url);
    try {
      await signIn(page, 'ppid');
      await page.goto(`${server.url}/#/annual-reports/${reportId}/show`);
      await page.locator('[data-testid="annual-status"][data-status="reviewed"]').waitFor();

      // Scheduled for tomorrow: two users of the office and a commissioner without an account, quorum 2.
      const form = page.getByTestId('annual-pleno-form');
      await fillDate(form, 'pleno.date', jakartaDay(1));
      await form.locator('input[name="pleno.place"]').fill('Ruang Rapat KPU Kabupaten Lebak');
      await form.locator('input[name="pleno.quorum"]').fill('2');
      await form.getByLabel(/Euis Komalasari/).check();
      await form.getByLabel(/Bambang Hermawan/).check();
      await form.getByRole('button', { name: 'Tambah anggota tanpa akun' }).click();
      await form.locator('input[name="externals.0.name"]').fill('Dr. Hj. Nina Kartika, M.Si.');
      await form.locator('input[name="externals.0.position"]').fill('Ketua KPU Kabupaten Lebak');
      await form.getByRole('button', { name: 'Jadwalkan rapat pleno' }).click();
      await page.locator('[data-testid="annual-status"][data-status="pleno_scheduled"]').waitFor();

      // Before the meeting: attendance cannot be recorded, nothing can be ratified, and the page says why.
      const attendance = page.getByTestId('pleno-attendance');
      expect(await attendance.getByTestId('attendance-refusal').innerText()).toMatch(/ubah jadwalnya terlebih dahulu/);
      // (one notice: the same reason holds for the ratification)
      expect(await page.getByTestId('ratify-refusal').count()).toBe(0);
      expect(await page.getByTestId('annual-ratify-form').count()).toBe(0);
      await snapBoth(page, 'annual-pleno-scheduled');

      // The meeting is held today: the schedule is moved, with the reason.
      await page.getByTestId('reschedule-open').click();
      const move = page.getByTestId('annual-pleno-form');
      await fillDate(move, 'pleno.date', jakartaDay(0));
      await move.locator('textarea[name="pleno.reason"]').fill('Rapat dimajukan atas permintaan Ketua KPU');
      await move.getByRole('button', { name: 'Ubah jadwal rapat pleno' }).click();
      await attendance.getByTestId('attendance-refusal').waitFor({ state: 'detached' });

      // Attendance, person by person: nobody is present by default.
      const rows = attendance.getByTestId('attendance-row');
      expect(await rows.count()).toBe(3);
      for (const value of await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-present'))))
        expect(value).toBe('unrecorded');
      expect(await page.getByTestId('pleno-quorum').innerText()).toMatch(/belum terpenuhi/);
      const row = (name: RegExp) => rows.filter({ hasText: name });
      await row(/Euis Komalasari/)
        .getByRole('button', { name: 'Hadir', exact: true })
        .click();
      await row(/Nina Kartika/)
        .getByRole('button', { name: 'Tidak hadir', exact: true })
        .click();
      expect(await page.getByTestId('pleno-quorum').innerText()).toMatch(/Hadir 1 · tidak hadir 1 · belum dicatat 1/);
      await row(/Bambang Hermawan/)
        .getByRole('button', { name: 'Hadir', exact: true })
        .click();
      expect(await page.getByTestId('pleno-quorum').innerText()).toMatch(/terpenuhi/);
      await attendance.getByRole('button', { name: 'Simpan kehadiran' }).click();
      await row(/Bambang Hermawan/)
        .and(page.locator('[data-present="yes"]'))
        .waitFor();

      // Ratification: the decision, and the signatories among the present attendees with an account.
      const ratify = page.getByTestId('annual-ratify-form');
      await ratify.waitFor();
      expect(await ratify.getByLabel(/Nina Kartika/).count()).toBe(0);
      await snapBoth(page, 'annual-pleno-attendance');
      await ratify.getByLabel(/Euis Komalasari/).check();
      await ratify.getByLabel(/Bambang Hermawan/).check();
      await ratify.locator('textarea[name="decision"]').fill('Rapat pleno mengesahkan Laporan Tahunan 2025.');
      await ratify.getByRole('button', { name: 'Sahkan dalam rapat pleno' }).click();
      const ratifying = page.getByTestId('ratify-dialog');
      expect(await ratifying.getByTestId('ratify-dialog-text').innerText()).toContain(
        'Anda akan mencatat pengesahan Laporan Tahunan 2025 oleh rapat pleno.',
      );
      await ratifying.getByRole('button', { name: 'Sahkan' }).click();
      await page.locator('[data-testid="annual-status"][data-status="ratified"]').waitFor();
      const signatures = page.getByTestId('pleno-signatures');
      expect(await signatures.locator('[data-testid="signature-row"][data-signed="no"]').count()).toBe(2);
      // the PPID is not a signatory: no signing button; nothing is issued yet
      expect(await page.getByTestId('sign-open').count()).toBe(0);
      expect(await page.getByTestId('annual-documents').count()).toBe(0);
      await snapBoth(page, 'annual-pleno-ratified');
    } catch (error) {
      await snap(page, 'failure-annual-pleno');
      throw error;
    } finally {
      await context.close();
    }

    // Each signatory signs with their own account, after a dialog that names the act.
    for (const [who, signedCount] of [
      ['atasan', 1],
      ['pertimbangan', 2],
    ] as const) {
      const s = await newPage(browser, server.url);
      try {
        await signIn(s.page, who);
        await s.page.goto(`${server.url}/#/annual-reports/${reportId}/show`);
        await s.page.getByTestId('sign-open').click();
        const dialog = s.page.getByTestId('sign-dialog');
        expect(await dialog.innerText()).toMatch(
          /Berita Acara Rapat Pleno Pengesahan Laporan Tahunan Pelayanan Informasi Publik KPU Kabupaten Lebak Tahun 2025/,
        );
        expect(await dialog.innerText()).toMatch(/tidak dapat ditarik kembali/);
        if (who === 'atasan')
          await snapBoth(s.page, 'annual-sign-dialog', async () => {
            await s.page.getByTestId('sign-open').click();
            await s.page.getByTestId('sign-dialog').getByRole('button', { name: 'Tanda tangani' }).waitFor();
          });
        await dialog.getByRole('button', { name: 'Tanda tangani' }).click();
        await s.page
          .getByTestId('pleno-signatures')
          .locator('[data-testid="signature-row"][data-signed="yes"]')
          .nth(signedCount - 1)
          .waitFor({ timeout: 60_000 });
        expect(await s.page.getByTestId('sign-open').count()).toBe(0);
      } catch (error) {
        await snap(s.page, `failure-annual-sign-${who}`);
        throw error;
      } finally {
        await s.context.close();
      }
    }

    const again = await newPage(browser, server.url);
    try {
      const page = again.page;
      await signIn(page, 'ppid');
      await page.goto(`${server.url}/#/annual-reports/${reportId}/show`);
      const documents = page.getByTestId('annual-documents');
      await documents.getByText(/\/LTH\/KPU-LBK\//).waitFor();
      await documents.getByText(/\/BA-PLENO\/KPU-LBK\//).waitFor();
      const firstNumber = (await documents.innerText()).match(/(\d{3}\/LTH\/KPU-LBK\/[IVX]+\/\d{4})/)![1];
      await snapBoth(page, 'annual-signed');

      // Publish with the e-PPID record.
      const publish = page.getByTestId('annual-publish-form');
      await publish.locator('input[name="eppidLink"]').fill('https://e-ppid.kpu.go.id/laporan/2025/kpu-lbk');
      await publish.getByRole('button', { name: 'Publikasikan' }).click();
      const publishing = page.getByTestId('publish-dialog');
      expect(await publishing.getByTestId('publish-dialog-text').innerText()).toContain(
        'Anda akan mencatat bahwa Laporan Tahunan 2025 telah dipublikasikan di e-PPID (https://e-ppid.kpu.go.id/laporan/2025/kpu-lbk).',
      );
      await publishing.getByRole('button', { name: 'Publikasikan' }).click();
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
      await snap(again.page, 'failure-annual-publish');
      throw error;
    } finally {
      await again.context.close();
    }
  });

  it('lets the office issue the berita acara for wet signatures and upload the signed scan, recorded as such', async () => {
    // Through the API: the 2024 report ratified today, the Sekretaris and a Tim Pertimbangan member as signatories.
    const ppid = await login('ppid');
    const atasan = await login('atasan');
    const member = await login('pertimbangan');
    const me = async (token: string) => (await api<{ id: number }>(token, 'GET', 'auth/me')).id;
    const report = await api<{ id: number }>(ppid, 'POST', 'annual-reports', { year: 2024 });
    const base = `annual-reports/${report.id}`;
    await api(ppid, 'POST', `${base}/submit`, {});
    await api(atasan, 'POST', `${base}/approve`, {});
    await api(member, 'POST', `${base}/review-approve`, {});
    const scheduled = await api<{ plenary: { attendees: Array<{ id: string }> } }>(ppid, 'POST', `${base}/pleno`, {
      date: jakartaDay(0),
      place: 'Aula KPU Kabupaten Lebak',
      quorum: 2,
      attendees: [{ userId: await me(atasan) }, { userId: await me(member) }],
    });
    const ids = scheduled.plenary.attendees.map((a) => a.id);
    await api(ppid, 'POST', `${base}/pleno/attendance`, { attendance: ids.map((id) => ({ id, present: true })) });
    await api(ppid, 'POST', `${base}/ratify`, { decision: 'Mengesahkan laporan tahunan 2024.', signatories: ids });

    const { context, page } = await newPage(browser, server.url);
    try {
      await signIn(page, 'ppid');
      await page.goto(`${server.url}/#/annual-reports/${report.id}/show`);
      const signatures = page.getByTestId('pleno-signatures');
      await signatures.getByTestId('wet-open').click();
      const dialog = page.getByTestId('wet-dialog');
      expect(await dialog.innerText()).toMatch(/Tanda tangan melalui Lentera ditutup/);
      await dialog.getByRole('button', { name: 'Terbitkan' }).click();
      await signatures.getByTestId('wet-printed').waitFor();
      await page
        .getByTestId('annual-documents')
        .getByText(/\/BA-PLENO\/KPU-LBK\//)
        .waitFor();
      expect(await signatures.innerText()).toMatch(/menunggu pindaian/);
      await signatures.getByTestId('scan-upload-input').setInputFiles({
        name: 'berita-acara-basah.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from('%PDF-1.4\n% berita acara bertanda tangan basah\n%%EOF\n'),
      });
      await signatures.getByRole('button', { name: 'Unggah pindaian bertanda tangan basah' }).click();
      const scan = signatures.getByTestId('wet-scan');
      await scan.waitFor();
      expect(await scan.innerText()).toMatch(/diunggah oleh Ahmad Fauzi, S\.Sos\./);
      expect(await scan.innerText()).toMatch(/SHA-256 [0-9a-f]{64}/);
      await page
        .getByTestId('annual-documents')
        .getByText(/\/LTH\/KPU-LBK\//)
        .waitFor();
      await page.getByTestId('annual-publish-form').waitFor();
      await snapBoth(page, 'annual-wet-scan');
    } catch (error) {
      await snap(page, 'failure-annual-wet');
      throw error;
    } finally {
      await context.close();
    }
  });
});
