/**
 * Libur nasional dan cuti bersama 2026 (SKB Menteri Agama, Menteri Ketenagakerjaan dan MenPAN-RB), as demo
 * data: an admin checks the table against the decree each year. Other years are pre-filled from date-holidays.
 */
export const HOLIDAYS_2026: Array<{ date: string; name: string; kind: 'national' | 'cuti_bersama' }> = [
  { date: '2026-01-01', name: 'Tahun Baru 2026 Masehi', kind: 'national' },
  { date: '2026-01-16', name: 'Isra Mikraj Nabi Muhammad SAW', kind: 'national' },
  { date: '2026-02-16', name: 'Cuti bersama Tahun Baru Imlek', kind: 'cuti_bersama' },
  { date: '2026-02-17', name: 'Tahun Baru Imlek 2577 Kongzili', kind: 'national' },
  { date: '2026-03-18', name: 'Cuti bersama Hari Suci Nyepi', kind: 'cuti_bersama' },
  { date: '2026-03-19', name: 'Hari Suci Nyepi (Tahun Baru Saka 1948)', kind: 'national' },
  { date: '2026-03-20', name: 'Cuti bersama Idul Fitri 1447 H', kind: 'cuti_bersama' },
  { date: '2026-03-21', name: 'Idul Fitri 1447 H', kind: 'national' },
  { date: '2026-03-22', name: 'Idul Fitri 1447 H', kind: 'national' },
  { date: '2026-03-23', name: 'Cuti bersama Idul Fitri 1447 H', kind: 'cuti_bersama' },
  { date: '2026-03-24', name: 'Cuti bersama Idul Fitri 1447 H', kind: 'cuti_bersama' },
  { date: '2026-04-03', name: 'Wafat Yesus Kristus', kind: 'national' },
  { date: '2026-04-05', name: 'Kebangkitan Yesus Kristus (Paskah)', kind: 'national' },
  { date: '2026-05-01', name: 'Hari Buruh Internasional', kind: 'national' },
  { date: '2026-05-14', name: 'Kenaikan Yesus Kristus', kind: 'national' },
  { date: '2026-05-15', name: 'Cuti bersama Kenaikan Yesus Kristus', kind: 'cuti_bersama' },
  { date: '2026-05-27', name: 'Idul Adha 1447 H', kind: 'national' },
  { date: '2026-05-28', name: 'Cuti bersama Idul Adha 1447 H', kind: 'cuti_bersama' },
  { date: '2026-05-31', name: 'Hari Raya Waisak 2570 BE', kind: 'national' },
  { date: '2026-06-01', name: 'Hari Lahir Pancasila', kind: 'national' },
  { date: '2026-06-16', name: 'Tahun Baru Islam 1448 H', kind: 'national' },
  { date: '2026-08-17', name: 'Hari Proklamasi Kemerdekaan RI', kind: 'national' },
  { date: '2026-08-25', name: 'Maulid Nabi Muhammad SAW', kind: 'national' },
  { date: '2026-12-24', name: 'Cuti bersama Hari Raya Natal', kind: 'cuti_bersama' },
  { date: '2026-12-25', name: 'Hari Raya Natal', kind: 'national' },
];

export const DEMO_UNITS: Record<string, Array<{ code: string; name: string }>> = {
  lebak: [
    { code: 'TEKNIS', name: 'Subbagian Teknis Penyelenggaraan Pemilu, Partisipasi dan Hubungan Masyarakat' },
    { code: 'PDI', name: 'Subbagian Perencanaan, Data dan Informasi' },
    { code: 'KUL', name: 'Subbagian Keuangan, Umum dan Logistik' },
    { code: 'HUKUM', name: 'Subbagian Hukum dan Sumber Daya Manusia' },
  ],
  serang: [
    { code: 'TEKNIS', name: 'Subbagian Teknis Penyelenggaraan Pemilu, Partisipasi dan Hubungan Masyarakat' },
    { code: 'PDI', name: 'Subbagian Perencanaan, Data dan Informasi' },
  ],
};
