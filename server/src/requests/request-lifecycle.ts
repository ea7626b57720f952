import { Msg, msg } from '../common/i18n';
import { Lifecycle, rule } from '../common/lifecycle';
import { Permission } from '../common/permissions';

/**
 * The request lifecycle as data (SOP 1, UU KIP Pasal 22):
 *
 *   registered ──incomplete──▶ incomplete ──complete──▶ registered
 *        │                          └──lapse (3 + 3 hari kerja berlalu)──▶ lapsed
 *        ├──assign──▶ in_process ──extend (sekali, sebelum batas)──▶ extended  (assign again: status kept)
 *        └──decide (langsung di desk) ─────────────────────────────────────▶ decided ──deliver──▶ delivered ──close──▶ closed
 *   registered / incomplete / in_process / extended ──withdraw──▶ withdrawn
 */
export const REQUEST_STATUSES = [
  'registered',
  'incomplete',
  'in_process',
  'extended',
  'decided',
  'delivered',
  'closed',
  'withdrawn',
  'lapsed',
] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

export const DECISIONS = ['granted_full', 'granted_partial', 'refused', 'not_held'] as const;
export type Decision = (typeof DECISIONS)[number];

export type RequestAction =
  'classify' | 'incomplete' | 'complete' | 'lapse' | 'assign' | 'extend' | 'decide' | 'deliver' | 'close' | 'withdraw';

/** Statuses in which the service is over: nothing more happens at the desk (SOP step timers stop). */
export const ENDED_STATUSES: readonly RequestStatus[] = ['closed', 'withdrawn', 'lapsed'];

/** Statuses in which the legal clock runs (for due-soon / overdue). */
export const OPEN_STATUSES: readonly RequestStatus[] = ['registered', 'incomplete', 'in_process', 'extended'];

export const STATUS_LABELS: Record<RequestStatus, Msg> = {
  registered: msg('Terdaftar', 'Registered'),
  incomplete: msg('Belum lengkap', 'Incomplete'),
  in_process: msg('Diproses', 'In process'),
  extended: msg('Diperpanjang', 'Extended'),
  decided: msg('Diputuskan', 'Decided'),
  delivered: msg('Diserahkan', 'Delivered'),
  closed: msg('Selesai', 'Closed'),
  withdrawn: msg('Dicabut', 'Withdrawn'),
  lapsed: msg('Tidak diproses', 'Lapsed'),
};

export const DECISION_LABELS: Record<Decision, Msg> = {
  granted_full: msg('Dikabulkan seluruhnya', 'Granted in full'),
  granted_partial: msg('Dikabulkan sebagian', 'Granted in part'),
  refused: msg('Ditolak', 'Refused'),
  not_held: msg('Informasi tidak dikuasai', 'Information not held'),
};

/** What the guards of the request lifecycle look at: the office's today and the request's clocks. */
export interface RequestGuardContext {
  today: string;
  request: {
    dueDate: string;
    extendedDueDate: string | null;
    extensionDays: number;
    incompleteDueDate: string | null;
  };
}

/**
 * For each action: the statuses it may start from and the status it leads to, the permission it needs and its guards.
 * UU KIP Pasal 22 ayat (8): the extension is given once, in writing, before the deadline.
 */
export const REQUEST_LIFECYCLE = new Lifecycle<RequestStatus, RequestAction, RequestGuardContext>({
  subject: msg('Permohonan', 'A request'),
  states: REQUEST_STATUSES,
  labels: STATUS_LABELS,
  actions: {
    classify: rule(msg('diubah rezim informasinya', 'change its information regime'), Permission.RequestUpdate, {
      registered: 'registered',
      incomplete: 'incomplete',
      in_process: 'in_process',
      extended: 'extended',
    }),
    incomplete: rule(msg('menandai belum lengkap', 'mark incomplete'), Permission.RequestUpdate, {
      registered: 'incomplete',
    }),
    complete: rule(
      msg('menandai sudah dilengkapi', 'mark completed'),
      Permission.RequestUpdate,
      { incomplete: 'registered' },
      [
        ({ today, request: r }) =>
          r.incompleteDueDate && today > r.incompleteDueDate
            ? msg(
                `Batas melengkapi (${r.incompleteDueDate}) sudah lewat; permohonan dinyatakan tidak diproses`,
                `The completion window (${r.incompleteDueDate}) has passed; lapse the request instead`,
              )
            : null,
      ],
    ),
    lapse: rule(msg('menyatakan tidak diproses', 'lapse'), Permission.RequestUpdate, { incomplete: 'lapsed' }, [
      ({ today, request: r }) =>
        !r.incompleteDueDate || today <= r.incompleteDueDate
          ? msg(
              `Pemohon masih dapat melengkapi sampai ${r.incompleteDueDate}`,
              `The requester may still complete the request until ${r.incompleteDueDate}`,
            )
          : null,
    ]),
    assign: rule(msg('mendisposisikan', 'assign'), Permission.RequestAssign, {
      registered: 'in_process',
      in_process: 'in_process',
      extended: 'extended',
    }),
    extend: rule(
      msg('memperpanjang', 'extend'),
      Permission.RequestExtend,
      { registered: 'extended', in_process: 'extended' },
      [
        ({ request: r }) =>
          r.extendedDueDate
            ? msg('Permohonan ini sudah pernah diperpanjang', 'This request has already been extended')
            : null,
        ({ today, request: r }) =>
          today > r.dueDate
            ? msg(
                `Perpanjangan harus diberitahukan sebelum batas waktu (${r.dueDate})`,
                `An extension must be given before the deadline (${r.dueDate})`,
              )
            : null,
        ({ request: r }) =>
          r.extensionDays <= 0
            ? msg('Aturan kantor tidak mengizinkan perpanjangan', "The office's rules allow no extension")
            : null,
      ],
    ),
    decide: rule(msg('memutuskan', 'decide'), Permission.RequestDecide, {
      registered: 'decided',
      in_process: 'decided',
      extended: 'decided',
    }),
    deliver: rule(msg('menyerahkan', 'deliver'), Permission.RequestDeliver, { decided: 'delivered' }),
    close: rule(msg('menyelesaikan', 'close'), Permission.RequestUpdate, { delivered: 'closed' }),
    withdraw: rule(msg('mencabut', 'withdraw'), Permission.RequestUpdate, {
      registered: 'withdrawn',
      incomplete: 'withdrawn',
      in_process: 'withdrawn',
      extended: 'withdrawn',
    }),
  },
});

export function isOpen(status: RequestStatus): boolean {
  return OPEN_STATUSES.includes(status);
}
