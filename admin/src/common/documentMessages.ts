/**
 * The console's messages for issuing and reading official documents, Indonesian first. Merged into i18n/id.ts and
 * en.ts as `lentera.documents`; both languages keep the same keys (i18n.spec.ts).
 */
const id = {
  issue: 'Terbitkan %{name}',
  reissue: 'Terbitkan ulang',
  preview: 'Pratinjau DRAF',
  preview_of: 'Pratinjau DRAF %{name}',
  confirm_title: 'Terbitkan %{name}?',
  confirm_content:
    'Dokumen akan diberi nomor resmi dan kode verifikasi atas nama kantor Anda, lalu dicatat dalam register dokumen dan jejak audit. Menerbitkan isi yang sama lagi memberikan dokumen yang sama; isi yang berubah menjadi dokumen baru.',
  confirm: 'Terbitkan',
  issued: 'Diterbitkan: %{number}',
  reprinted: 'Sudah diterbitkan sebelumnya: %{number}',
  regime: 'Register',
  regimes: { general: 'Informasi publik (umum)', election: 'Informasi Pemilu dan Pemilihan' },
  register_period: 'Register %{from} s.d. %{to} (filter tanggal; bawaan: tahun berjalan)',
  xlsx: 'Register (XLSX)',
  kinds: {
    receipt: 'Tanda bukti',
    notice: 'Pemberitahuan tertulis',
    extension_notice: 'Pemberitahuan perpanjangan',
    refusal_decree: 'SK penolakan',
    response: 'Tanggapan Atasan PPID',
    request_register: 'register permohonan',
    objection_register: 'register keberatan',
    daily_sheet: 'data layanan harian',
    user_list: 'daftar pengguna',
  },
};

const en: typeof id = {
  issue: 'Issue %{name}',
  reissue: 'Issue again',
  preview: 'DRAF preview',
  preview_of: 'DRAF preview of the %{name}',
  confirm_title: 'Issue the %{name}?',
  confirm_content:
    "The document gets an official number and a verification code in your office's name, and is recorded in the document register and the audit trail. Issuing the same content again gives the same document; changed content becomes a new one.",
  confirm: 'Issue',
  issued: 'Issued: %{number}',
  reprinted: 'Already issued: %{number}',
  regime: 'Register',
  regimes: { general: 'Public information (general)', election: 'Election information' },
  register_period: 'Register %{from} to %{to} (the date filter; default: this year)',
  xlsx: 'Register (XLSX)',
  kinds: {
    receipt: 'Receipt',
    notice: 'Written notice',
    extension_notice: 'Extension notice',
    refusal_decree: 'Refusal decree',
    response: "Atasan PPID's response",
    request_register: 'request register',
    objection_register: 'objection register',
    daily_sheet: 'daily service sheet',
    user_list: 'user list',
  },
};

export const documentMessages = { id: { lentera: id }, en: { lentera: en } };
