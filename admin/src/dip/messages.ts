/**
 * The console's messages for the Daftar Informasi Publik (DIP), Indonesian first. Merged into i18n/id.ts and
 * en.ts as `resources.dip-entries`, `resources.dip-versions` and `lentera.dip`; both languages keep the same keys.
 */
const id = {
  entries: {
    name: 'Butir DIP |||| Butir DIP',
    fields: {
      title: 'Ringkasan informasi',
      status: 'Status',
    },
  },
  versions: {
    name: 'Versi DIP (SK PPID) |||| Versi DIP (SK PPID)',
    fields: {
      versionNo: 'Versi',
    },
  },
  lentera: {
    title: 'Daftar Informasi Publik',
  },
};

type SameShape<T> = { [K in keyof T]: T[K] extends string ? string : SameShape<T[K]> };

const en: SameShape<typeof id> = {
  entries: {
    name: 'DIP entry |||| DIP entries',
    fields: {
      title: 'Information summary',
      status: 'Status',
    },
  },
  versions: {
    name: 'DIP version (PPID decree) |||| DIP versions (PPID decree)',
    fields: {
      versionNo: 'Version',
    },
  },
  lentera: {
    title: 'Public information list',
  },
};

export const dipMessages = { id, en };
