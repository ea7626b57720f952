import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage, pageApi, signIn, snap } from './browser';
import { startServer, type RunningServer } from './server';

jest.setTimeout(180_000);

// The demo seed registers Siti Aminah (person) with this NIK; the desk now meets her under her full married name.
const KNOWN_NIK = '3602024507920002';
const NEW_NAME = 'Siti Aminah Nasution';
const INFORMATION = 'Salinan keputusan penetapan rekapitulasi hasil penghitungan suara Pemilihan Bupati Lebak 2024';

describe('identity as registered, the NIK conflict and the regime of a request (built console in Chromium)', () => {
  let server: RunningServer;
  let browser: Browser;
  let requestPath = '';

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
      await snap(page, `failure-identity-${username}`);
      throw error;
    } finally {
      await context.close();
    }
  }

  it('stops the desk at a known NIK under another name, names the registered person, and registers after "the same person"', async () => {
    await as('desk', async (page) => {
      await page.goto('/#/requests/create');
      await page.getByTestId('step1-timer').waitFor();
      await page.locator('input[name="requester.name"]').fill(NEW_NAME);
      await page.locator('input[name="requester.nik"]').fill(KNOWN_NIK);
      await page.locator('textarea[name="requester.address"]').fill('Kp. Cibeureum RT 02/RW 03, Cibadak, Lebak');
      await page.locator('input[name="requester.phone"]').fill('085711223344');
      await page.locator('textarea[name="informationRequested"]').fill(INFORMATION);
      await page.locator('textarea[name="purpose"]').fill('Bahan skripsi');
      await page.getByRole('checkbox', { name: 'Mendapatkan salinan (softcopy)' }).check();
      await page.getByRole('checkbox', { name: 'Email', exact: true }).check();
      // general information by default, with its time limits from the rules in force
      await page.getByTestId('regime-effect').getByText('10 hari kerja').waitFor();
      await page.getByRole('button', { name: 'Registrasi' }).click();

      // The server's 409 becomes a choice, naming who the NIK belongs to.
      const dialog = page.getByTestId('identity-conflict');
      await dialog.getByTestId('identity-conflict-registered').getByText('Siti Aminah (Perorangan').waitFor();
      await dialog.getByText(`Nama yang diisi: ${NEW_NAME}`).waitFor();
      await snap(page, 'identity-conflict');

      // "Mistyped NIK" goes back to the field, focused, and saves nothing.
      await dialog.getByTestId('identity-conflict-fix').click();
      await dialog.waitFor({ state: 'detached' });
      await page.waitForFunction(() => (document.activeElement as HTMLInputElement | null)?.name === 'requester.nik');
      await page.getByText('terdaftar atas nama Siti Aminah').waitFor();
      expect(new URL(page.url()).hash).toBe('#/requests/create');

      // The NIK was right after all: it is the same person, whose identity is updated from now on.
      await page.getByRole('button', { name: 'Registrasi' }).click();
      await dialog.getByTestId('identity-conflict-same').click();
      const number = page.getByTestId('request-number');
      await number.waitFor();
      requestPath = new URL(page.url()).hash;
      expect(requestPath).toMatch(/^#\/requests\/\d+\/show$/);

      // The request keeps the identity as registered with it: the new name, as version 2.
      const identity = page.getByTestId('registered-identity');
      await identity.getByText(`${NEW_NAME} · Perorangan · versi 2`).waitFor();
      expect(await identity.getByTestId('identity-changed').count()).toBe(0);
      await page.getByTestId('regime-chip').getByText('Informasi publik (umum)').waitFor();
      await snap(page, 'request-identity-v2');

      // The requester's history shows both versions: who, when, why.
      await page.getByTestId('request-requester').getByRole('link', { name: NEW_NAME }).click();
      const history = page.getByTestId('identity-history');
      await history
        .getByTestId('identity-version-2')
        .getByTestId('identity-version-name')
        .getByText(NEW_NAME)
        .waitFor();
      expect(await history.getByTestId('identity-version-1').getByTestId('identity-version-name').innerText()).toBe(
        'Siti Aminah',
      );
      expect(await history.locator('[data-version]').count()).toBe(2);
      await history.getByTestId('identity-version-2').getByText('Dicatat oleh Siti Nurhaliza, A.Md.').waitFor();
      await history
        .getByTestId('identity-version-2')
        .getByText(/Diperbarui saat registrasi/)
        .waitFor();
      await history.getByTestId('identity-version-1').getByText('Registrasi pertama').waitFor();
      await history.getByTestId('identity-version-2').getByText('Nama: Siti Aminah →').waitFor();
      await snap(page, 'requester-history');

      // Her earlier request still shows her identity as it was then, and says it has changed since.
      await page
        .getByTestId('requester-requests')
        .getByText(/Data rekapitulasi partisipasi pemilih per kecamatan/)
        .click();
      const earlier = page.getByTestId('registered-identity');
      await earlier.getByText('Siti Aminah · Perorangan · versi 1').waitFor();
      await earlier
        .getByTestId('identity-changed')
        .getByText(/sekarang versi 2, atas nama Siti Aminah Nasution/)
        .waitFor();
    });
  });

  it('lets the PPID classify the request as election information: the deadline card counts 3 working days', async () => {
    await as('ppid', async (page) => {
      await page.goto(`/${requestPath}`);
      const answer = page.getByTestId('request-clocks').getByTestId('clock-request.answer');
      await answer.getByTestId('clock-days').getByText('10 hari kerja').waitFor();

      await page.getByTestId('classify-button').click();
      const dialog = page.getByTestId('dialog-classify');
      await dialog.getByRole('radio', { name: 'Informasi Pemilu dan Pemilihan' }).check();
      await dialog.getByTestId('regime-effect').getByText('3 hari kerja').waitFor();
      await dialog.getByRole('radio', { name: 'Pemilihan Gubernur, Bupati, dan Wali Kota' }).check();
      await dialog.locator('input[name="electionName"]').fill('Pemilihan Bupati dan Wakil Bupati Lebak 2024');
      await dialog.locator('input[name="electionStage"]').fill('rekapitulasi hasil penghitungan suara');
      await dialog.locator('textarea[name="note"]').fill('Informasi yang diminta adalah dokumen tahapan Pemilihan');
      await dialog.getByRole('button', { name: 'Simpan klasifikasi' }).click();
      await dialog.waitFor({ state: 'detached' });

      await page.getByTestId('regime-chip').getByText('Informasi Pemilu dan Pemilihan').waitFor();
      await page
        .getByTestId('election-line')
        .getByText(/Pemilihan Bupati dan Wakil Bupati Lebak 2024/)
        .waitFor();
      await answer.getByTestId('clock-days').getByText('3 hari kerja').waitFor();
      expect(await answer.getByTestId('clock-text').innerText()).toMatch(/^mulai .+; 3 hari kerja.* → batas .+\d{4}$/);
      expect(await page.getByTestId('deadline-explanation').innerText()).toContain('; 3 hari kerja');
      await page
        .getByTestId('rule-set-line')
        .getByText(/PerKI 1\/2019/)
        .waitFor();
      await snap(page, 'request-classified');

      // In English, the same clocks explain themselves in English.
      await page
        .locator('header')
        .getByRole('button', { name: /Bahasa Indonesia/i })
        .click();
      await page.getByRole('menuitem', { name: 'English' }).click();
      await answer.getByTestId('clock-days').getByText('3 working days').waitFor();
      expect(await answer.getByTestId('clock-text').innerText()).toMatch(/^started .+; 3 working days.* → due /);
    });
  });

  it('lets the desk verify a web submission: the citizen’s regime shown and kept, the identity confirmed on a conflict', async () => {
    const submitted = await fetch(`${server.url}/api/public/requests`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept-Language': 'id' },
      body: JSON.stringify({
        officeCode: 'KPU-LBK',
        requester: {
          type: 'person',
          name: 'Budi Santoso Wibisono',
          nik: '3602011203850004',
          address: 'Jl. Multatuli No. 5, Rangkasbitung',
          email: 'budi.santoso@example.id',
        },
        regime: 'election',
        electionKind: 'pemilu',
        electionName: 'Pemilu 2029',
        informationRequested: 'Daftar TPS Kecamatan Rangkasbitung pada Pemilu 2029',
        purpose: 'Pemantauan',
        obtainMethods: ['softcopy'],
        deliveryMethods: ['email'],
      }),
    });
    expect(submitted.status).toBe(201);
    const { trackingCode } = (await submitted.json()) as { trackingCode: string };

    await as('desk', async (page) => {
      await page.locator('.RaSidebar-fixed').getByRole('menuitem', { name: 'Permohonan daring' }).click();
      await page.getByRole('row').filter({ hasText: 'Budi Santoso Wibisono' }).click();
      await page.getByTestId('submission-code').getByText(trackingCode).waitFor();
      await page.getByTestId('submission-regime').getByText('Informasi Pemilu dan Pemilihan').waitFor();
      await page
        .getByTestId('submission-regime')
        .getByText(/Pemilu 2029/)
        .waitFor();
      await snap(page, 'submission');

      await page.getByRole('button', { name: 'Verifikasi & registrasi' }).click();
      const accept = page.getByTestId('dialog-accept');
      await accept.getByTestId('regime-effect').getByText('3 hari kerja').waitFor();
      expect(await accept.locator('input[name="electionName"]').inputValue()).toBe('Pemilu 2029');
      await accept.locator('input[name="electionStage"]').fill('pemungutan suara');
      await accept.getByRole('button', { name: 'Verifikasi & registrasi' }).click();

      const conflict = page.getByTestId('identity-conflict');
      await conflict.getByTestId('identity-conflict-registered').getByText('Budi Santoso (Perorangan').waitFor();
      await conflict.getByTestId('identity-conflict-same').click();
      await page.getByTestId('request-number').waitFor();
      await page.getByTestId('regime-chip').getByText('Informasi Pemilu dan Pemilihan').waitFor();
      await page
        .getByTestId('election-line')
        .getByText(/Pemilu 2029 · tahapan pemungutan suara/)
        .waitFor();
      await page.getByTestId('registered-identity').getByText('Budi Santoso Wibisono · Perorangan · versi 2').waitFor();
    });
  });

  it('asks the desk for the reason of an identity edit, which becomes a new version in the history', async () => {
    await as('desk', async (page) => {
      // the demo's group requester (registered at the desk; the demo history's people came before it)
      const [forum] = await pageApi<Array<{ id: number }>>(
        page,
        `requesters?filter=${encodeURIComponent(JSON.stringify({ q: 'Forum Warga Peduli Demokrasi' }))}`,
      );
      await page.goto(`/#/requesters/${forum.id}/show`);
      await page.getByTestId('identity-history').getByTestId('identity-version-1').waitFor();
      await page.getByRole('link', { name: 'Ubah' }).click();
      await page
        .getByTestId('identity-edit-note')
        .getByText(/versi baru \(sekarang versi 1\)/)
        .waitFor();
      await page.locator('input[name="phone"]').fill('081311112222');
      await page.getByRole('button', { name: 'Simpan' }).click();
      // no reason, no save
      await page.getByText('Wajib diisi').waitFor();
      expect(new URL(page.url()).hash).toBe(`#/requesters/${forum.id}`);
      await page.locator('textarea[name="reason"]').fill('Nomor telepon wakil kelompok berganti (surat 12 Desember)');
      await page.getByRole('button', { name: 'Simpan' }).click();

      const newest = page.getByTestId('identity-history').getByTestId('identity-version-2');
      await newest.getByTestId('identity-reason').getByText('Nomor telepon wakil kelompok berganti').waitFor();
      await newest.getByText('Telepon: 081399887766 →').waitFor();
      await newest.getByText('Dicatat oleh Siti Nurhaliza, A.Md.').waitFor();
    });
  });
});
