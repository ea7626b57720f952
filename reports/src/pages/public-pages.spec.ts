import { annualReportsPageHtml } from './annual-reports-page.js';
import { dipPageHtml } from './dip-page.js';
import { officeNotFoundPageHtml, publicPageHtml } from './public-layout.js';
import { requestFormPageHtml, trackingPageHtml } from './request-pages.js';
import { html } from '../html.js';
import { portalCodePageHtml, portalListPageHtml, portalRequestPageHtml, portalSignInPageHtml } from './portal-pages.js';

const HOSTILE = '<script>alert(1)</script>"\'';
const office = {
  code: 'KPU-LBK',
  name: 'KPU Kabupaten Lebak',
  letterheadLine1: 'KOMISI PEMILIHAN UMUM',
  letterheadLine2: 'KABUPATEN LEBAK',
  address: 'Jl. Abdi Negara No. 8',
  city: 'Rangkasbitung',
  timeZone: 'Asia/Jakarta',
};

describe('the public pages', () => {
  it("carry the office's letterhead, or Lentera's own branding without an office, and no script", () => {
    const own = publicPageHtml({ title: 'T', office, body: html`<p>x</p>` });
    expect(own).toContain('KOMISI PEMILIHAN UMUM');
    expect(own).toContain('KABUPATEN LEBAK');
    expect(own).toContain('Jl. Abdi Negara No. 8, Rangkasbitung');
    const none = publicPageHtml({ title: 'T', body: html`<p>x</p>` });
    expect(none).not.toContain('KABUPATEN LEBAK');
    expect(none).toContain('Layanan informasi publik');
    for (const page of [own, none]) {
      expect(page).not.toMatch(/<script/i);
      expect(page).toMatch(/^<!doctype html><html lang="id">/);
    }
  });

  it('put the Indonesian first and the English after it', () => {
    const page = officeNotFoundPageHtml('Daftar Informasi Publik', 'XX');
    expect(page.indexOf('Kantor tidak ditemukan')).toBeLessThan(page.indexOf('Office not found'));
    expect(page).toContain('lang="en"');
  });

  it('escape every value: office names, typed form values, codes, entries and links', () => {
    const pages = [
      publicPageHtml({ title: HOSTILE, office: { ...office, letterheadLine1: HOSTILE }, body: html`` }),
      requestFormPageHtml({
        offices: [{ code: 'KPU-LBK', name: HOSTILE }],
        values: { name: HOSTILE, informationRequested: HOSTILE, obtainMethods: ['see'] },
        errors: { nik: { id: HOSTILE, en: HOSTILE } },
        message: { id: HOSTILE, en: HOSTILE },
      }),
      trackingPageHtml({ code: HOSTILE, result: 'not-found' }),
      trackingPageHtml({
        code: 'ABCD-1234',
        result: { office: HOSTILE, status: { id: HOSTILE, en: 'x' }, note: HOSTILE },
      }),
      dipPageHtml({
        office: { ...office, name: HOSTILE },
        version: { versionNo: 1, decreeNumber: HOSTILE, decreeDate: '2026-11-02' },
        entries: [
          {
            title: HOSTILE,
            summary: HOSTILE,
            holder: HOSTILE,
            responsible: 'x',
            madeWhenWhere: 'x',
            formAvailable: 'x',
            retention: 'x',
            category: 'berkala',
          },
        ],
        q: HOSTILE,
        category: '',
      }),
      annualReportsPageHtml({
        office: { ...office, name: HOSTILE },
        reports: [
          {
            year: 2025,
            editionNo: 1,
            revising: false,
            ratifiedAt: '2026-02-05',
            publishedAt: '2026-02-06',
            eppidLink: `https://e-ppid.example/"${HOSTILE}`,
            eppidUploadedAt: null,
            document: { number: HOSTILE, verificationCode: 'ABCD' },
          },
        ],
      }),
    ];
    for (const page of pages) {
      expect(page).not.toContain('<script>');
      expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;');
    }
  });

  it('keep what was typed in the form and check the chosen boxes after a refused submission', () => {
    const page = requestFormPageHtml({
      offices: [
        { code: 'KPU-LBK', name: 'KPU Kabupaten Lebak' },
        { code: 'KPU-SRG', name: 'KPU Kota Serang' },
      ],
      values: { officeCode: 'KPU-SRG', name: 'Rina', obtainMethods: ['see', 'softcopy'] },
      errors: { nik: { id: 'NIK harus 16 angka', en: 'The NIK must be 16 digits' } },
      message: { id: 'Permohonan belum terkirim. Periksa: NIK.', en: 'The request was not sent. Please check: NIK.' },
    });
    expect(page).toContain('value="Rina"');
    expect(page).toContain('<option value="KPU-SRG" selected>');
    expect(page).toContain('value="see" checked');
    expect(page).toContain('value="softcopy" checked');
    expect(page).not.toContain('value="read" checked');
    expect(page).toContain('<div class="err" id="nik-err">NIK harus 16 angka');
    // the summary links to the field; the field points at its message
    expect(page).toContain('<a href="#nik">NIK harus 16 angka');
    expect(page).toMatch(/id="nik" name="nik"[^>]* aria-invalid="true" aria-describedby="nik-err">/);
  });

  it('offer no office by default, list the offices under their province, and mark what is required', () => {
    const page = requestFormPageHtml({
      offices: [
        { code: 'KPU-RI', name: 'KPU Republik Indonesia', group: 'Pusat' },
        { code: 'KPU-BTN', name: 'KPU Provinsi Banten', group: 'Banten' },
        { code: 'KPU-LBK', name: 'KPU Kabupaten Lebak', group: 'Banten' },
      ],
      provinces: [{ code: 'KPU-BTN', name: 'Banten' }],
      search: { provinsi: 'KPU-BTN', cari: '' },
      values: {},
      errors: {},
    });
    expect(page).toContain(
      '<select id="officeCode" name="officeCode" required aria-required="true"><option value="">— pilih kantor / choose the office —</option><optgroup label="Pusat">',
    );
    expect(page.match(/<select id="officeCode"[^>]*>([\s\S]*?)<\/select>/)?.[1]).not.toContain('selected');
    expect(page).toContain('<option value="KPU-BTN" selected>Banten</option>'); // the province of the search step
    expect(page).toContain('<optgroup label="Banten"><option value="KPU-BTN" >KPU Provinsi Banten</option>');
    expect(page).toContain('Tanda bintang: wajib diisi.');
    expect(page).toMatch(
      /<input type="text" id="name" name="name" value="" autocomplete="name" required aria-required="true">/,
    );
    // a field only some types must fill is not `required` for the browser (it is hidden for the others)
    expect(page).toMatch(/<input type="text" id="deedNumber" name="deedNumber" value="" aria-required="true">/);
    expect(page).toContain('<div class="field by-type for-entity"><label for="deedNumber">');
    expect(page).toContain('<div class="field by-type for-person for-group"><label for="nik">');
    expect(page).toContain('<input type="radio" id="type-person" name="type" value="person" required checked>');
    expect(page).toContain('form.request:has(#type-entity:checked) .for-entity');
    expect(page).toContain('<div class="hp" aria-hidden="true">');
    expect(page).not.toMatch(/<script/i);
  });
});

