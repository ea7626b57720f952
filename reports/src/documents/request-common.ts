/**
 * Shared vocabulary and building blocks of the information-request documents (UU 14/2008, Perki 1/2010):
 * Indonesian labels, the Pasal 17 exemptions, masking, money, number words, the deadline sentence and
 * the "label : value" tables used by the receipt and the notices.
 */
import { html, raw, type HtmlValue, type SafeHtml } from '../html.js';
import { formatDateId } from '../format.js';
import { MONO_FONTS, SANS_FONTS } from '../fonts.js';
import { EXEMPTION_LETTERS, EXEMPTIONS, terbilangSmall, type ExemptionLetter } from '../legal/catalogue.js';

/** The requester as the documents need it. A full NIK may be passed: the documents always mask it. */
export interface RequestDocRequester {
  /** person | entity | group */
  type: string;
  name: string;
  nik?: string | null;
  deedNumber?: string | null;
  ratificationNumber?: string | null;
  powerOfAttorney?: string | null;
  representativeName?: string | null;
  address: string;
  phone?: string | null;
  email?: string | null;
  occupation?: string | null;
}

/** The request as the documents need it. */
export interface RequestDocRequest {
  /** Registration number, e.g. "001/PPID/KPU-LBK/XI/2026". */
  number: string;
  /** The instant the request was received. */
  receivedAt: Date | string;
  /** The calendar date of receipt in the office's zone ('YYYY-MM-DD'). */
  receivedDate: string;
  channel: string;
  informationRequested: string;
  purpose: string;
  obtainMethods: readonly string[];
  deliveryMethods: readonly string[];
}

/** How a deadline was computed: `days` working days after `start`, skipping the listed holidays. */
export interface DeadlineInfo {
  /** The day the clock starts from ('YYYY-MM-DD'). */
  start: string;
  /** 'received' (the day of receipt) or 'completed' (the day an incomplete request was completed). */
  startReason: 'received' | 'completed';
  days: number;
  /** The due date ('YYYY-MM-DD'). */
  due: string;
  /** Holidays on weekdays inside the counted span (they pushed the deadline). */
  skipped: ReadonlyArray<{ date: string; name: string }>;
}

export const REQUESTER_TYPE_LABELS: Record<string, string> = {
  person: 'Perorangan',
  entity: 'Badan hukum',
  group: 'Kelompok orang',
};

export const CHANNEL_LABELS: Record<string, string> = {
  in_person: 'Datang langsung',
  letter: 'Surat',
  email: 'Surat elektronik (email)',
  phone: 'Telepon',
  fax: 'Faksimili',
  web: 'Laman (formulir daring)',
};

/** Cara memperoleh informasi (Perki 1/2010). */
export const OBTAIN_LABELS: Record<string, string> = {
  see: 'Melihat',
  read: 'Membaca',
  listen: 'Mendengarkan',
  note: 'Mencatat',
  softcopy: 'Salinan softcopy',
  hardcopy: 'Salinan hardcopy',
};

/** Cara mendapatkan salinan informasi (Perki 1/2010). */
export const DELIVERY_LABELS: Record<string, string> = {
  pickup: 'Mengambil langsung',
  courier: 'Kurir',
  post: 'Pos',
  fax: 'Faksimili',
  email: 'Surat elektronik (email)',
};

export const FORM_LABELS: Record<string, string> = {
  softcopy: 'Softcopy (salinan elektronik)',
  hardcopy: 'Hardcopy (salinan cetak)',
};

/** SOP 1 steps 1–3 at the desk, as the documents name them. */
export const SOP_STEP_LABELS: Record<number, string> = {
  1: 'Pengisian formulir dan pemeriksaan identitas',
  2: 'Informasi tentang informasi yang diminta',
  3: 'Penjelasan informasi yang dikecualikan',
};

