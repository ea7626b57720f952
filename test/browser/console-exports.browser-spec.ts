import * as fs from 'node:fs';
import ExcelJS from 'exceljs';
import type { Browser, Download, Page } from 'playwright-core';
import { asUserAt, launchBrowser, pageListTotal, pageSession, snap } from './browser';
import { startServer, type RunningServer } from './server';
import { pdfContent } from '../support/pdf';

jest.setTimeout(120_000);

const LEBAK = 'KPU Kabupaten Lebak';
const BANTEN = 'KPU Provinsi Banten';
const DATE = /^\d{2}\/\d{2}\/\d{4}$/;

/** RFC 4180 CSV (quoted fields may hold commas, quotes and line breaks), as a spreadsheet program reads it. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') endField();
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endField();
      rows.push(row);
      row = [];
    } else field += c;
  }
  if (field || row.length) {
    endField();
    rows.push(row);
  }
  return rows;
}

async function readXlsx(file: string): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.worksheets[0];
  const rows: string[][] = [];
  sheet.eachRow((row) => {
    const values = row.values as unknown[];
    rows.push(values.slice(1).map((v) => (v === null || v === undefined ? '' : String(v))));
  });
  return rows;
}

/** Clicks one entry of the list's "Ekspor" menu and answers the downloaded file's name and path. */
async function exportAs(page: Page, entry: 'Ekspor CSV' | 'Ekspor Excel'): Promise<{ name: string; path: string }> {
  await page.getByTestId('export-menu').click();
  const [download] = await Promise.all([
    page.waitForEvent('download') as Promise<Download>,
    page.getByRole('menuitem', { name: entry }).click(),
  ]);
  return { name: download.suggestedFilename(), path: (await download.path())! };
}

/** POST JSON to an API path as the signed-in page's user; answers the status. */
async function pagePost(page: Page, path: string, body: object): Promise<number> {
  const { accessToken } = await pageSession(page);
  return page.evaluate(
    async ({ p, b, token }) =>
      (
        await fetch(`/api/${p}`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
          body: JSON.stringify(b),
        })
      ).status,
    { p: path, b: body, token: accessToken },
  );
}

/** A list opened at a filter, once its rows (or its empty state) are shown. */
async function openList(page: Page, resource: string, filter: object): Promise<void> {
  await page.goto(`/#/${resource}?filter=${encodeURIComponent(JSON.stringify(filter))}`);
  await page.locator('.RaList-main .MuiTable-root, [data-testid="reports-empty"]').first().waitFor();
}

