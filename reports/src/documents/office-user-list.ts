import { html, type SafeHtml } from '../html.js';
import { dataTable } from '../components/table.js';
import type { LetterheadOffice } from '../components/letterhead.js';
import type { Signer } from '../components/signature.js';
import { documentPage } from '../layout.js';
import { formatNip } from '../format.js';

export interface OfficeUserListUser {
  username: string;
  fullName: string;
  nip?: string | null;
  position?: string | null;
  roles: string[];
  active: boolean;
}

export interface OfficeUserListData {
  office: LetterheadOffice & { code: string };
  users: OfficeUserListUser[];
  number: string;
  dateText: string;
  /** null: a DRAF preview, not issued */
  verification: { code: string; url: string } | null;
  signers: Signer[];
  /** Role key → label, e.g. { ppid: 'PPID', desk: 'Desk Pelayanan' }; unknown keys are shown as is. */
  roleLabels: Record<string, string>;
}

/** "Daftar Pengguna Lentera" of one office, as a complete HTML document for PdfRenderer. */
export async function officeUserListHtml(data: OfficeUserListData): Promise<string> {
  const active = data.users.filter((u) => u.active).length;
  const label = (role: string): string =>
    Object.prototype.hasOwnProperty.call(data.roleLabels, role) ? data.roleLabels[role] : role;

  const table = dataTable(
    [
      { header: 'No', width: '6%', align: 'center', cell: (_u, i) => i + 1 },
      {
        header: 'Nama / NIP',
        width: '27%',
        cell: (u) => html`${u.fullName}${u.nip ? html`<br><span class="muted">NIP. ${formatNip(u.nip)}</span>` : ''}`,
      },
      { header: 'Jabatan', width: '23%', cell: (u) => u.position || '-' },
      { header: 'Nama pengguna', width: '15%', cell: (u) => u.username },
      {
        header: 'Peran',
        width: '17%',
        cell: (u) => (u.roles.length ? u.roles.map((r, i) => html`${i ? html`<br>` : ''}${label(r)}`) : '-'),
      },
      { header: 'Status', width: '12%', align: 'center', cell: (u) => (u.active ? 'Aktif' : 'Nonaktif') },
    ],
    data.users,
    { emptyText: 'Belum ada pengguna.' },
  );

  const body: SafeHtml = html`<p>Berikut daftar pengguna aplikasi Lentera (layanan informasi publik) pada ${data.office.name}
(kode satker ${data.office.code}) per tanggal ${data.dateText}.</p>
${table}`;

  return documentPage({
    title: 'Daftar Pengguna Lentera',
    subtitle: data.office.name,
    office: data.office,
    number: data.number,
    dateText: data.dateText,
    body,
    closing: html`<p class="muted">Jumlah pengguna: ${data.users.length} (aktif ${active}, nonaktif ${data.users.length - active}).</p>`,
    signers: data.signers,
    verification: data.verification,
  });
}
