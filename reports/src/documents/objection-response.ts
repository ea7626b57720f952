/**
 * "Tanggapan Atasan PPID atas Keberatan" (UU 14/2008 Pasal 36 ayat (2)): the written answer of the Atasan PPID to an
 * objection — the objection, the request objected to, the grounds (Pasal 35 ayat (1)), the decision, its considerations,
 * the instruction to the PPID when accepted, and the right to bring a dispute to the Komisi Informasi (Pasal 37).
 */
import { html, raw, type SafeHtml } from '../html.js';
import type { LetterheadOffice } from '../components/letterhead.js';
import type { Signer } from '../components/signature.js';
import { documentPage } from '../layout.js';
import { DEFAULT_TIME_ZONE, formatDateId, formatDateTimeId } from '../format.js';
import {
  addressee,
  DECISION_TEXT,
  fieldTable,
  label,
  multiline,
  requestDocCss,
  type FieldRow,
} from './request-common.js';

/** The Atasan PPID's decision on an objection. */
export const OBJECTION_DECISION_TEXT: Record<string, string> = {
  accepted: 'Diterima',
  rejected: 'Ditolak',
  settled: 'Diselesaikan dengan musyawarah',
};

/** One ground of the objection: the letter of UU KIP Pasal 35 ayat (1) and its meaning. */
export interface ObjectionGroundText {
  letter: string;
  label: string;
}

/** The objection as the documents need it. */
export interface ObjectionDocObjection {
  /** e.g. "001/KEB/KPU-LBK/III/2026" */
  number: string;
  /** The instant the objection was received. */
  filedAt: Date | string;
  /** 'YYYY-MM-DD' in the office's zone. */
  filedDate: string;
  /** The grounds, in letter order, with their meaning. */
  grounds: readonly ObjectionGroundText[];
  /** The requester's reasons and account of the case. */
  reasons: string;
  proxyName?: string | null;
  /** filedDate + 30 working days (Pasal 36 ayat (2)). */
  responseDueDate: string;
  late?: boolean;
  lateAcceptedReason?: string | null;
}

/** The requester (no NIK: the answer does not need it). */
export interface ObjectionDocRequester {
  /** person | entity | group */
  type: string;
  name: string;
  address: string;
}

/** The request objected to, if any (ground b may stand alone). */
export interface ObjectionDocRequest {
  number: string;
  /** 'YYYY-MM-DD' */
  receivedDate: string;
  informationRequested: string;
  purpose?: string | null;
  /** The PPID's decision on the request (granted_full | granted_partial | refused | not_held), if any. */
  decision?: string | null;
  decisionDate?: string | null;
}

export interface ObjectionResponseDecision {
  /** accepted | rejected | settled */
  decision: string;
  /** The considerations (pertimbangan). */
  reason: string;
  /** The instruction to the PPID, when accepted. */
  instruction?: string | null;
  /** 'YYYY-MM-DD' */
  decisionDate: string;
  /** decisionDate + 14 working days (Pasal 37 ayat (2)). */
  disputeDeadline: string | null;
}

export interface ObjectionResponseData {
  office: LetterheadOffice;
  timeZone?: string;
  objection: ObjectionDocObjection;
  requester: ObjectionDocRequester;
  request: ObjectionDocRequest | null;
  decision: ObjectionResponseDecision;
  number: string;
  dateText: string;
  /** null: a DRAF preview, not issued */
  verification: { code: string; url: string } | null;
  /** The Atasan PPID who decided. */
  signers: Signer[];
}

const responseCss = raw(`
ol.grounds { margin: 0; padding: 0; list-style: none; }
ol.grounds li { margin: 0 0 2pt 0; }
.decision-box { display: inline-block; border: 0.9pt solid #000; padding: 0.5pt 5pt; }
.sub-note { display: block; margin-top: 2pt; }
`);

/** The grounds, one per line: "huruf a — penolakan atas …". */
export function objectionGroundsList(grounds: readonly ObjectionGroundText[]): SafeHtml {
  if (!grounds.length) return html`-`;
  return html`<ol class="grounds">${grounds.map((g) => html`<li>huruf ${g.letter} \u2014 ${g.label}</li>`)}</ol>`;
}

