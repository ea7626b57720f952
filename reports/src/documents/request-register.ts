import { html } from '../html.js';
import { breakAfterSlashes, type TableColumn } from '../components/table.js';
import { countsLine, periodRegisterPage, registerTable, type PeriodRegisterData } from './period-register.js';
import { ELECTION_KIND_LABELS, REGISTER_TITLES, type ElectionKind, type Regime } from '../legal/catalogue.js';
import { formatDateId } from '../format.js';
import {
  contactText,
  DECISION_TEXT,
  formatRupiah,
  label,
  maskNikEnds,
  REQUESTER_TYPE_LABELS,
} from './request-common.js';

export interface RequestRegisterRow {
  number: string;
  /** 'YYYY-MM-DD' in the office's zone. */
  receivedDate: string;
  requester: {
    type: string;
    name: string;
    /** Shown masked (first and last four digits). */
    nik?: string | null;
    address: string;
    phone?: string | null;
    email?: string | null;
    occupation?: string | null;
  };
  informationRequested: string;
  purpose: string;
  obtainMethods: readonly string[];
  held: boolean | null;
  holderBody: string | null;
  form: string | null;
  decision: string | null;
  refusalBasis: readonly string[] | null;
  refusalReason: string | null;
  /** Date of the written notice ('YYYY-MM-DD'). */
  decisionDate: string | null;
  cost: number | null;
  status: string;
  /** e.g. "Diputuskan". */
  statusLabel: string;
  /** election regime: the election the request concerns (Pemilu / Pemilihan, its name and stage) */
  election?: { kind: string | null; name: string | null; stage: string | null } | null;
}

export interface RequestRegisterData extends PeriodRegisterData {
  /** general (default) or election: each regime keeps its own register, titled by REGISTER_TITLES */
  regime?: Regime;
  rows: RequestRegisterRow[];
}

const DECISION_ORDER = ['granted_full', 'granted_partial', 'refused', 'not_held'] as const;

/** "Dikuasai" / "Tidak dikuasai (dikuasai oleh …)" / "-" before the decision. */
export function heldText(row: Pick<RequestRegisterRow, 'held' | 'holderBody' | 'decision'>): string {
  if (row.held === null || row.held === undefined) return '-';
  if (row.held) return 'Dikuasai';
  return row.holderBody?.trim() ? `Tidak dikuasai; dikuasai oleh ${row.holderBody.trim()}` : 'Tidak dikuasai';
}

/** The decided form, else the form asked for ("Softcopy (diminta)"). */
export function formText(row: Pick<RequestRegisterRow, 'form' | 'obtainMethods'>): string {
  const name = (f: string) => (f === 'softcopy' ? 'Softcopy' : f === 'hardcopy' ? 'Hardcopy' : f);
  if (row.form) return name(row.form);
  const asked = row.obtainMethods.filter((m) => m === 'softcopy' || m === 'hardcopy');
  return asked.length ? `${asked.map(name).join(', ')} (diminta)` : '-';
}

export function decisionText(decision: string | null): string {
  return decision ? label(DECISION_TEXT, decision) : 'Belum diputuskan';
}

/** Pasal 17 letters and the written reason, for refused or partly granted requests. */
export function refusalText(row: Pick<RequestRegisterRow, 'decision' | 'refusalBasis' | 'refusalReason'>): string {
  const parts: string[] = [];
  if (row.refusalBasis?.length) parts.push(`UU KIP Pasal 17 huruf ${[...row.refusalBasis].sort().join(', ')}`);
  if (row.refusalReason?.trim()) parts.push(row.refusalReason.trim());
  return parts.length ? parts.join('; ') : '-';
}

