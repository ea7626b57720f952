import { annualReportsPageHtml } from './annual-reports-page.js';
import { dipPageHtml } from './dip-page.js';
import { officeNotFoundPageHtml, publicPageHtml } from './public-layout.js';
import { requestFormPageHtml, trackingPageHtml } from './request-pages.js';
import { html } from '../html.js';

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
      errors: { nik: { id: 'requester.nik formatnya tidak sesuai', en: 'requester.nik has the wrong format' } },
    });
    expect(page).toContain('value="Rina"');
    expect(page).toContain('<option value="KPU-SRG" selected>');
    expect(page).toContain('value="see" checked');
    expect(page).toContain('value="softcopy" checked');
    expect(page).not.toContain('value="read" checked');
    expect(page).toContain('requester.nik formatnya tidak sesuai');
    expect(page).toContain('requester.nik has the wrong format');
  });
});
