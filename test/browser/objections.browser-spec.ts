import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage, pageApi, pageSession, signIn, snap, fillDate } from './browser';
import { startServer, type RunningServer } from './server';

jest.setTimeout(120_000);

const NUMBER = /^\d{3}\/KEB\/KPU-LBK\/[IVX]+\/\d{4}$/;
const REASONS = 'Daftar nama anggota PPK bukan data pribadi; cukup salinan dengan NIK dihitamkan.';
const LATE_REASON =
  'Pemohon baru menerima surat penolakan melalui pos setelah pindah alamat (amplop bercap pos dilampirkan).';
const INSTRUCTION = 'PPID memberikan salinan daftar anggota PPK dengan NIK dan alamat dihitamkan dalam 3 hari kerja.';

/** A calendar date `days` before today in WIB, as YYYY-MM-DD. */
const daysAgo = (days: number) =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Jakarta',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(Date.now() - days * 86_400_000));

describe('objections: the desk registers, the Atasan PPID answers (built console in Chromium)', () => {
  let server: RunningServer;
  let browser: Browser;
  let objectionPath = '';
  let objectionNumber = '';

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
      await snap(page, `failure-objection-${username}`);
      throw error;
    } finally {
      await context.close();
    }
  }

  it('lets the desk register a late objection against the refused demo request, only with a recorded reason', async () => {
    await as('desk', async (page) => {
      await page.locator('.RaSidebar-fixed').getByRole('menuitem', { name: 'Keberatan', exact: true }).click();
      // The demo seed's objections are listed, newest first, with their grounds and status (the one settled by
      // agreement among them; the demo history's are accepted or rejected).
      await page
        .getByRole('row')
        .filter({ hasText: /\d{3}\/KEB\/KPU-LBK/ })
        .getByText('Diselesaikan dengan musyawarah')
        .waitFor();
      await page.getByRole('link', { name: 'Buat' }).click();

      await page.getByRole('combobox', { name: /Permohonan yang dikeberatani/ }).fill('KTP elektronik');
      await page
        .getByRole('option', { name: /KTP elektronik/ })
        .first()
        .click();
      await page.getByTestId('selected-request').getByText('Ditolak').waitFor();
      // Ground (c) is for requests not answered: not offered against a refusal.
      expect(await page.getByRole('checkbox', { name: /^c — / }).isDisabled()).toBe(true);
      await page.getByRole('checkbox', { name: /^a — penolakan/ }).check();
      await page.locator('textarea[name="reasons"]').fill(REASONS);
      // The requester learned of the refusal long after it: 90 days is past the 30-working-day window.
      await fillDate(page, 'groundDate', daysAgo(90));
      await page.getByRole('button', { name: 'Registrasi keberatan' }).click();

      // The server refuses a late objection; its reason shows on the field that can fix it.
      await page
        .getByText(/keberatan diajukan setelah batas 30 hari kerja .+ hanya dapat diterima dengan alasan yang dicatat/)
        .first()
        .waitFor();
      await snap(page, 'objection-late-refused');
      await page.locator('textarea[name="lateAcceptedReason"]').fill(LATE_REASON);
      await page.getByRole('button', { name: 'Registrasi keberatan' }).click();

      const number = page.getByTestId('objection-number');
      await number.waitFor();
      objectionNumber = (await number.innerText()).trim();
      expect(objectionNumber).toMatch(NUMBER);
      objectionPath = new URL(page.url()).hash;
      expect(objectionPath).toMatch(/^#\/objections\/\d+\/show$/);
      await page.getByTestId('objection-status').getByText('Terdaftar').waitFor();
      await page.getByTestId('filing-late').getByText('Diajukan terlambat').waitFor();
      await page.getByTestId('late-reason').getByText(LATE_REASON).waitFor();
      await page
        .getByTestId('objection-request')
        .getByRole('link', { name: /^Permohonan \d{3}\/PPID\/KPU-LBK/ })
        .waitFor();
      // The desk registers; only the Atasan PPID answers.
      expect(await page.getByTestId('objection-actions').getByRole('button', { name: 'Tanggapi' }).count()).toBe(0);
      await snap(page, 'objection-registered');
    });
  });

  it('puts it in the Atasan PPID queue, where the Atasan accepts it with an instruction and gets the written answer', async () => {
    await as('atasan', async (page) => {
      const registered = page.getByTestId('objection-queue-registered');
      await registered.waitFor();
      await page.waitForFunction(() =>
        /^\d+$/.test(document.querySelector('[data-testid="objection-queue-registered"] h4')?.textContent ?? ''),
      );
      expect(Number(await registered.locator('h4').innerText())).toBeGreaterThanOrEqual(3);

      await page.locator('.RaSidebar-fixed').getByRole('menuitem', { name: 'Keberatan', exact: true }).click();
      await page.getByRole('row').filter({ hasText: 'Diselesaikan dengan musyawarah' }).first().waitFor();
      await page.getByRole('tab', { name: 'Antrean Atasan PPID' }).click();
      await page.waitForURL(/responseDueDate/);
      // The settled demo objection is not waiting any more: it leaves the queue.
      await page
        .getByRole('row')
        .filter({ hasText: 'Diselesaikan dengan musyawarah' })
        .first()
        .waitFor({ state: 'detached' });
      const row = page.getByRole('row').filter({ hasText: objectionNumber });
      await row.getByText('Terdaftar').waitFor();
      await snap(page, 'objection-queue');
      await row.click();

      await page.getByTestId('objection-number').getByText(objectionNumber).waitFor();
      await page.getByTestId('objection-actions').getByRole('button', { name: 'Tanggapi' }).click();
      const dialog = page.getByTestId('dialog-decide');
      // Ground (a) cannot be settled by agreement.
      expect(await dialog.getByRole('radio', { name: 'Diselesaikan dengan musyawarah' }).isDisabled()).toBe(true);
      await dialog.getByRole('radio', { name: 'Diterima' }).check();
      await dialog
        .locator('textarea[name="reason"]')
        .fill('Daftar nama anggota PPK telah diumumkan; NIK dan alamat dapat dihitamkan.');
      await dialog.locator('textarea[name="instruction"]').fill(INSTRUCTION);
      // the answer is the Atasan's act: named (objection, answer) and confirmed; Batal goes back to the form
      await dialog.getByRole('button', { name: 'Tanggapi' }).click();
      const answering = page.getByTestId('dialog-decide-confirm');
      await answering.getByText(`Tanggapi keberatan ${objectionNumber}?`).waitFor();
      expect(await answering.getByTestId('dialog-decide-confirm-text').innerText()).toContain(
        `Anda akan menanggapi keberatan ${objectionNumber} sebagai Atasan PPID: Diterima.`,
      );
      await answering.getByRole('button', { name: 'Batal' }).click();
      await answering.waitFor({ state: 'detached' });
      expect(await dialog.locator('textarea[name="instruction"]').inputValue()).toBe(INSTRUCTION);
      await page.getByTestId('objection-status').getByText('Terdaftar').waitFor();
      await dialog.getByRole('button', { name: 'Tanggapi' }).click();
      await answering.getByRole('button', { name: 'Tanggapi' }).click();
      await dialog.waitFor({ state: 'detached' });
      // the note says what happened to which objection, as a sentence
      await page.getByText(`Tanggapan atas keberatan ${objectionNumber} disimpan`).waitFor();

      await page.getByTestId('objection-status').getByText('Ditanggapi').waitFor();
      await page.getByTestId('objection-status').getByText('Diterima').waitFor();
      await page.getByTestId('details-card').getByText(INSTRUCTION).waitFor();
      await page.getByTestId('timeline-card').getByText('Ditanggapi Atasan PPID (Terdaftar → Ditanggapi)').waitFor();
      await page.getByTestId('timeline-card').getByText('Diregistrasi').waitFor();

      // the DRAF preview is a read: no number
      const [draft] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('document-response').getByRole('button', { name: 'Pratinjau DRAF' }).click(),
      ]);
      expect(draft.suggestedFilename()).toMatch(/^tanggapan-keberatan-draf-/);
      // issuing numbers the answer: a legal act, confirmed first; then the stored PDF opens
      await page.getByRole('button', { name: 'Terbitkan Tanggapan Atasan PPID' }).click();
      const confirm = page.getByRole('dialog');
      await confirm.getByText('nomor resmi dan kode verifikasi').waitFor();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        confirm.getByRole('button', { name: 'Terbitkan' }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^tanggapan-keberatan-\d{3}_TKEB_KPU-LBK_[IVX]+_\d{4}\.pdf$/);
      // once issued, the button downloads the stored document
      await page
        .getByTestId('document-response')
        .getByRole('button', { name: /Tanggapan Atasan PPID \d{3}\/TKEB\// })
        .waitFor();
      await snap(page, 'objection-decided');
    });
  });

  it('heads an objection past the Atasan PPID answer deadline with a red banner, and says what to do', async () => {
    await as('desk', async (page) => {
      // a ground-b objection (no request) filed on paper 60 days ago: its 30 working days have run out
      const day = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000);
      const { accessToken } = await pageSession(page);
      const requesters = await pageApi<Array<{ id: number }>>(page, 'requesters');
      const created = await page.evaluate(
        async ({ token, body }) => {
          const response = await fetch('/api/objections', {
            method: 'POST',
            headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
            body: JSON.stringify(body),
          });
          if (!response.ok) throw new Error(`POST /api/objections: HTTP ${response.status} ${await response.text()}`);
          return response.json() as Promise<{ id: number; responseDueDate: string }>;
        },
        {
          token: accessToken,
          body: {
            requesterId: requesters[0].id,
            grounds: ['b'],
            reasons: 'Daftar informasi berkala belum diumumkan di laman satker.',
            groundDate: day(62).toISOString().slice(0, 10),
            filedAt: day(60).toISOString(),
          },
        },
      );
      const [y, m, d] = created.responseDueDate.split('-').map(Number);
      const since = new Intl.DateTimeFormat('id-ID', {
        timeZone: 'UTC',
        weekday: 'long',
        day: 'numeric',
        month: 'long',
        ...(y !== new Date().getUTCFullYear() ? { year: 'numeric' } : {}),
      }).format(new Date(Date.UTC(y, m - 1, d + 1, 12)));

      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(`/#/objections/${created.id}/show`);
      const banner = page.getByTestId('overdue-banner');
      await banner.getByText(`Tanggapan Atasan PPID lewat batas sejak ${since}`).waitFor();
      expect(await banner.innerText()).toMatch(/sengketa ke Komisi Informasi/);
      await page.getByTestId('response-due-badge').getByText(`Lewat batas sejak ${since}`).waitFor();
      await snap(page, 'overdue-objection-1280');
      await page.setViewportSize({ width: 390, height: 844 });
      await banner.waitFor();
      await snap(page, 'overdue-objection-390');

      // answered by the Atasan PPID earlier in this file: no banner
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(`/${objectionPath}`);
      await page.getByText(objectionNumber).first().waitFor();
      expect(await page.getByTestId('overdue-banner').count()).toBe(0);
    });
  });
});
