import { html, raw, type SafeHtml } from '../html.js';
import { barChartSvg } from '../components/chart.js';
import { dataTable } from '../components/table.js';
import { emblemSvg, letterhead, type LetterheadOffice } from '../components/letterhead.js';
import type { Signer } from '../components/signature.js';
import { verificationBox } from '../components/verification.js';
import { documentEnd, documentHead } from '../layout.js';
import {
  pct,
  regimeCounts,
  regimeCss,
  regimeSummaryTable,
  timelinessSummary,
  type LabelledCount,
  type ReportFiguresBase,
} from '../components/regime-figures.js';

export interface AnnualReportFigures extends ReportFiguresBase {
  /** granted wholly, granted partly, refused, not held */
  grantedFull: number;
  grantedPartial: number;
  refused: number;
  notHeld: number;
  /** refused wholly or partly, by UU KIP Pasal 17 letter */
  refusalBases: LabelledCount[];
  /** the disputes filed in the year, with outcome and court action */
  disputeCases: AnnualDisputeCase[];
  /** gugatan ke pengadilan */
  lawsuits: number;
}

export interface AnnualDisputeCase {
  objection: string;
  request: string | null;
  kiNumber: string | null;
  filedText: string;
  /** 'Mediasi' / 'Ajudikasi' */
  stage: string;
  outcome: string | null;
  courtAction: string | null;
}

export interface AnnualReportMonth {
  /** 'Jan' */
  label: string;
  received: number;
  decided: number;
  late: number;
  /** of these, information about the Pemilu and Pemilihan (absent in statistics frozen before the split) */
  election?: { received: number; decided: number; late: number };
}

export interface AnnualReportSection {
  title: string;
  text: string;
}

export interface AnnualReportLiaison {
  unit: string;
  period: string;
  title: string;
  submittedText: string;
}

export interface AnnualReportData {
  office: LetterheadOffice;
  year: number;
  versionNo: number;
  /** 1 for the first ratified edition; a change after signing is edition 2, 3, … */
  editionNo?: number;
  /** an edition after the first: the document it replaces, e.g. '001/LTH/KPU-LBK/II/2026 (disahkan 5 Februari 2026)' */
  replaces?: string | null;
  number: string;
  dateText: string;
  verification: { code: string; url: string };
  /** PPID and Atasan PPID */
  signers: Signer[];
  /** a preview before ratification: marked DRAF, not registered */
  draft?: boolean;
  figures: AnnualReportFigures;
  months: AnnualReportMonth[];
  /** the narrative sections, in order */
  sections: AnnualReportSection[];
  liaison: AnnualReportLiaison[];
  /** e.g. 'Disahkan dalam Rapat Pleno tanggal 20 Februari 2026, Berita Acara Nomor …' */
  ratification?: string | null;
}

function countsTable(title: string, rows: LabelledCount[], total: number): SafeHtml {
  if (!rows.length) return html`<p class="muted">Tidak ada data ${title.toLowerCase()}.</p>`;
  return dataTable(
    [
      { header: title, width: '60%', cell: (r: LabelledCount) => r.label },
      { header: 'Jumlah', width: '20%', align: 'right', cell: (r: LabelledCount) => r.n },
      {
        header: 'Persentase',
        width: '20%',
        align: 'right',
        cell: (r: LabelledCount) => pct(total ? r.n / total : null),
      },
    ],
    rows,
  );
}