describe('the portal pages', () => {
  const status = { id: HOSTILE, en: HOSTILE };
  const request = {
    id: 1,
    number: HOSTILE,
    office: HOSTILE,
    receivedDate: '2026-11-02',
    status,
    effectiveDueDate: '2026-11-16',
    extended: false,
    decision: status,
    decisionDate: '2026-11-03',
    canUpload: true,
    canObject: true,
    objectionUntil: '2026-12-15',
    timeZone: 'Asia/Jakarta',
    informationRequested: HOSTILE,
    purpose: HOSTILE,
    incompleteNote: HOSTILE,
    incompleteDueDate: '2026-11-05',
    objectionFilingDays: 30,
    documents: [{ id: 2, title: HOSTILE, number: HOSTILE, issuedAt: '2026-11-02T03:00:00Z' }],
    objections: [
      { id: 3, number: HOSTILE, status, filedDate: '2026-11-04', responseDueDate: '2026-12-16', grounds: ['a'] },
    ],
    timeline: [{ at: '2026-11-02T03:00:00Z', label: status }],
  };

  it('escape every value and carry no script, with the seven grounds of the catalogue and the form token', () => {
    const pages = [
      portalSignInPageHtml({ email: HOSTILE, notice: { kind: 'bad', text: status } }),
      portalCodePageHtml({ email: HOSTILE }),
      portalListPageHtml({ email: HOSTILE, csrf: HOSTILE, requests: [request], objections: request.objections }),
      portalRequestPageHtml({
        csrf: HOSTILE,
        request,
        filed: request.objections[0],
        objectionValues: { grounds: ['a'], reasons: HOSTILE },
      }),
    ];
    for (const page of pages) {
      expect(page).not.toMatch(/<script/i);
      expect(page).toContain('&lt;script&gt;');
    }
    const detail = pages[3];
    expect((detail.match(/name="grounds"/g) ?? []).length).toBe(7);
    expect(detail).toContain('tidak ditanggapinya permintaan informasi');
    expect((detail.match(/name="csrf"/g) ?? []).length).toBe(3); // sign-out, upload, objection
    expect(detail).toContain('Tanda terima keberatan');
  });

  it('the tracking page links to the portal, and after a refusal explains how to object', () => {
    const refused = trackingPageHtml({
      code: 'ABCD-1234',
      result: { office: 'KPU', status: { id: 'Diputuskan', en: 'Decided' }, objectionFilingDays: 30 },
    });
    expect(refused).toContain('paling lambat 30 (tiga puluh) hari kerja');
    expect(refused).toContain('href="/portal"');
    const pending = trackingPageHtml({ code: 'ABCD-1234', result: { office: 'KPU', status: { id: 'x', en: 'x' } } });
    expect(pending).not.toContain('hari kerja sejak menerima');
  });
});
