import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD, launchBrowser, newPage, pageApi, signIn, snap } from './browser';
import { startServer, type RunningServer } from './server';

jest.setTimeout(120_000);

const NUMBER = /^\d{3}\/PPID\/KPU-LBK\/[IVX]+\/\d{4}$/;
const INSTRUCTION = 'Mohon siapkan salinan berita acara rekapitulasi Pemilu 2024 dalam PDF';
const ANSWER = 'Salinan berita acara rekapitulasi tersedia dalam PDF; berkas di folder arsip PDI.';

describe('request intake, disposition and answer (built console in Chromium)', () => {
  let server: RunningServer;
  let browser: Browser;
  let requestPath = '';
  let requestNumber = '';

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
      await snap(page, `failure-${username}`);
      throw error;
    } finally {
      await context.close();
    }
  }

  it('lets the desk register a request for a new person and lands on its page with number and deadline', async () => {
    await as('desk', async (page) => {
      // From the dashboard's queue card, as the desk starts the day.
      await page.getByTestId('queue-card').getByRole('link', { name: 'Registrasi permohonan' }).click();
      await page.getByTestId('step1-timer').getByText('standar 10 menit').waitFor();

      await page.locator('input[name="requester.name"]').fill('Budi Santoso');
      await page.locator('input[name="requester.nik"]').fill('3602011203850004');
      await page.locator('textarea[name="requester.address"]').fill('Jl. Multatuli No. 1, Rangkasbitung, Lebak');
      await page.locator('input[name="requester.phone"]').fill('081234567890');
      await page.locator('input[name="requester.occupation"]').fill('Wartawan');
      await page
        .locator('textarea[name="informationRequested"]')
        .fill('Salinan berita acara rekapitulasi hasil penghitungan suara Pemilu 2024 tingkat Kabupaten Lebak');
      await page.locator('textarea[name="purpose"]').fill('Bahan liputan');
      await page.getByRole('checkbox', { name: 'Mendapatkan salinan (softcopy)' }).check();
      await page.getByRole('checkbox', { name: 'Email', exact: true }).check();
      await snap(page, 'intake');
      await page.getByRole('button', { name: 'Registrasi' }).click();

      const number = page.getByTestId('request-number');
      await number.waitFor();
      requestNumber = (await number.innerText()).trim();
      expect(requestNumber).toMatch(NUMBER);
      requestPath = new URL(page.url()).hash;
      expect(requestPath).toMatch(/^#\/requests\/\d+\/show$/);

      // The deadline card explains how the due date was derived, in Indonesian.
      const explanation = page.getByTestId('deadline-explanation');
      await explanation.waitFor();
      expect(await explanation.innerText()).toMatch(/^diterima .+; 10 hari kerja.* → batas .+\d{4}$/);
      await page.getByTestId('request-requester').getByText('Budi Santoso').waitFor();
      // The receipt is issued by the desk (a confirmed POST that numbers it), then its stored PDF opens.
      await page.getByRole('button', { name: 'Terbitkan Tanda bukti' }).click();
      const confirm = page.getByRole('dialog');
      await confirm.getByText('nomor resmi dan kode verifikasi').waitFor();
      const [receipt] = await Promise.all([
        page.waitForEvent('download'),
        confirm.getByRole('button', { name: 'Terbitkan' }).click(),
      ]);
      expect(receipt.suggestedFilename()).toMatch(/^tanda-bukti-\d{3}_TBP_KPU-LBK_[IVX]+_\d{4}\.pdf$/);
      await page
        .getByTestId('document-receipt')
        .getByRole('button', { name: /Tanda bukti \d{3}\/TBP\// })
        .waitFor();
      // SOP step 1 was timed from opening the form to saving it.
      await page.getByTestId('step-1').getByText('Sesuai standar').waitFor();
      await snap(page, 'request-registered');

      // It heads the open queue of the request list.
      await page.locator('.RaSidebar-fixed').getByRole('menuitem', { name: 'Permohonan', exact: true }).click();
      await page.getByRole('tab', { name: 'Terbuka' }).click();
      await page.getByRole('row').filter({ hasText: requestNumber }).getByText('10 hari kerja lagi').waitFor();
    });
  });

  it('asks the list for its rows only (view=list), and a request opened from it shows its whole record', async () => {
    await as('desk', async (page) => {
      const listed = page.waitForResponse((r) => {
        const u = new URL(r.url());
        return u.pathname === '/api/requests' && u.searchParams.get('view') === 'list';
      });
      await page.locator('.RaSidebar-fixed').getByRole('menuitem', { name: 'Permohonan', exact: true }).click();
      const rows: Array<Record<string, unknown>> = await (await listed).json();
      const row = rows.find((r) => r.number === requestNumber)!;
      expect(row).toMatchObject({ requester: { name: 'Budi Santoso' }, informationRequested: expect.any(String) });
      expect(row).not.toHaveProperty('purpose');
      expect(row).not.toHaveProperty('allowedActions');
      // the row opens the whole request (GET /requests/:id), not the list's row kept in react-admin's cache
      await page.getByRole('row').filter({ hasText: requestNumber }).getByText('Budi Santoso').click();
      await page.getByTestId('deadline-explanation').waitFor();
      await page.getByText('Bahan liputan').waitFor();
      expect(new URL(page.url()).hash).toBe(requestPath);
    });
  });

  it('shows the PPID the new request on the queue board, not yet assigned', async () => {
    await as('ppid', async (page) => {
      await page.locator('.RaSidebar-fixed').getByRole('menuitem', { name: 'Papan antrean' }).click();
      const unassigned = page.getByRole('region', { name: 'Belum didisposisi' });
      await unassigned.getByRole('link', { name: requestNumber, exact: true }).waitFor();
      await unassigned.getByRole('row').filter({ hasText: requestNumber }).getByText('Budi Santoso').waitFor();
      expect(Number(await unassigned.getByTestId('board-unassigned-total').innerText())).toBeGreaterThanOrEqual(1);
      await snap(page, 'queue-board');
    });
  });

  it('lets the PPID assign it to a liaison unit', async () => {
    await as('ppid', async (page) => {
      await page.goto(`/${requestPath}`);
      await page.getByTestId('request-number').getByText(requestNumber).waitFor();
      await page.getByTestId('request-actions').getByRole('button', { name: 'Disposisi' }).click();
      const dialog = page.getByTestId('dialog-assign');
      await dialog.getByRole('combobox').click();
      await page.getByRole('option', { name: 'Subbagian Perencanaan, Data dan Informasi' }).click();
      await dialog.locator('textarea[name="assignments.0.instruction"]').fill(INSTRUCTION);
      await dialog.getByRole('button', { name: 'Disposisi' }).click();
      await dialog.waitFor({ state: 'detached' });

      const assignments = page.getByTestId('assignments-card');
      await assignments.getByText('Subbagian Perencanaan, Data dan Informasi').waitFor();
      await assignments.getByText('Menunggu jawaban').waitFor();
      await page.getByTestId('timeline-card').getByText('Didisposisikan (Terdaftar → Diproses)').waitFor();
      await snap(page, 'request-assigned');
    });
  });

  it("shows the task to the unit's liaison officer, who answers it", async () => {
    await as('penghubung', async (page) => {
      await page.locator('.RaSidebar-fixed').getByRole('menuitem', { name: 'Tugas disposisi' }).click();
      await page.getByRole('cell', { name: requestNumber }).click();
      await page.getByTestId('task-instruction').getByText(INSTRUCTION).waitFor();
      // the answer file first (the unit uploads while the task is open), then the answer
      await page.getByTestId('task-upload-input').setInputFiles({
        name: 'salinan-sk-dpt.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from('%PDF-1.4\n% salinan SK DPT\n%%EOF\n'),
      });
      await page.getByRole('button', { name: 'Unggah' }).click();
      await page.getByText('salinan-sk-dpt.pdf').first().waitFor();
      await page.locator('textarea[name="answer"]').fill(ANSWER);
      await page.getByRole('button', { name: 'Kirim jawaban' }).click();
      await page.getByTestId('task-answer-text').getByText(ANSWER).waitFor();
      await snap(page, 'task-answered');
    });
  });

  it("shows the PPID the unit's answer in the assignments table", async () => {
    await as('ppid', async (page) => {
      await page.goto(`/${requestPath}`);
      const assignments = page.getByTestId('assignments-card');
      await assignments.getByTestId('assignment-answer').getByText(ANSWER).waitFor();
      // the unit's file is on the request's page too, with its download button
      const files = assignments.getByTestId('assignment-files');
      await files.getByText('salinan-sk-dpt.pdf').waitFor();
      await files.getByRole('button', { name: 'Unduh' }).waitFor();
      await assignments.getByText('Dijawab').waitFor();
      await page.getByTestId('timeline-card').getByText('Unit penghubung menjawab').waitFor();
      await snap(page, 'answer-seen');
    });
  });

  it('heads an overdue request with a red banner: late since the day after its due date, and what to do', async () => {
    await as('ppid', async (page) => {
      // the demo seed registers one request 16 days ago, untouched: past its 10 working days
      const late = await pageApi<Array<{ id: number; number: string; effectiveDueDate: string }>>(
        page,
        `requests?filter=${encodeURIComponent(JSON.stringify({ overdue: true }))}`,
      );
      expect(late.length).toBeGreaterThan(0);
      const { id, number, effectiveDueDate } = late[0];
      const [y, m, d] = effectiveDueDate.split('-').map(Number);
      const since = new Intl.DateTimeFormat('id-ID', {
        timeZone: 'UTC',
        weekday: 'long',
        day: 'numeric',
        month: 'long',
        ...(y !== new Date().getUTCFullYear() ? { year: 'numeric' } : {}),
      }).format(new Date(Date.UTC(y, m - 1, d + 1, 12)));

      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(`/#/requests/${id}/show`);
      const banner = page.getByTestId('overdue-banner');
      await banner.getByText(`Lewat batas sejak ${since}`).waitFor();
      expect(await banner.innerText()).toMatch(/Segera putuskan/);
      expect(await banner.getAttribute('class')).toMatch(/colorError|standardError/);
      // the deadline card's badge says the same, never "Lewat 0 hari kerja"
      await page.getByTestId('deadline-card').getByText(`Lewat batas sejak ${since}`).waitFor();
      await snap(page, 'overdue-request-1280');
      await page.setViewportSize({ width: 390, height: 844 });
      await banner.getByText(`Lewat batas sejak ${since}`).waitFor();
      await snap(page, 'overdue-request-390');

      // a request within its deadline has no banner
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(`/${requestPath}`);
      await page.getByTestId('request-number').getByText(requestNumber).waitFor();
      expect(await page.getByTestId('overdue-banner').count()).toBe(0);
      expect(number).not.toBe(requestNumber);
    });
  });

  /** As `as`, in a browser whose locale is en-US (a native date input would read and write mm/dd/yyyy). */
  async function asInEnUs(username: string, width: number, work: (page: Page) => Promise<void>): Promise<void> {
    const context = await browser.newContext({
      baseURL: server.url,
      locale: 'en-US',
      timezoneId: 'Asia/Jakarta',
      viewport: { width, height: 900 },
    });
    const page = await context.newPage();
    try {
      if (width >= 600) await signIn(page, username);
      else {
        // signIn waits for the office name in the app bar, which a phone hides: wait for the dashboard instead
        await page.goto('/');
        await page.locator('input[name="username"]').fill(username);
        await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
        await page.locator('button[type="submit"]').click();
        await page.getByText('Menunggu Anda').first().waitFor();
      }
      await work(page);
    } catch (error) {
      await snap(page, `failure-en-US-${username}`);
      throw error;
    } finally {
      await context.close();
    }
  }

  it('takes and shows a holiday date as dd/mm/yyyy in a browser set to en-US', async () => {
    await asInEnUs('admin', 1280, async (page) => {
      await page.goto('/#/holidays/create');
      const field = page.locator('.MuiPickersInputBase-root').first();
      await field.waitFor();
      // empty: the Indonesian order, not the browser's mm/dd/yyyy
      expect((await field.innerText()).replace(/\s/g, '')).toContain('dd/mm/yyyy');
      // day, month and year sections, typed as a clerk does (each full section moves on to the next)
      const sections = field.getByRole('spinbutton');
      expect(await sections.count()).toBe(3);
      await sections.first().click();
      await page.keyboard.type('18122026');
      expect(await page.locator('input[name="date"]').inputValue()).toBe('18/12/2026');
      await page.locator('input[name="name"]').fill('Penutupan kantor untuk uji tanggal');
      await snap(page, 'date-input-en-US-1280');
      await page.getByRole('button', { name: 'Simpan' }).click();
      // stored as Friday 18 December 2026 (in en-US order 18/12 would be no date at all)
      await page
        .getByRole('row')
        .filter({ hasText: 'Penutupan kantor untuk uji tanggal' })
        .getByText('Jum, 18 Des 2026')
        .waitFor();
    });
  });

  it("shows the request list's date filter as dd/mm/yyyy on a phone set to en-US, and filters by it", async () => {
    await asInEnUs('ppid', 390, async (page) => {
      const hash = `#/requests?filter=${encodeURIComponent(JSON.stringify({ from: '2026-10-01' }))}`;
      await page.evaluate((h) => (window.location.hash = h), hash);
      const from = page.locator('input[name="from"]');
      await from.waitFor({ state: 'attached' });
      expect(await from.inputValue()).toBe('01/10/2026');
      await snap(page, 'date-input-en-US-390');
      // typed anew: 2 Dec 2026, read as the 2nd of December, not the 12th of February
      // the only date field on the page: its day section
      await page.locator('.MuiPickersSectionList-section').first().click();
      await page.keyboard.type('02122026');
      await page.waitForURL(/2026-12-02/);
      expect(await from.inputValue()).toBe('02/12/2026');
    });
  });
});
