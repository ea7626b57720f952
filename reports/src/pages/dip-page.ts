/**
 * The public page of an office's list of public information (GET /informasi-publik/:officeCode): search, filter by
 * category and download, without sign-in or script. Exempt items never reach it (the service leaves them out).
 */
import { DIP_CATEGORY_LABELS, type DipListEntry } from '../documents/dip-list.js';
import { formatDateId } from '../format.js';
import { html } from '../html.js';
import { bilingual, heading, publicPageHtml, type PublicPageOffice } from './public-layout.js';

const CATEGORIES = ['berkala', 'serta_merta', 'setiap_saat'] as const;
const CATEGORY_EN: Record<string, string> = {
  berkala: 'Information published periodically',
  serta_merta: 'Information published immediately',
  setiap_saat: 'Information available at all times',
};

export interface DipPageData {
  office: PublicPageOffice & { code: string };
  /** The published version, or null while none is. */
  version: { versionNo: number; decreeNumber: string; decreeDate: string | Date } | null;
  entries: readonly (Omit<DipListEntry, 'summary'> & { summary?: string | null })[];
  /** The search as typed and the category chosen ('' for all). */
  q: string;
  category: string;
}

export function dipPageHtml(d: DipPageData): string {
  const groups = CATEGORIES.map((c) => ({ c, rows: d.entries.filter((e) => e.category === c) })).filter(
    (g) => g.rows.length,
  );
  const export_ = (format: string, label: string) =>
    html`<a href="/api/public/dip/${d.office.code}/export?format=${format}">${label}</a>`;
  const table = (g: (typeof groups)[number]) =>
    html`<h2>${bilingual(DIP_CATEGORY_LABELS[g.c], CATEGORY_EN[g.c])}</h2><table><thead><tr><th>No</th><th>${bilingual('Ringkasan isi informasi', 'Summary')}</th><th>${bilingual('Pejabat/unit yang menguasai', 'Held by')}</th><th>${bilingual('Penanggung jawab', 'Responsible')}</th><th>${bilingual('Waktu dan tempat pembuatan', 'Made when and where')}</th><th>${bilingual('Bentuk informasi', 'Form')}</th><th>${bilingual('Jangka waktu penyimpanan', 'Retention')}</th></tr></thead><tbody>
${g.rows.map((e, i) => html`<tr><td>${i + 1}</td><td><strong>${e.title}</strong>${e.summary ? html`<br><span class="muted">${e.summary}</span>` : ''}</td><td>${e.holder}</td><td>${e.responsible}</td><td>${e.madeWhenWhere}</td><td>${e.formAvailable}</td><td>${e.retention}</td></tr>`)}
</tbody></table>`;
  const body = html`${heading({ id: `Daftar Informasi Publik — ${d.office.name}`, en: 'List of public information' })}
${
  d.version
    ? html`<p class="muted">Versi ${d.version.versionNo}, ditetapkan dengan Keputusan PPID Nomor ${d.version.decreeNumber} tanggal ${formatDateId(d.version.decreeDate)}<span class="en" lang="en">Version ${d.version.versionNo}, established by decree of the information officer (PPID)</span></p>`
    : html`<p class="muted">${bilingual('Belum ada daftar yang dipublikasikan.', 'No list has been published yet.')}</p>`
}
<form class="inline" method="get"><input type="search" name="q" placeholder="Cari informasi… / Search…" value="${d.q}" aria-label="Cari / Search">
<select name="category" aria-label="Kategori / Category"><option value="">Semua kategori / All categories</option>${CATEGORIES.map((c) => html`<option value="${c}" ${c === d.category ? 'selected' : ''}>${DIP_CATEGORY_LABELS[c]}</option>`)}</select>
<button type="submit">Cari / Search</button></form>
${d.version ? html`<p class="downloads">${bilingual('Unduh:', 'Download:')} ${export_('pdf', 'PDF')}${export_('xlsx', 'Excel')}${export_('json', 'JSON')}</p>` : ''}
${
  groups.length
    ? groups.map(table)
    : d.version
      ? html`<p>${bilingual('Tidak ada informasi yang cocok dengan pencarian.', 'Nothing matches the search.')}</p>`
      : ''
}
<p class="muted">Permohonan informasi dapat diajukan ke desk pelayanan informasi atau melalui <a href="/permohonan-informasi?kantor=${d.office.code}">formulir daring</a>.<span class="en" lang="en">Requests for information can be made at the information desk or through the online form.</span></p>`;
  return publicPageHtml({ title: 'Daftar Informasi Publik', office: d.office, body });
}
