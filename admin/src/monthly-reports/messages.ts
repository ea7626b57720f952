/**
 * The console's messages for the monthly reports (laporan bulanan), Indonesian first. Merged into i18n/id.ts and
 * en.ts as `resources.monthly-reports` and `lentera.monthly_reports`; both languages keep the same keys.
 */

import type { SameShape } from '../i18n/shape';
import { serviceFigureMessages } from '../common/figureMessages';

const id = {
  resource: {
    name: 'Laporan bulanan |||| Laporan bulanan',
    fields: {
      monthKey: 'Bulan',
      status: 'Status',
      signedAt: 'Ditandatangani PPID',
      countersignedAt: 'Diketahui Atasan PPID',
      due: 'Tenggat',
      sha256: 'SHA-256',
      year: 'Tahun',
    },
  },
  lentera: {
    statuses: {
      draft: 'Draf',
      signed: 'Menunggu Atasan PPID',
      final: 'Final',
    },
    none_yet: 'Belum ada laporan bulanan',
    create: 'Siapkan laporan',
    create_help: 'Laporan dibuat untuk bulan yang sudah berakhir, dari angka layanan yang sama dengan dasbor.',
    month: 'Bulan laporan',
    sign: 'Tandatangani (PPID)',
    sign_help:
      'Angka laporan dibekukan saat Anda menandatangani. Setelah itu Atasan PPID mengetahui dan menandatangani.',
    countersign: 'Ketahui dan tandatangani (Atasan PPID)',
    countersign_help:
      'PDF diterbitkan sekali dengan nomor, kode verifikasi dan SHA-256, lalu tidak pernah dibuat ulang.',
    done: 'Berhasil: %{action}',
    done_of: {
      sign: 'Laporan Bulanan %{subject} ditandatangani PPID; angkanya dibekukan',
      countersign: 'Laporan Bulanan %{subject} diketahui Atasan PPID; PDF-nya diterbitkan',
    },
    preview: 'Pratinjau PDF (DRAF)',
    pdf: 'Unduh PDF yang ditandatangani',
    verify: 'Halaman verifikasi publik',
    document: 'Dokumen',
    figures: 'Angka bulan ini',
    ...serviceFigureMessages.id,
    p90: 'Persentil ke-90 (hari kerja)',
    open_end: 'Terbuka pada akhir bulan',
    overdue_end: 'Lewat batas pada akhir bulan',
    live: 'Angka draf dihitung ulang setiap dibuka; setelah ditandatangani, angka dibekukan.',
    due: 'Tenggat ke Atasan PPID: %{date} (%{days} hari kerja setelah akhir bulan)',
    due_overdue: 'lewat tenggat',
    due_late: 'diketahui setelah tenggat',
    confirm_title_sign: 'Tandatangani Laporan Bulanan %{month}?',
    confirm_title_countersign: 'Ketahui dan tandatangani Laporan Bulanan %{month}?',
    confirm_sign:
      'Anda akan menandatangani secara elektronik Laporan Bulanan Pelayanan Informasi Publik bulan %{month} sebagai Pejabat Pengelola Informasi dan Dokumentasi. Angka laporan dibekukan.\n\nTanda tangan ini dicatat atas nama %{name} beserta waktunya, tampil pada laporan dan halaman verifikasinya, dan tidak dapat ditarik kembali.',
    confirm_countersign:
      'Anda akan mengetahui dan menandatangani secara elektronik Laporan Bulanan Pelayanan Informasi Publik bulan %{month} sebagai Atasan PPID. PDF laporan diterbitkan sekali dan dibekukan.\n\nTanda tangan ini dicatat atas nama %{name} beserta waktunya, tampil pada laporan dan halaman verifikasinya, dan tidak dapat ditarik kembali.',
    confirm_verb_sign: 'Tandatangani',
    confirm_verb_countersign: 'Ketahui dan tandatangani',
  },
};

const en: SameShape<typeof id> = {
  resource: {
    name: 'Monthly report |||| Monthly reports',
    fields: {
      monthKey: 'Month',
      status: 'Status',
      signedAt: 'Signed by the PPID',
      countersignedAt: 'Countersigned by the Atasan PPID',
      due: 'Due',
      sha256: 'SHA-256',
      year: 'Year',
    },
  },
  lentera: {
    statuses: {
      draft: 'Draft',
      signed: 'Awaiting the Atasan PPID',
      final: 'Final',
    },
    none_yet: 'No monthly report yet',
    create: 'Prepare a report',
    create_help: 'A report is made for a month that has ended, from the same service figures as the dashboard.',
    month: 'Report month',
    sign: 'Sign (PPID)',
    sign_help: 'The figures are frozen when you sign. The Atasan PPID then acknowledges and countersigns.',
    countersign: 'Acknowledge and countersign (Atasan PPID)',
    countersign_help:
      'The PDF is issued once with a number, a verification code and its SHA-256, and never rendered again.',
    done: 'Done: %{action}',
    done_of: {
      sign: 'Monthly Report of %{subject} signed by the PPID; its figures are frozen',
      countersign: 'Monthly Report of %{subject} countersigned by the Atasan PPID; its PDF is issued',
    },
    preview: 'Preview PDF (DRAFT)',
    pdf: 'Download the signed PDF',
    verify: 'Public verification page',
    document: 'Document',
    figures: 'Figures of the month',
    ...serviceFigureMessages.en,
    p90: '90th percentile (working days)',
    open_end: 'Open at the end of the month',
    overdue_end: 'Overdue at the end of the month',
    live: 'Draft figures are recomputed each time; once signed, they are frozen.',
    due: 'Due to the Atasan PPID: %{date} (%{days} working days after the month)',
    due_overdue: 'overdue',
    due_late: 'countersigned after the due date',
    confirm_title_sign: 'Sign the Monthly Report of %{month}?',
    confirm_title_countersign: 'Acknowledge and countersign the Monthly Report of %{month}?',
    confirm_sign:
      'You are about to sign the Monthly Public Information Service Report of %{month} electronically as the PPID. Its figures are frozen.\n\nThe signature is recorded in the name of %{name} with its time, shown on the report and its verification page, and cannot be withdrawn.',
    confirm_countersign:
      'You are about to acknowledge and sign the Monthly Public Information Service Report of %{month} electronically as the Atasan PPID. Its PDF is issued once and frozen.\n\nThe signature is recorded in the name of %{name} with its time, shown on the report and its verification page, and cannot be withdrawn.',
    confirm_verb_sign: 'Sign',
    confirm_verb_countersign: 'Acknowledge and countersign',
  },
};

export const monthlyReportMessages = { id, en };
