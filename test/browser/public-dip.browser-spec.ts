import type { Browser } from 'playwright-core';
import { launchBrowser, newPage, snap } from './browser';
import { startServer, type RunningServer } from './server';

jest.setTimeout(120_000);

describe("an office's public DIP page (no sign-in)", () => {
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

  it('finds an established entry by searching, and shows no draft and no exempt detail', async () => {
    const { context, page } = await newPage(browser, server.url);
    try {
      await page.goto(`${server.url}/informasi-publik/KPU-LBK`);
      await page.getByRole('heading', { name: 'Daftar Informasi Publik — KPU Kabupaten Lebak' }).waitFor();
      await page.getByText('Keputusan PPID Nomor 01/PPID/KPU-LBK/XI/2026').waitFor();
      const all = await page.locator('body').innerText();
      expect(all).toContain('Rekapitulasi partisipasi pemilih per kecamatan Pilkada 2024');
      // the exempt item and the unclassified draft are not on the public page
      expect(all).not.toContain('Salinan KTP anggota PPK dan PPS');
      expect(all).not.toContain('Membuka NIK');
      expect(all).not.toContain('Notulen rapat koordinasi pemutakhiran');

      await page.getByLabel('Cari').fill('partisipasi');
      await page.getByRole('button', { name: 'Cari' }).click();
      await page.waitForURL(/q=partisipasi/);
      const rows = page.locator('tbody tr');
      expect(await rows.count()).toBe(1);
      expect(await rows.first().innerText()).toContain('Rekapitulasi partisipasi pemilih');
      await snap(page, 'public-dip');

      const pdf = await page.request.get(`${server.url}/api/public/dip/KPU-LBK/export?format=pdf`);
      expect(pdf.status()).toBe(200);
      expect(pdf.headers()['content-type']).toBe('application/pdf');
    } finally {
      await context.close();
    }
  });
});
