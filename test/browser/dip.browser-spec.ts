import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage, signIn, snap, fillDate } from './browser';
import { startServer, type RunningServer } from './server';

jest.setTimeout(120_000);

const TITLE = 'Daftar hadir dan biodata peserta bimbingan teknis KPPS Pilkada 2024';
const SUMMARY = 'Memuat nama, NIK, alamat dan nomor telepon peserta bimtek';
const DECREE = '02/PPID/KPU-LBK/XI/2026';
const HARM = 'Membuka NIK, alamat dan nomor telepon peserta yang dilindungi sebagai data pribadi.';
const INTEREST =
  'Kepentingan publik atas pelaksanaan bimtek terpenuhi melalui laporan kegiatan yang memuat jumlah peserta.';

describe('DIP: a unit proposes, the PPID classifies, establishes and publishes (built console in Chromium)', () => {
  let server: RunningServer;
  let browser: Browser;
  let entryPath = '';

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
      await snap(page, `failure-dip-${username}`);
      throw error;
    } finally {
      await context.close();
    }
  }

  it('lets the liaison officer draft an entry for their unit and submit it to the PPID', async () => {
    await as('penghubung', async (page) => {
      await page.locator('.RaSidebar-fixed').getByRole('menuitem', { name: 'Butir DIP' }).click();
      await page.getByRole('tab', { name: 'Usulan unit' }).waitFor();
      await page.getByRole('link', { name: 'Buat' }).click();

      await page.getByTestId('dip-own-unit').getByText('Subbagian Perencanaan, Data dan Informasi').waitFor();
      await page.locator('textarea[name="title"]').fill(TITLE);
      await page.locator('textarea[name="summary"]').fill(SUMMARY);
      await page.locator('input[name="holder"]').fill('Subbagian Perencanaan, Data dan Informasi');
      await page.locator('input[name="responsible"]').fill('Kepala Subbagian Perencanaan, Data dan Informasi');
      await page.locator('input[name="madeWhenWhere"]').fill('2024, Rangkasbitung');
      await page.locator('input[name="formAvailable"]').fill('hardcopy');
      await page.locator('input[name="retention"]').fill('5 tahun');
      await snap(page, 'dip-draft-form');
      await page.getByRole('button', { name: 'Simpan draf' }).click();

      await page.getByTestId('dip-entry-title').getByText(TITLE).waitFor();
      entryPath = new URL(page.url()).hash;
      expect(entryPath).toMatch(/^#\/dip-entries\/\d+\/show$/);
      const chips = page.getByTestId('dip-entry-chips');
      await chips.getByText('Draf', { exact: true }).waitFor();
      await chips.getByText('Belum diklasifikasi').waitFor();
      const actions = page.getByTestId('dip-entry-actions');
      await actions.getByRole('link', { name: 'Ubah' }).waitFor();
      expect(await actions.getByRole('button', { name: 'Klasifikasi' }).count()).toBe(0);

      await actions.getByRole('button', { name: 'Ajukan ke PPID' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Ajukan ke PPID' }).click();
      await chips.getByText('Diajukan', { exact: true }).waitFor();
      // Submitted: the entry is the PPID's now, the unit can no longer change it.
      await page
        .getByTestId('dip-entry-classification')
        .getByText('Sudah diajukan; menunggu klasifikasi PPID.')
        .waitFor();
      expect(await page.getByTestId('dip-entry-actions').count()).toBe(0);
      await snap(page, 'dip-submitted');
    });
  });

  it('lets the PPID find it among the proposals and classify it as exempt, with the consequence test the server asks for', async () => {
    await as('ppid', async (page) => {
      await page.locator('.RaSidebar-fixed').getByRole('menuitem', { name: 'Butir DIP' }).click();
      // All entries first: the seeded classified ones and the unit's unclassified draft.
      await page.getByRole('row').filter({ hasText: 'Notulen rapat koordinasi' }).waitFor();
      await page
        .getByRole('row')
        .filter({ hasText: 'Salinan KTP anggota PPK dan PPS' })
        .getByText('Dikecualikan')
        .waitFor();
      // The PPID's proposals tab opens on what was submitted to them: the new entry, not the draft.
      await page.getByRole('tab', { name: 'Usulan unit' }).click();
      await page.getByRole('row').filter({ hasText: 'Notulen rapat koordinasi' }).waitFor({ state: 'detached' });
      const row = page.getByRole('row').filter({ hasText: TITLE });
      await row.getByText('Diajukan').waitFor();
      await row.getByText(TITLE).click();
      await page.getByTestId('dip-entry-title').getByText(TITLE).waitFor();

      await page.getByTestId('dip-entry-actions').getByRole('button', { name: 'Klasifikasi' }).click();
      const dialog = page.getByTestId('dialog-classify');
      await dialog.getByRole('radio', { name: 'Dikecualikan' }).check();
      await dialog.getByRole('checkbox', { name: 'h — Rahasia pribadi' }).check();
      await fillDate(dialog, 'exemptUntil', '2029-12-31');
      await dialog.getByRole('button', { name: 'Simpan klasifikasi' }).click();

      // Without the consequence test the server refuses: its message in the dialog, its field errors on the fields.
      const error = dialog.getByTestId('classify-error');
      await error.waitFor();
      expect(await error.innerText()).toMatch(/Isian tidak valid: consequenceHarm, publicInterest/);
      const fieldErrors = dialog.locator('.MuiFormHelperText-root.Mui-error');
      await fieldErrors.filter({ hasText: 'uji konsekuensi: akibat bila informasi dibuka wajib diisi' }).waitFor();
      await fieldErrors.filter({ hasText: 'uji konsekuensi: kepentingan publik yang ditimbang wajib diisi' }).waitFor();
      await snap(page, 'dip-classify-error');

      await dialog.locator('textarea[name="consequenceHarm"]').fill(HARM);
      await dialog.locator('textarea[name="publicInterest"]').fill(INTEREST);
      await dialog.getByRole('button', { name: 'Simpan klasifikasi' }).click();
      await dialog.waitFor({ state: 'detached' });

      const chips = page.getByTestId('dip-entry-chips');
      await chips.getByText('Diklasifikasi', { exact: true }).waitFor();
      await chips.getByText('Dikecualikan', { exact: true }).waitFor();
      const classification = page.getByTestId('dip-entry-classification');
      await classification.getByTestId('dip-exemption-basis').getByText('h — Rahasia pribadi').waitFor();
      await classification.getByText(HARM).waitFor();
      await classification.getByText(INTEREST).waitFor();
      await snap(page, 'dip-classified');
    });
  });

  it('lets the PPID establish a new version by decree, see the entry added in its diff, and publish it', async () => {
    await as('ppid', async (page) => {
      await page.locator('.RaSidebar-fixed').getByRole('menuitem', { name: 'Versi DIP (SK PPID)' }).click();
      await page.getByRole('row').filter({ hasText: '01/PPID/KPU-LBK/XI/2026' }).waitFor();

      await page.getByRole('button', { name: 'Tetapkan DIP' }).click();
      const dialog = page.getByTestId('dialog-establish');
      await dialog.getByText(/Semua butir yang sudah diklasifikasi \(6\)/).waitFor();
      await dialog.locator('input[name="decreeNumber"]').fill(DECREE);
      await dialog.getByRole('button', { name: 'Tetapkan DIP' }).click();

      const header = page.getByTestId('dip-version-header');
      await header.getByTestId('dip-version-heading').getByText('DIP versi 2').waitFor();
      expect(await header.getByTestId('dip-version-decree').innerText()).toContain(`SK PPID Nomor ${DECREE} tanggal`);
      await header.getByTestId('dip-version-unpublished').waitFor();

      const added = page.getByTestId('dip-version-diff').getByTestId('diff-added');
      await added.getByText('Ditambahkan (1)').waitFor();
      await added.getByRole('link', { name: TITLE }).waitFor();
      expect(await page.getByTestId('dip-version-diff').getByTestId('diff-removed').count()).toBe(0);
      await page.getByTestId('snapshot-dikecualikan').getByText(TITLE).waitFor();
      await snap(page, 'dip-version-established');

      // publishing is an act: the dialog names the version and its decree; Batal leaves it unpublished
      await header.getByTestId('dip-publish').click();
      const confirm = page.getByTestId('dip-publish-dialog');
      await confirm.getByText('Publikasikan DIP versi 2?').waitFor();
      expect(await confirm.getByTestId('dip-publish-dialog-text').innerText()).toContain(
        `Anda akan mempublikasikan Daftar Informasi Publik versi 2 yang ditetapkan dengan SK ${DECREE}`,
      );
      // the dialog fades in: shoot it once it is fully shown
      await page.waitForFunction(
        () =>
          getComputedStyle(document.querySelector('[data-testid="dip-publish-dialog"] .MuiDialog-container')!)
            .opacity === '1',
      );
      const wide = page.viewportSize()!;
      await page.setViewportSize({ width: 1280, height: 800 });
      await snap(page, 'dip-publish-confirm-1280');
      await page.setViewportSize({ width: 390, height: 844 });
      await snap(page, 'dip-publish-confirm-390');
      await page.setViewportSize(wide);
      await confirm.getByRole('button', { name: 'Batal' }).click();
      await confirm.waitFor({ state: 'detached' });
      await page.reload();
      await header.getByTestId('dip-version-unpublished').waitFor();
      await header.getByTestId('dip-publish').click();
      await confirm.getByRole('button', { name: 'Publikasikan' }).click();
      await header.getByTestId('dip-version-published').waitFor();
      expect(await header.getByTestId('dip-publish').count()).toBe(0);
      await snap(page, 'dip-version-published');
    });

    // The public list is now version 2, still without the exempt entry.
    const response = await fetch(`${server.url}/api/public/dip/KPU-LBK`);
    const list = (await response.json()) as {
      version: { versionNo: number; decreeNumber: string };
      entries: Array<{ title: string }>;
    };
    expect(list.version).toMatchObject({ versionNo: 2, decreeNumber: DECREE });
    expect(list.entries.map((e) => e.title)).not.toContain(TITLE);
  });
});
