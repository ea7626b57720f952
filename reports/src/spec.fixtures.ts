/*
 * Sample data the template specs share (not part of the package: the build leaves out *.fixtures.ts).
 */

/** KPU Kabupaten Lebak as its letterhead prints it (e-mail, website and the rest are each spec's own). */
export const LEBAK_LETTERHEAD = {
  name: 'KPU Kabupaten Lebak',
  letterheadLine1: 'Komisi Pemilihan Umum',
  letterheadLine2: 'Kabupaten Lebak',
  address: 'Jalan Siliwangi Nomor 4',
  city: 'Rangkasbitung',
  postalCode: '42312',
  phone: '(0252) 201234',
};

/** A request received on 14 December 2026: ten working days, over the Christmas holiday and cuti bersama. */
export const DECEMBER_DEADLINE = {
  start: '2026-12-14',
  startReason: 'received' as const,
  days: 10,
  due: '2026-12-30',
  skipped: [
    { date: '2026-12-24', name: 'Cuti bersama Hari Raya Natal' },
    { date: '2026-12-25', name: 'Hari Raya Natal' },
  ],
};