const paragraphs = (text: string): SafeHtml => {
  const parts = text
    .split(/\n{2,}|\r\n\r\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  return parts.length ? html`${parts.map((p) => html`<p>${p}</p>`)}` : html`<p class="muted">(belum diisi)</p>`;
};

/** The chapters of the report, in order: the table of contents and the headings use the same list. */
function chapters(d: AnnualReportData): string[] {
  return [
    'Pendahuluan',
    ...d.sections.slice(0, 4).map((s) => s.title),
    'Statistik pelayanan informasi publik',
    'Keberatan dan sengketa informasi',
    'Laporan tertulis tim penghubung',
    ...d.sections.slice(4).map((s) => s.title),
    'Pengesahan',
  ];
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

/** Laporan Tahunan Pelayanan Informasi Publik (SOP 4): cover, contents, statistics with a chart, narrative, liaison reports, signatures. */
export async function annualReportHtml(d: AnnualReportData): Promise<string> {
  const f = d.figures;
  const regimes = f.regimes;
  const ch = chapters(d);
  let n = 0;
  // headings numbered in the order they are printed, which is the order of `chapters()`
  const head = (title: string) => html`<h2 class="bab">BAB ${ROMAN[n++] ?? n}. ${title.toUpperCase()}</h2>`;
  const [STATS, OBJ, LIAISON] = [
    'Statistik pelayanan informasi publik',
    'Keberatan dan sengketa informasi',
    'Laporan tertulis tim penghubung',
  ];
  const row = (label: string, value: string | number) => html`<tr><td>${label}</td><td class="num">${value}</td></tr>`;
  const chart = barChartSvg(
    d.months.map((m) => m.label),
    [
      { label: 'Diterima', color: '#8b1a1a', values: d.months.map((m) => m.received) },
      { label: 'Diputuskan', color: '#2e7d32', values: d.months.map((m) => m.decided) },
      { label: 'Lewat batas', color: '#ef6c00', values: d.months.map((m) => m.late) },
    ],
    { title: `Permohonan informasi per bulan tahun ${d.year}` },
  );
  // with the regimes: each total followed by its part that is information about the Pemilu and Pemilihan
  const split = d.months.some((m) => m.election);
  const part = (k: 'received' | 'decided' | 'late') =>
    split
      ? [
          {
            header: 'di antaranya Pemilu/ Pemilihan',
            width: '14%',
            align: 'right' as const,
            cell: (m: AnnualReportMonth) => m.election?.[k] ?? '-',
          },
        ]
      : [];
  const w = split ? '15%' : '25%';
  const monthly = dataTable(
    [
      { header: 'Bulan', width: split ? '13%' : '25%', cell: (m: AnnualReportMonth) => m.label },
      { header: 'Diterima', width: w, align: 'right', cell: (m: AnnualReportMonth) => m.received },
      ...part('received'),
      { header: 'Diputuskan', width: w, align: 'right', cell: (m: AnnualReportMonth) => m.decided },
      ...part('decided'),
      { header: 'Lewat batas', width: w, align: 'right', cell: (m: AnnualReportMonth) => m.late },
      ...part('late'),
    ],
    d.months,
  );
  const liaison = d.liaison.length
    ? dataTable(
        [
          { header: 'Unit', width: '25%', cell: (l: AnnualReportLiaison) => l.unit },
          { header: 'Periode', width: '12%', align: 'center', cell: (l: AnnualReportLiaison) => l.period },
          { header: 'Judul laporan', width: '43%', cell: (l: AnnualReportLiaison) => l.title },
          { header: 'Disampaikan', width: '20%', cell: (l: AnnualReportLiaison) => l.submittedText },
        ],
        d.liaison,
      )
    : html`<p class="muted">Tidak ada laporan tertulis tim penghubung pada tahun ${d.year}.</p>`;
  const disputes = f.disputeCases.length
    ? dataTable(
        [
          {
            header: 'Keberatan / permohonan',
            width: '22%',
            cell: (c: AnnualDisputeCase) => html`${c.objection}${c.request ? html`<br>${c.request}` : ''}`,
          },
          { header: 'Register Komisi Informasi', width: '16%', cell: (c: AnnualDisputeCase) => c.kiNumber ?? '-' },
          { header: 'Diajukan', width: '12%', cell: (c: AnnualDisputeCase) => c.filedText },
          { header: 'Tahap', width: '10%', cell: (c: AnnualDisputeCase) => c.stage },
          { header: 'Hasil', width: '25%', cell: (c: AnnualDisputeCase) => c.outcome ?? 'Dalam proses' },
          { header: 'Gugatan ke pengadilan', width: '15%', cell: (c: AnnualDisputeCase) => c.courtAction ?? '-' },
        ],
        f.disputeCases,
      )
    : html`<p class="muted">Tidak ada sengketa informasi yang diajukan ke Komisi Informasi pada tahun ${d.year}.</p>`;
  const verification = await verificationBox({
    number: d.number,
    dateText: d.dateText,
    code: d.verification.code,
    url: d.verification.url,
  });
  const draftMark = d.draft ? html`<div class="draft">DRAF — belum disahkan dalam rapat pleno</div>` : html``;
  const doc = html`${documentHead(
    `Laporan Tahunan Pelayanan Informasi Publik ${d.year} \u2014 ${d.number}`,
    false,
    regimeCss,
    raw(`.cover{text-align:center;page-break-after:always;break-after:page;padding-top:30mm}.cover .emblem{display:flex;justify-content:center}.cover .emblem svg{position:static;float:none;display:block;margin:0 auto;width:40mm;height:auto}.cover h1{font-size:20pt;margin:14mm 0 4mm 0;text-transform:uppercase}.cover h2{font-size:16pt;margin:0 0 20mm 0}.cover .office{font-size:14pt;font-weight:bold;text-transform:uppercase}.cover .meta{margin-top:30mm;font-size:11pt}
.toc{page-break-after:always;break-after:page}.toc h2{text-align:center;font-size:13pt}.toc ol{list-style:none;padding:0;font-size:12pt;line-height:1.8}.toc li{border-bottom:1px dotted #888}
.bab{font-size:12pt;margin:14pt 0 6pt 0;break-after:avoid}.sub{font-size:11pt;margin:8pt 0 4pt 0;break-after:avoid}.summary{width:85%;border-collapse:collapse;margin-bottom:6pt;font-size:10.5pt}.summary td{border:1px solid #000;padding:2pt 6pt}.summary .num{text-align:right;width:25%}
.signpage{page-break-before:always;break-before:page}.chart{margin:4pt 0;break-inside:avoid}.draft{border:2px solid #b71c1c;color:#b71c1c;font-weight:bold;text-align:center;padding:3pt;margin-bottom:6pt;letter-spacing:1pt}`),
  )}
<body>
<section class="cover">
${draftMark}
<div class="emblem">${emblemSvg(d.office.name)}</div>
<h1>Laporan Tahunan<br>Pelayanan Informasi Publik</h1>
<h2>Tahun ${d.year}</h2>
<div class="office">Pejabat Pengelola Informasi dan Dokumentasi</div>
<div class="office">${d.office.name}</div>
<div class="meta">Nomor: ${d.number}<br>Versi ${d.versionNo}${(d.editionNo ?? 1) > 1 ? html` — Edisi perubahan ${d.editionNo}` : ''}${d.ratification ? html`<br>${d.ratification}` : ''}</div>
</section>
<section class="toc">
<h2>DAFTAR ISI</h2>
<ol>${ch.map((c, i) => html`<li>BAB ${ROMAN[i] ?? i + 1}. ${c}</li>`)}</ol>
</section>
${letterhead(d.office)}
<div class="doc-head"><h1 class="doc-title">Laporan Tahunan Pelayanan Informasi Publik</h1><div class="doc-subtitle">Tahun ${d.year}</div><div class="doc-number">Nomor: ${d.number}</div></div>
${draftMark}
${head(ch[0])}
<p>Laporan ini disusun oleh Pejabat Pengelola Informasi dan Dokumentasi ${d.office.name} sebagai pelaksanaan kewajiban Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik, memuat pelayanan informasi publik selama tahun ${d.year}. Angka statistik disusun dari register permohonan informasi dan register keberatan.</p>
${d.sections.slice(0, 4).map((s) => html`${head(s.title)}${paragraphs(s.text)}`)}
${head(STATS)}
<h3 class="sub">A. Jumlah permohonan dan waktu yang diperlukan</h3>
${timelinessSummary(f, [['Permohonan terbuka pada akhir tahun', (x) => x.queue.open]])}
${chart}
${monthly}
${regimeCounts('channel', f, regimes)}
${regimeCounts('requesterType', f, regimes)}
<h3 class="sub">B. Permohonan yang dikabulkan dan ditolak</h3>
${
  regimes?.length
    ? regimeCounts('decision', f, regimes)
    : html`<table class="summary"><tbody>
${row('Dikabulkan seluruhnya', f.grantedFull)}
${row('Dikabulkan sebagian', f.grantedPartial)}
${row('Ditolak', f.refused)}
${row('Informasi tidak dikuasai', f.notHeld)}
</tbody></table>`
}
<h3 class="sub">C. Alasan penolakan (UU 14/2008 Pasal 17)</h3>
${countsTable('Dasar pengecualian', f.refusalBases, f.grantedPartial + f.refused)}
${head(OBJ)}
${regimeSummaryTable(
  [
    ['Keberatan diterima', (x) => x.objections.received],
    ['Keberatan ditanggapi Atasan PPID', (x) => x.objections.decided],
    ['Sengketa ke Komisi Informasi diajukan', (x) => x.disputes.filed],
    ['Sengketa ke Komisi Informasi selesai', (x) => x.disputes.concluded],
  ],
  f,
  regimes,
)}
<table class="summary"><tbody>
${row('Gugatan ke pengadilan', f.lawsuits)}
</tbody></table>
${regimeCounts('objectionDecision', f, regimes)}
<h3 class="sub">Sengketa informasi dan hasilnya</h3>
${disputes}
${head(LIAISON)}
${liaison}
${d.sections.slice(4).map((s) => html`${head(s.title)}${paragraphs(s.text)}`)}
<section class="signpage">
${head(ch[ch.length - 1])}
${documentEnd(
  html`<p>Laporan tahunan pelayanan informasi publik ${d.office.name} tahun ${d.year} ini disusun oleh PPID dan disetujui oleh Atasan PPID${d.ratification ? html`, serta ${d.ratification.charAt(0).toLowerCase()}${d.ratification.slice(1)}` : ''}.</p>
${d.replaces ? html`<p>Edisi perubahan ini menggantikan Laporan Tahunan Nomor ${d.replaces}.</p>` : ''}`,
  d.signers,
  verification,
)}
</section>
</body>
</html>
`;
  return doc.toString();
}