/** Counts by decision (and the undecided), in the register's order. */
export function registerSummary(
  rows: readonly Pick<RequestRegisterRow, 'decision'>[],
): Array<{ key: string; label: string; count: number }> {
  const out = DECISION_ORDER.map((k) => ({
    key: k as string,
    label: DECISION_TEXT[k],
    count: rows.filter((r) => r.decision === k).length,
  }));
  out.push({ key: 'none', label: 'Belum/tidak diputuskan', count: rows.filter((r) => !r.decision).length });
  return out;
}

/** "Pemilu 2029 — Pemungutan suara (Pemilihan Umum (Pemilu))" */
export function electionText(e: RequestRegisterRow['election']): string {
  if (!e || !(e.kind || e.name || e.stage)) return '-';
  const kind = e.kind ? (ELECTION_KIND_LABELS[e.kind as ElectionKind]?.id ?? e.kind) : null;
  return [e.name, e.stage].filter(Boolean).join(' \u2014 ') + (kind ? `${e.name || e.stage ? ' ' : ''}(${kind})` : '');
}

/**
 * The register of one office for a period and one regime (A4 landscape, header row repeated): the
 * "Buku Register Permohonan Informasi Publik", or for the election regime the "Buku Register Layanan Informasi Pemilu
 * dan Pemilihan" (PerKI 1/2019), which also shows the election each request concerns.
 */
export async function requestRegisterHtml(data: RequestRegisterData): Promise<string> {
  const d = (iso: string | null) => (iso ? formatDateId(iso) : '-');
  const regime = data.regime ?? 'general';
  const electionColumn: TableColumn<RequestRegisterRow>[] =
    regime === 'election'
      ? [{ header: 'Pemilu / Pemilihan (tahapan)', width: '7%', cell: (r) => electionText(r.election) }]
      : [];
  const columns: TableColumn<RequestRegisterRow>[] = [
    { header: 'No', width: '2.5%', align: 'center', cell: (_r, i) => i + 1 },
    { header: 'Nomor registrasi', width: '7.5%', cell: (r) => breakAfterSlashes(r.number) },
    { header: 'Tanggal', width: '5.5%', cell: (r) => d(r.receivedDate) },
    {
      header: 'Nama',
      width: '8.5%',
      cell: (r) => {
        const nik = maskNikEnds(r.requester.nik);
        return html`${r.requester.name}<br><span class="sub">${label(REQUESTER_TYPE_LABELS, r.requester.type)}${nik ? html`<br>NIK ${nik}` : ''}</span>`;
      },
    },
    { header: 'Alamat', width: '7%', cell: (r) => r.requester.address },
    { header: 'Kontak', width: '7%', cell: (r) => contactText(r.requester) },
    { header: 'Pekerjaan', width: '5.5%', cell: (r) => r.requester.occupation || '-' },
    ...electionColumn,
    { header: 'Informasi yang diminta', width: '10%', cell: (r) => r.informationRequested },
    { header: 'Tujuan', width: '6.5%', cell: (r) => r.purpose },
    { header: 'Dikuasai / tidak (dan oleh siapa)', width: '6%', cell: (r) => heldText(r) },
    { header: 'Bentuk (soft/ hard)', width: '5%', align: 'center', cell: (r) => formText(r) },
    { header: 'Keputusan', width: '5.5%', cell: (r) => decisionText(r.decision) },
    { header: 'Alasan penolakan', width: '7%', cell: (r) => refusalText(r) },
    { header: 'Tanggal pemberi\u00adtahuan', width: '5.5%', cell: (r) => d(r.decisionDate) },
    { header: 'Biaya', width: '4.5%', align: 'right', cell: (r) => (r.decision ? formatRupiah(r.cost ?? 0) : '-') },
    { header: 'Status', width: '6.5%', cell: (r) => r.statusLabel },
  ];
  return periodRegisterPage(data, {
    title: REGISTER_TITLES[regime].id,
    table: registerTable(columns, data.rows, 'Tidak ada permohonan pada periode ini.'),
    closing: countsLine('permohonan', data.rows.length, registerSummary(data.rows)),
  });
}
