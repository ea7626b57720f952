/**
 * The public page of an office's published annual reports (GET /laporan-tahunan/:officeCode): each year's current
 * edition (or the last published one while a revision is prepared), its verification code and the frozen PDF.
 */
import { formatDateId } from '../format.js';
import { html } from '../html.js';
import { bilingual, heading, publicPageHtml, type PublicPageOffice } from './public-layout.js';

export interface PublishedAnnualReport {
  year: number;
  editionNo: number;
  /** A new edition is being prepared; this row is the last published one. */
  revising: boolean;
  ratifiedAt: Date | string | null;
  publishedAt: Date | string | null;
  eppidLink: string | null;
  eppidUploadedAt: Date | string | null;
  document: { number: string; verificationCode: string } | null;
}

export interface AnnualReportsPageData {
  office: PublicPageOffice & { code: string; timeZone: string };
  reports: readonly PublishedAnnualReport[];
}

export function annualReportsPageHtml({ office, reports }: AnnualReportsPageData): string {
  const date = (d: Date | string | null) => (d ? formatDateId(d, office.timeZone) : '-');
  const row = (r: PublishedAnnualReport) =>
    html`<tr><td>${r.year}${r.editionNo > 1 ? html`<br><span class="muted">edisi ${r.editionNo}</span>` : ''}${r.revising ? html`<br><span class="muted">perubahan sedang disusun</span>` : ''}</td><td>${date(r.ratifiedAt)}</td><td>${date(r.publishedAt)}</td><td>${r.document?.number ?? '-'}${r.document ? html`<br><a class="muted" href="/verifikasi/${r.document.verificationCode}">verifikasi ${r.document.verificationCode}</a>` : ''}</td><td><a href="/api/public/annual-reports/${office.code}/${r.year}.pdf">Laporan Tahunan ${r.year} (PDF)</a></td><td>${r.eppidLink ? html`<a href="${r.eppidLink}" rel="noopener noreferrer">diunggah ${r.eppidUploadedAt ? formatDateId(r.eppidUploadedAt) : ''}</a>` : '-'}</td></tr>`;
  const body = html`${heading({
    id: `Laporan Tahunan Pelayanan Informasi Publik — ${office.name}`,
    en: 'Annual reports on the public information service',
  })}
${
  reports.length
    ? html`<table><thead><tr><th>${bilingual('Tahun', 'Year')}</th><th>${bilingual('Disahkan', 'Ratified')}</th><th>${bilingual('Dipublikasikan', 'Published')}</th><th>${bilingual('Nomor dokumen', 'Document number')}</th><th>${bilingual('Unduh', 'Download')}</th><th>e-PPID</th></tr></thead><tbody>
${reports.map(row)}
</tbody></table>`
    : html`<p>${bilingual('Belum ada laporan tahunan yang dipublikasikan.', 'No annual report has been published yet.')}</p>`
}
<p class="muted">Laporan tahunan disahkan dalam rapat pleno dan dapat diverifikasi keasliannya melalui kode verifikasi pada dokumen.<span class="en" lang="en">Annual reports are ratified in a plenary meeting; the verification code on each document proves it genuine.</span></p>`;
  return publicPageHtml({ title: 'Laporan Tahunan', office, body });
}