export const DECISION_TEXT: Record<string, string> = {
  granted_full: 'Dikabulkan seluruhnya',
  granted_partial: 'Dikabulkan sebagian',
  refused: 'Ditolak',
  not_held: 'Informasi tidak dikuasai',
};

/**
 * UU 14/2008 Pasal 17: the short meaning of each letter ("menghambat proses penegakan hukum"), derived from the legal
 * catalogue (EXEMPTIONS), which holds the law's own wording once.
 * @deprecated read EXEMPTIONS from the catalogue; kept for the callers that print the short meaning.
 */
export const PASAL_17: Record<string, string> = Object.fromEntries(
  EXEMPTION_LETTERS.map((l) => [l, shortExemption(l)]),
);

/** The clause of Pasal 17 without its lead-in ("informasi yang apabila dibuka … dapat"): what opening it would do. */
export function shortExemption(letter: string): string {
  const e = EXEMPTIONS[letter as ExemptionLetter];
  if (!e) return '';
  return e.clause.replace(/^informasi yang apabila dibuka( dan diberikan kepada Pemohon Informasi Publik)? dapat /, '');
}

const has = (map: Record<string, string>, key: string): boolean => Object.prototype.hasOwnProperty.call(map, key);

/** The label of `key` in `map`, else the key itself. */
export function label(map: Record<string, string>, key: string | null | undefined): string {
  if (key === null || key === undefined || key === '') return '-';
  return has(map, key) ? map[key] : key;
}

function present(v: string | null | undefined): v is string {
  return typeof v === 'string' && v.trim() !== '';
}

/** NIK with every digit but the last four hidden: "************0004". */
export function maskNikLast4(nik: string | null | undefined): string | null {
  if (!present(nik)) return null;
  const s = nik.trim();
  return `${'*'.repeat(Math.max(0, s.length - 4))}${s.slice(-4)}`;
}

/** NIK with only the first and last four digits shown: "3602********0004". */
export function maskNikEnds(nik: string | null | undefined): string | null {
  if (!present(nik)) return null;
  const s = nik.trim();
  if (s.length <= 8) return '*'.repeat(s.length);
  return `${s.slice(0, 4)}${'*'.repeat(s.length - 8)}${s.slice(-4)}`;
}

const RUPIAH = new Intl.NumberFormat('id-ID', {
  style: 'currency',
  currency: 'IDR',
  minimumFractionDigits: 0,
  maximumFractionDigits: 0,
});

/** "Rp 25.000" (id-ID); null → "-". */
export function formatRupiah(amount: number | null | undefined): string {
  if (amount === null || amount === undefined || !Number.isFinite(amount)) return '-';
  return RUPIAH.format(amount).replace(/\u00a0/g, ' ');
}

/** Indonesian number words for 0..999 ("tujuh belas", "tiga puluh"); larger numbers as digits. */
export const terbilang = terbilangSmall;

/** "10 (sepuluh)" — the way letters write counts. */
export function countWords(n: number): string {
  return `${n} (${terbilang(n)})`;
}

/** Groups holidays with the same name on consecutive dates: "24–25 Desember 2026 (Cuti bersama Natal, Natal)". */
function holidayList(skipped: DeadlineInfo['skipped']): string {
  const sorted = [...skipped].sort((a, b) => a.date.localeCompare(b.date));
  const groups: Array<{ from: string; to: string; names: string[] }> = [];
  for (const h of sorted) {
    const last = groups[groups.length - 1];
    if (last && dayAfter(last.to, h.date) <= 3) {
      last.to = h.date;
      if (!last.names.includes(h.name)) last.names.push(h.name);
    } else {
      groups.push({ from: h.date, to: h.date, names: [h.name] });
    }
  }
  return groups
    .map((g) => {
      const dates = g.from === g.to ? formatDateId(g.from) : dateRange(g.from, g.to);
      return `${dates} (${g.names.join(', ')})`;
    })
    .join('; ');
}

