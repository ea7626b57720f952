/**
 * The console's messages for objections (keberatan), Indonesian first. Merged into i18n/id.ts and en.ts as
 * `resources.objections` and `lentera.objections`; both languages must keep the same keys (i18n.spec.ts).
 */
const id = {
  resource: {
    name: 'Keberatan |||| Keberatan',
    fields: {
      number: 'Nomor registrasi keberatan',
      status: 'Status',
    },
  },
  lentera: {
    title: 'Keberatan',
  },
};

type SameShape<T> = { [K in keyof T]: T[K] extends string ? string : SameShape<T[K]> };

const en: SameShape<typeof id> = {
  resource: {
    name: 'Objection |||| Objections',
    fields: {
      number: 'Objection number',
      status: 'Status',
    },
  },
  lentera: {
    title: 'Objections',
  },
};

export const objectionMessages = { id, en };
