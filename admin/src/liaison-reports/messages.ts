/** Messages of the liaison units' periodic written reports (laporan tertulis), Indonesian first; same keys in English. */

import type { SameShape } from '../i18n/shape';

const id = {
  resource: { name: 'Laporan tertulis unit |||| Laporan tertulis unit' },
  lentera: {
    title: 'Laporan tertulis berkala unit penghubung',
    help: 'Laporan tertulis unit penghubung dikumpulkan sepanjang tahun dan dilampirkan pada laporan tahunan PPID.',
    year: 'Tahun',
    period: 'Periode',
    periods: {
      S1: 'Semester I',
      S2: 'Semester II',
      Q1: 'Triwulan I',
      Q2: 'Triwulan II',
      Q3: 'Triwulan III',
      Q4: 'Triwulan IV',
    },
    report_title: 'Judul laporan',
    body: 'Isi laporan',
    submit: 'Kirim laporan',
    sent: 'Laporan tertulis terkirim',
    list: 'Laporan yang sudah masuk',
    empty: 'Belum ada laporan tertulis untuk tahun ini.',
    by: 'oleh',
  },
};

const en: SameShape<typeof id> = {
  resource: { name: 'Unit written report |||| Unit written reports' },
  lentera: {
    title: "Liaison units' periodic written reports",
    help: "The liaison units' written reports are collected through the year and attached to the PPID's annual report.",
    year: 'Year',
    period: 'Period',
    periods: {
      S1: 'First half',
      S2: 'Second half',
      Q1: 'First quarter',
      Q2: 'Second quarter',
      Q3: 'Third quarter',
      Q4: 'Fourth quarter',
    },
    report_title: 'Report title',
    body: 'Report text',
    submit: 'Send the report',
    sent: 'Written report sent',
    list: 'Reports received',
    empty: 'No written report yet for this year.',
    by: 'by',
  },
};

export const liaisonMessages = { id, en };