function dayAfter(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** "24–25 Desember 2026", "31 Desember 2026 – 2 Januari 2027". */
function dateRange(from: string, to: string): string {
  const a = formatDateId(from);
  const b = formatDateId(to);
  if (from.slice(0, 7) === to.slice(0, 7)) return `${Number(from.slice(8, 10))}\u2013${b}`;
  return `${a} \u2013 ${b}`;
}

/**
 * The sentence that explains a deadline, e.g. "10 (sepuluh) hari kerja sejak permohonan diterima pada Senin,
 * 14 Desember 2026, tidak termasuk hari Sabtu, Minggu dan hari libur 24–25 Desember 2026 (…), sehingga paling
 * lambat Rabu, 30 Desember 2026".
 */
export function deadlineSentence(d: DeadlineInfo): string {
  const since =
    d.startReason === 'completed' ? 'sejak permohonan dinyatakan lengkap pada' : 'sejak permohonan diterima pada';
  const skip = d.skipped.length
    ? `tidak termasuk hari Sabtu, Minggu dan hari libur ${holidayList(d.skipped)}`
    : 'tidak termasuk hari Sabtu, Minggu dan hari libur';
  return `${countWords(d.days)} hari kerja ${since} ${formatDateId(d.start, undefined, { weekday: true })}, ${skip}, sehingga paling lambat ${formatDateId(d.due, undefined, { weekday: true })}`;
}

/** CSS of the request documents (label tables, check boxes, addressee block, multi-line text). */
export const requestDocCss: SafeHtml = raw(`
.fieldset { break-inside: avoid; page-break-inside: avoid; }
.section-title { font-weight: bold; margin: 10pt 0 3pt 0; break-after: avoid; page-break-after: avoid; }
table.fields { width: 100%; table-layout: fixed; border-collapse: collapse; margin: 0 0 4pt 0; }
table.fields td { border: none; padding: 1.5pt 0; vertical-align: top; text-align: left; }
table.fields td.no { width: 7mm; }
table.fields td.label { width: 58mm; padding-right: 2mm; }
table.fields.numbered td.label { width: 51mm; }
table.fields td.colon { width: 4mm; }
table.fields tr { break-inside: avoid; page-break-inside: avoid; }
.pre { white-space: pre-line; }
.strong { font-weight: bold; }
.code { font-family: ${MONO_FONTS}; font-weight: bold; letter-spacing: 0.5pt; }
.decision { font-weight: bold; text-transform: uppercase; letter-spacing: 0.3pt; }
.cb-list { margin: 0; padding: 0; list-style: none; }
.cb-list li { display: inline-block; max-width: 100%; margin: 0 12pt 1pt 0; }
.cb { display: inline-block; width: 9pt; height: 9pt; line-height: 8pt; border: 0.8pt solid #000; text-align: center;
  font-family: ${SANS_FONTS}; font-size: 7.5pt; font-weight: bold; vertical-align: -0.5pt; margin-right: 4pt; }
.addressee { margin: 0 0 10pt 0; line-height: 1.3; }
.note-box { border: 0.75pt solid #000; padding: 2.5mm 3mm; margin-top: 10pt; font-size: 10.5pt; break-inside: avoid; page-break-inside: avoid; }
.note-box p { margin: 0 0 3pt 0; }
.note-box p:last-child { margin-bottom: 0; }
ol.basis { margin: 0; padding-left: 0; list-style: none; }
ol.basis li { margin: 0 0 2pt 0; }
`);

/** One "label : value" row; `no` is the item number or letter in front (optional). */
export interface FieldRow {
  no?: string;
  label: HtmlValue;
  value: HtmlValue;
}

/** A borderless "label : value" table. */
export function fieldTable(rows: readonly FieldRow[]): SafeHtml {
  const numbered = rows.some((r) => r.no !== undefined);
  return html`<table class="${numbered ? 'fields numbered' : 'fields'}" role="presentation">${rows.map(
    (r) =>
      html`<tr>${numbered ? html`<td class="no">${r.no ?? ''}</td>` : ''}<td class="label">${r.label}</td><td class="colon">:</td><td class="value">${r.value}</td></tr>`,
  )}</table>`;
}

/** Multi-line user text, kept as typed (line breaks preserved, escaped). */
export function multiline(text: string | null | undefined): SafeHtml {
  return present(text) ? html`<span class="pre">${text.trim()}</span>` : html`-`;
}

/** Every option of `labels` with a box, ticked ("X") when chosen. */
export function checkList(labels: Record<string, string>, chosen: readonly string[]): SafeHtml {
  const unknown = chosen.filter((c) => !has(labels, c));
  const items = [...Object.entries(labels), ...unknown.map((u) => [u, u] as [string, string])];
  return html`<ul class="cb-list">${items.map(
    ([key, text]) => html`<li><span class="cb">${chosen.includes(key) ? 'X' : '\u00a0'}</span>${text}</li>`,
  )}</ul>`;
}

/** Phone and email on one line. */
export function contactText(r: Pick<RequestDocRequester, 'phone' | 'email'>): string {
  return (
    [r.phone, r.email]
      .filter(present)
      .map((s) => s.trim())
      .join(' / ') || '-'
  );
}

/** The identity rows of the requester: name, type, NIK / deed / power of attorney, address, contact, occupation. */
export function requesterRows(
  q: RequestDocRequester,
  mask: (nik: string | null | undefined) => string | null = maskNikLast4,
): FieldRow[] {
  const rows: FieldRow[] = [
    { label: 'Nama', value: q.name },
    { label: 'Jenis pemohon', value: label(REQUESTER_TYPE_LABELS, q.type) },
  ];
  if (q.type === 'entity') {
    rows.push({ label: 'Nomor akta pendirian', value: q.deedNumber || '-' });
    rows.push({ label: 'Nomor pengesahan', value: q.ratificationNumber || '-' });
    if (present(q.representativeName)) rows.push({ label: 'Diwakili oleh', value: q.representativeName });
  } else {
    if (q.type === 'group' && present(q.representativeName))
      rows.push({ label: 'Wakil kelompok', value: q.representativeName });
    rows.push({ label: q.type === 'group' ? 'NIK wakil kelompok' : 'NIK', value: mask(q.nik) ?? '-' });
  }
  if (present(q.powerOfAttorney)) rows.push({ label: 'Surat kuasa', value: q.powerOfAttorney });
  rows.push({ label: 'Alamat', value: multiline(q.address) });
  rows.push({ label: 'Nomor telepon / email', value: contactText(q) });
  rows.push({ label: 'Pekerjaan', value: q.occupation || '-' });
  return rows;
}

/** "Kepada Yth. … di Tempat" block of a letter to the requester. */
export function addressee(q: RequestDocRequester): SafeHtml {
  const salutation = q.type === 'person' ? 'Sdr/Sdri. ' : '';
  return html`<div class="addressee">Kepada Yth.<br>${salutation}${q.name}<br><span class="pre">${q.address.trim()}</span><br>di&nbsp;Tempat</div>`;
}

/** The Pasal 17 letters with the law's clause (from the legal catalogue), one per line. */
export function exemptionBasis(letters: readonly string[] | null | undefined): SafeHtml {
  const list = [...new Set((letters ?? []).map((l) => l.trim().toLowerCase()).filter(Boolean))].sort();
  if (!list.length) return html`-`;
  return html`<ol class="basis">${list.map((l) => {
    const e = EXEMPTIONS[l as ExemptionLetter];
    return html`<li>UU Nomor 14 Tahun 2008 Pasal 17 huruf ${l}${e ? html` (${e.title.id}): ${e.clause}` : ''}</li>`;
  })}</ol>`;
}