export async function objectionResponseHtml(data: ObjectionResponseData): Promise<string> {
  const tz = data.timeZone ?? DEFAULT_TIME_ZONE;
  const o = data.objection;
  const r = data.request;
  const d = data.decision;
  const officeName = data.office.name;
  const accepted = d.decision === 'accepted';

  const decisionNote: Record<string, string> = {
    accepted: `Keberatan Saudara dinyatakan beralasan dan diterima. Atasan PPID memerintahkan PPID ${officeName} untuk melaksanakan perintah sebagaimana tersebut pada angka 3.`,
    rejected: `Keberatan Saudara dinyatakan tidak beralasan dan ditolak; keputusan PPID ${officeName} atas permohonan Saudara tetap berlaku.`,
    settled:
      'Keberatan Saudara diselesaikan secara musyawarah oleh kedua belah pihak (UU Nomor 14 Tahun 2008 Pasal 35 ayat (2)).',
  };

  const objectionRows: FieldRow[] = [
    { label: 'Nomor keberatan', value: html`<span class="strong">${o.number}</span>` },
    { label: 'Tanggal diajukan', value: formatDateTimeId(o.filedAt, tz, { weekday: true }) },
    { label: 'Nama pemohon', value: data.requester.name },
    { label: 'Alamat', value: multiline(data.requester.address) },
  ];
  if (o.proxyName?.trim()) objectionRows.push({ label: 'Kuasa pemohon', value: o.proxyName.trim() });
  if (o.late)
    objectionRows.push({
      label: 'Keterangan',
      value: html`Diajukan melewati batas waktu 30 (tiga puluh) hari kerja; diterima dengan alasan: ${multiline(o.lateAcceptedReason)}`,
    });

  const requestRows: FieldRow[] = r
    ? [
        { label: 'Nomor registrasi permohonan', value: r.number },
        { label: 'Tanggal permohonan', value: formatDateId(r.receivedDate, tz) },
        { label: 'Informasi yang dimohon', value: multiline(r.informationRequested) },
        ...(r.purpose?.trim() ? [{ label: 'Tujuan penggunaan informasi', value: multiline(r.purpose) }] : []),
        ...(r.decision
          ? [
              {
                label: 'Keputusan PPID atas permohonan',
                value: `${label(DECISION_TEXT, r.decision)}${r.decisionDate ? `, ${formatDateId(r.decisionDate, tz)}` : ''}`,
              },
            ]
          : [{ label: 'Keputusan PPID atas permohonan', value: 'Belum ditanggapi' }]),
      ]
    : [
        {
          label: 'Permohonan',
          value: 'Keberatan tidak terkait dengan permohonan tertentu (informasi berkala tidak disediakan).',
        },
      ];

  const responseRows: FieldRow[] = [
    {
      no: '1.',
      label: 'Keputusan',
      value: html`<span class="decision decision-box">${label(OBJECTION_DECISION_TEXT, d.decision)}</span><span class="sub-note">${decisionNote[d.decision] ?? ''}</span>`,
    },
    { no: '2.', label: 'Pertimbangan', value: multiline(d.reason) },
    {
      no: '3.',
      label: 'Perintah kepada PPID',
      value: d.instruction?.trim() ? multiline(d.instruction) : accepted ? '-' : 'Tidak ada',
    },
    {
      no: '4.',
      label: 'Tanggal tanggapan',
      value: html`${formatDateId(d.decisionDate, tz, { weekday: true })}<span class="sub-note muted">Batas waktu tanggapan 30 (tiga puluh) hari kerja sejak keberatan diterima: ${formatDateId(o.responseDueDate, tz, { weekday: true })}</span>`,
    },
  ];

  const deadlineText = d.disputeDeadline ? formatDateId(d.disputeDeadline, tz, { weekday: true }) : null;

  const body: SafeHtml = html`<style>${requestDocCss}${responseCss}</style>
${addressee({ type: data.requester.type, name: data.requester.name, address: data.requester.address })}
<p>Menindaklanjuti keberatan yang Saudara ajukan pada ${formatDateId(o.filedAt, tz, { weekday: true })} dengan nomor registrasi
keberatan ${o.number}, bersama ini Atasan Pejabat Pengelola Informasi dan Dokumentasi (PPID) ${officeName} menyampaikan
tanggapan tertulis sebagaimana dimaksud dalam Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik
Pasal 36 ayat (2), sebagai berikut:</p>

<div class="section-title">A. Keberatan</div>
${fieldTable(objectionRows)}

<div class="section-title">B. Permohonan Informasi yang Diajukan Keberatan</div>
${fieldTable(requestRows)}

<div class="section-title">C. Alasan Keberatan (UU Nomor 14 Tahun 2008 Pasal 35 ayat (1))</div>
${fieldTable([
  { label: 'Alasan', value: objectionGroundsList(o.grounds) },
  { label: 'Uraian alasan dan kasus posisi menurut pemohon', value: multiline(o.reasons) },
])}

<div class="section-title">D. Tanggapan Atasan PPID</div>
${fieldTable(responseRows)}

<div class="note-box">
<p><span class="strong">Hak mengajukan sengketa informasi.</span> Apabila Saudara tidak puas dengan tanggapan ini, Saudara dapat
mengajukan permohonan penyelesaian sengketa informasi publik kepada Komisi Informasi sesuai dengan kewenangannya dalam waktu
paling lambat 14 (empat belas) hari kerja setelah diterimanya tanggapan tertulis ini (UU Nomor 14 Tahun 2008 Pasal 37
ayat (1) dan ayat (2))${deadlineText ? html`, yaitu sampai dengan <span class="strong">${deadlineText}</span>` : ''}.</p>
</div>`;

  return documentPage({
    title: 'Tanggapan Atasan PPID atas Keberatan',
    subtitle: r ? 'Atas Permohonan Informasi Publik' : null,
    office: data.office,
    number: data.number,
    dateText: data.dateText,
    body,
    closing: html`<p class="closing">Demikian tanggapan atas keberatan ini kami sampaikan untuk dapat dipergunakan sebagaimana mestinya.</p>`,
    signers: data.signers,
    verification: data.verification,
  });
}