describe('console lists: export, office column, bulk actions, saved filters (built console in Chromium)', () => {
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

  const as = <T>(username: string, office: string, work: (page: Page) => Promise<T>) =>
    asUserAt(browser, server.url, username, office, work);

  it('exports the filtered request list as CSV and Excel with Indonesian headers, dates and statuses in words', async () => {
    await as('desk', LEBAK, async (page) => {
      const filter = { open: true };
      await openList(page, 'requests', filter);
      const total = await pageListTotal(page, 'requests', filter);
      const all = await pageListTotal(page, 'requests');
      expect(total).toBeGreaterThan(0);
      expect(total).toBeLessThan(all);

      const csv = await exportAs(page, 'Ekspor CSV');
      expect(csv.name).toMatch(/^permohonan-\d{4}-\d{2}-\d{2}\.csv$/);
      const text = fs.readFileSync(csv.path, 'utf8');
      expect(text.charCodeAt(0)).toBe(0xfeff);
      const rows = parseCsv(text.slice(1));
      const headers = rows[0];
      expect(headers).toEqual(
        expect.arrayContaining(['Nomor registrasi', 'Tanggal diterima', 'Pemohon', 'Status', 'Batas waktu', 'Kantor']),
      );
      expect(rows.length - 1).toBe(total);
      const status = headers.indexOf('Status');
      const received = headers.indexOf('Tanggal diterima');
      for (const row of rows.slice(1)) {
        expect(row[received]).toMatch(DATE);
        // a label, never the stored code
        expect(row[status]).not.toMatch(/^[a-z_]+$/);
        expect(row[headers.indexOf('Kantor')]).toBe(LEBAK);
      }

      const xlsx = await exportAs(page, 'Ekspor Excel');
      expect(xlsx.name).toMatch(/^permohonan-\d{4}-\d{2}-\d{2}\.xlsx$/);
      const sheet = await readXlsx(xlsx.path);
      expect(sheet[0]).toEqual(headers);
      expect(sheet.length - 1).toBe(total);
      expect(
        sheet
          .slice(1)
          .map((r) => r[0])
          .sort(),
      ).toEqual(
        rows
          .slice(1)
          .map((r) => r[0])
          .sort(),
      );
      await snap(page, 'exports-requests');
    });
  });

  it("shows a province user each row's office and filters requests and annual reports by office", async () => {
    // a regency's annual report, prepared by its own PPID
    await as('ppid', LEBAK, async (page) => {
      expect(await pagePost(page, 'annual-reports', { year: 2025 })).toBe(201);
    });
    await as('ppid.banten', BANTEN, async (page) => {
      await openList(page, 'annual-reports', {});
      await page.getByRole('columnheader', { name: 'Kantor' }).waitFor();
      const row = page.locator('.RaList-main tbody tr').filter({ hasText: '2025' }).first();
      await row.getByRole('cell', { name: LEBAK, exact: true }).waitFor();

      await openList(page, 'requests', {});
      await page.getByRole('columnheader', { name: 'Kantor' }).waitFor();
      await page.locator('.RaList-main tbody tr').first().getByRole('cell', { name: LEBAK, exact: true }).waitFor();
      // the office filter: the province's own requests (none in the demo seed), then Lebak's again
      await page.getByRole('combobox', { name: 'Kantor' }).click();
      await page.getByRole('option', { name: LEBAK }).click();
      await page.waitForURL(/officeId/);
      const lebakId = (
        JSON.parse(decodeURIComponent(page.url().split('filter=')[1].split('&')[0])) as { officeId: number }
      ).officeId;
      const total = await pageListTotal(page, 'requests', { officeId: lebakId });
      expect(total).toBeGreaterThan(0);
      const csv = await exportAs(page, 'Ekspor CSV');
      const rows = parseCsv(fs.readFileSync(csv.path, 'utf8').slice(1));
      expect(rows.length - 1).toBe(total);
      expect(new Set(rows.slice(1).map((r) => r[rows[0].indexOf('Kantor')]))).toEqual(new Set([LEBAK]));
      await snap(page, 'exports-province-requests');
    });
  });

  it('prints the receipts of the selected requests as one PDF, in one download, and says how many it holds', async () => {
    await as('desk', LEBAK, async (page) => {
      await openList(page, 'requests', {});
      const rows = page.locator('.RaList-main tbody tr');
      await rows.nth(1).waitFor();
      const numbers: string[] = [];
      for (const i of [0, 1]) {
        numbers.push((await rows.nth(i).locator('td').nth(1).innerText()).trim());
        await rows.nth(i).getByRole('checkbox').check();
      }
      // one file (a browser asks before a page saves several at once), not one per request
      const downloads: Download[] = [];
      page.on('download', (d) => downloads.push(d));
      const first = page.waitForEvent('download', { timeout: 90_000 });
      // every message the page shows from here on, kept: a notification hides itself after a few seconds, and on a
      // loaded machine the one asserted below could come and go between two of the locator's polls
      await page.evaluate(() => {
        const seen: string[] = [];
        (window as unknown as { seenMessages: string[] }).seenMessages = seen;
        new MutationObserver(() => {
          for (const el of document.querySelectorAll('.MuiSnackbarContent-message'))
            if (el.textContent && !seen.includes(el.textContent)) seen.push(el.textContent);
        }).observe(document.body, { childList: true, subtree: true, characterData: true });
      });
      await page.getByTestId('bulk-receipts').click();
      const download = await first;
      await page.waitForFunction(
        () => (window as unknown as { seenMessages: string[] }).seenMessages.length > 0,
        undefined,
        { timeout: 30_000 },
      );
      expect(await page.evaluate(() => (window as unknown as { seenMessages: string[] }).seenMessages)).toEqual([
        '2 tanda terima diunduh',
      ]);
      expect(download.suggestedFilename()).toBe('tanda-terima-2-permohonan.pdf');
      const pdf = fs.readFileSync((await download.path())!);
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      if (process.env.LENTERA_SCREENSHOTS) fs.writeFileSync('/tmp/lentera-bulk-receipts.pdf', pdf);
      // both receipts, each with its own number, in the order selected
      const { text, pages } = await pdfContent(pdf);
      expect(pages).toBeGreaterThanOrEqual(2);
      const at = numbers.map((n) => text.indexOf(n));
      expect(at.every((i) => i >= 0)).toBe(true);
      expect(at[0]).toBeLessThan(at[1]);
      expect(downloads).toHaveLength(1);
      await snap(page, 'exports-bulk-receipts');
    });
  });

  it('says which receipts failed and why when the user may only download receipts already issued', async () => {
    // the Atasan PPID reads requests but does not register them: no receipt is issued on their behalf
    await as('atasan', LEBAK, async (page) => {
      await openList(page, 'requests', {});
      const last = page.locator('.RaList-main tbody tr').last();
      await last.waitFor();
      const number = (await last.locator('td').nth(1).innerText()).trim();
      await last.getByRole('checkbox').check();
      expect(await page.getByTestId('bulk-assign').count()).toBe(0);
      await page.getByTestId('bulk-receipts').click();
      await page
        .getByText(new RegExp(`^Tidak ada yang berhasil; 1 gagal: ${number.replace(/\//g, '\\/')} \\(.+\\)$`))
        .waitFor();
    });
  });

  it('keeps a saved filter of the request list across a reload', async () => {
    await as('desk', LEBAK, async (page) => {
      await openList(page, 'requests', { open: true });
      await page.getByRole('button', { name: 'Tambah filter' }).click();
      await page.getByRole('menuitem', { name: 'Simpan kueri saat ini...' }).click();
      await page.getByRole('dialog').getByRole('textbox').fill('Permohonan terbuka');
      await page.getByRole('dialog').getByRole('button', { name: 'Simpan' }).click();
      await page.getByRole('dialog').waitFor({ state: 'detached' });

      await page.goto('/#/requests?filter=%7B%7D');
      await page.reload();
      await page.locator('.RaList-main .MuiTable-root').waitFor();
      await page.getByRole('button', { name: 'Tambah filter' }).click();
      await page.getByRole('menuitem', { name: 'Permohonan terbuka' }).click();
      await page.waitForURL(/open%22%3Atrue|"open":true/);
    });
  });

  it('assigns the selected requests to a liaison unit in one bulk action, each through its own assign step', async () => {
    await as('ppid', LEBAK, async (page) => {
      const filter = { status: ['registered'], unassigned: true };
      await openList(page, 'requests', filter);
      const before = await pageListTotal(page, 'requests', filter);
      expect(before).toBeGreaterThan(0);
      await page.locator('.RaList-main tbody tr').first().getByRole('checkbox').check();
      await page.getByTestId('bulk-assign').click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('combobox', { name: 'Unit penghubung' }).click();
      await page.getByRole('option').first().click();
      await dialog.getByRole('textbox', { name: 'Instruksi' }).fill('Siapkan salinan dokumen dalam 3 hari kerja.');
      await dialog.getByRole('button', { name: 'Tugaskan' }).click();
      await page.getByText('1 permohonan ditugaskan').waitFor();
      expect(await pageListTotal(page, 'requests', filter)).toBe(before - 1);
    });
  });

  it("offers the request and objection registers of the list's period in their toolbars", async () => {
    await as('desk', LEBAK, async (page) => {
      for (const resource of ['requests', 'objections']) {
        await openList(page, resource, { from: '2026-01-01', to: '2026-12-31' });
        await page.getByTestId('register-menu').click();
        await page
          .getByTestId('register-buttons')
          .getByText(/2026-01-01.+2026-12-31/)
          .waitFor();
        await page.keyboard.press('Escape');
        await page.getByTestId('register-buttons').waitFor({ state: 'detached' });
      }
    });
  });

  it.each([
    ['desk', ['requesters', 'objections', 'submissions', 'outbox', 'dip-entries', 'dip-versions', 'holidays']],
    ['admin', ['users', 'offices', 'units', 'audit-logs']],
    ['ppid', ['tasks', 'monthly-reports', 'annual-reports']],
  ])('exports every list %s opens, each with its filtered row count and translated headers', async (user, lists) => {
    await as(user as string, LEBAK, async (page) => {
      for (const resource of lists as string[]) {
        const total = await pageListTotal(page, resource, {});
        // an empty list shows react-admin's empty page (no toolbar): nothing to export
        if (total === 0) continue;
        await openList(page, resource, {});
        const csv = await exportAs(page, 'Ekspor CSV');
        const rows = parseCsv(fs.readFileSync(csv.path, 'utf8').slice(1));
        expect({ resource, rows: rows.length - 1 }).toEqual({ resource, rows: total });
        for (const header of rows[0])
          expect({ resource, header }).toEqual({
            resource,
            header: expect.stringMatching(/^(?!resources\.|lentera\.)\S/),
          });
        await page.keyboard.press('Escape');
      }
    });
  });
});
