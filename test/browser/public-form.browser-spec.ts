import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage, seriousViolations, snap } from './browser';
import { startServer, type RunningServer } from './server';

jest.setTimeout(180_000);

/** Nothing wider than the window: no sideways scrolling on a phone. */
async function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
}

describe('the public request form (no sign-in, no script), as a citizen of Lebak fills it', () => {
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

  for (const width of [1280, 390]) {
    it(`finds KPU Kabupaten Lebak, shows the entity's fields, says what is missing and gives a tracking code (${width} px)`, async () => {
      const { context, page } = await newPage(browser, server.url);
      try {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(`${server.url}/permohonan-informasi`);
        await page.getByRole('heading', { name: /Formulir permohonan informasi publik/ }).waitFor();
        expect(await page.locator('script').count()).toBe(0);
        const office = page.getByRole('combobox', { name: /Kantor tujuan/ });
        expect(await office.inputValue()).toBe(''); // no office by default
        expect(await seriousViolations(page)).toEqual([]);
        expect(await scrollsSideways(page)).toBe(false);
        await snap(page, `public-form-empty-${width}`);

        // the search step: the province, then the regency
        await page.getByRole('combobox', { name: /Provinsi/ }).selectOption({ label: 'Banten' });
        await page.getByRole('searchbox', { name: /Kabupaten\/kota/ }).fill('lebak');
        await page.getByRole('button', { name: /Cari kantor/ }).click();
        await page.waitForURL(/provinsi=KPU-BTN&cari=lebak/);
        const options = await office.locator('option').allInnerTexts();
        expect(options.slice(1)).toEqual(['KPU Kabupaten Lebak']);
        expect(await office.inputValue()).toBe('');
        await office.selectOption({ label: 'KPU Kabupaten Lebak' });

        // a legal entity: its own fields show, the person's NIK does not
        const deed = page.getByRole('textbox', { name: /Nomor akta pendirian/ });
        expect(await deed.isVisible()).toBe(false);
        await page.getByRole('radio', { name: /Badan hukum/ }).check();
        expect(await deed.isVisible()).toBe(true);
        expect(await page.locator('#nik').isVisible()).toBe(false);
        await page.getByRole('textbox', { name: /Nama badan hukum/ }).fill('Perkumpulan Pemilu Bersih Lebak');
        await page.getByRole('textbox', { name: /Nomor pengesahan/ }).fill('AHU-0012345.AH.01.07.2019');
        await page.getByRole('textbox', { name: /Alamat/ }).fill('Jl. Multatuli No. 5, Rangkasbitung');
        await page.getByRole('textbox', { name: /Nomor telepon/ }).fill('0252 201234');
        await page.getByRole('textbox', { name: /Rincian informasi/ }).fill('Salinan SK penetapan DPT Pilkada 2024');
        await page.getByRole('textbox', { name: /Tujuan penggunaan/ }).fill('Pemantauan pemilihan');
        await page.getByRole('radio', { name: /^Ya/ }).check();
        await page.getByRole('radio', { name: /Pemilihan Gubernur, Bupati/ }).check();
        await page.getByRole('checkbox', { name: /salinan softcopy/ }).check();
        await page.getByRole('checkbox', { name: /mengambil langsung/ }).check();
        if (width === 390) await snap(page, `public-form-filled-${width}`);

        // sent without the deed number: the form comes back, still an entity, saying so in plain words
        await page.getByRole('button', { name: /Kirim permohonan/ }).click();
        await page.getByText('Permohonan belum terkirim. Periksa: Nomor akta pendirian.').waitFor();
        await page.locator('#deedNumber-err').getByText('Nomor akta pendirian wajib diisi').waitFor();
        expect(await page.getByRole('radio', { name: /Badan hukum/ }).isChecked()).toBe(true);
        expect(await office.inputValue()).toBe('KPU-LBK');
        expect(await page.locator('header.brand').innerText()).toContain('KABUPATEN LEBAK');
        expect(await page.locator('main').innerText()).not.toMatch(/requester\.|deedNumber/);
        expect(await seriousViolations(page)).toEqual([]);
        expect(await scrollsSideways(page)).toBe(false);
        await snap(page, `public-form-errors-${width}`);

        await deed.fill('Akta Notaris No. 12 Tahun 2019');
        await page.getByRole('button', { name: /Kirim permohonan/ }).click();
        await page.getByRole('heading', { name: /Permohonan Anda telah kami terima/ }).waitFor();
        expect(await page.locator('.code').innerText()).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
        expect(await page.locator('header.brand').innerText()).toContain('KABUPATEN LEBAK');
        expect(await seriousViolations(page)).toEqual([]);
        expect(await scrollsSideways(page)).toBe(false);
        await snap(page, `public-form-sent-${width}`);
      } finally {
        await context.close();
      }
    });
  }
});
