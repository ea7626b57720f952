import { Msg, msg } from '../common/i18n';

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
  'incomplete' | 'complete' | 'lapse' | 'assign' | 'extend' | 'decide' | 'deliver' | 'close' | 'withdraw';

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

/** For each action, the statuses it may start from and the status it leads to. */
export const TRANSITIONS: Record<RequestAction, Partial<Record<RequestStatus, RequestStatus>>> = {
  incomplete: { registered: 'incomplete' },
  complete: { incomplete: 'registered' },
  lapse: { incomplete: 'lapsed' },
  assign: { registered: 'in_process', in_process: 'in_process', extended: 'extended' },
  extend: { registered: 'extended', in_process: 'extended' },
  decide: { registered: 'decided', in_process: 'decided', extended: 'decided' },
  deliver: { decided: 'delivered' },
  close: { delivered: 'closed' },
  withdraw: { registered: 'withdrawn', incomplete: 'withdrawn', in_process: 'withdrawn', extended: 'withdrawn' },
};

const ACTION_LABELS: Record<RequestAction, Msg> = {
  incomplete: msg('menandai belum lengkap', 'mark incomplete'),
  complete: msg('menandai sudah dilengkapi', 'mark completed'),
  lapse: msg('menyatakan tidak diproses', 'lapse'),
  assign: msg('mendisposisikan', 'assign'),
  extend: msg('memperpanjang', 'extend'),
  decide: msg('memutuskan', 'decide'),
  deliver: msg('menyerahkan', 'deliver'),
  close: msg('menyelesaikan', 'close'),
  withdraw: msg('mencabut', 'withdraw'),
};

export class IllegalTransition extends Error {
  constructor(
    readonly status: RequestStatus,
    readonly action: RequestAction,
    readonly reason: Msg,
  ) {
    super(reason.en);
  }
}

/** The status after `action`, or an IllegalTransition saying why not. */
export function nextStatus(status: RequestStatus, action: RequestAction): RequestStatus {
  const to = TRANSITIONS[action][status];
  if (!to) {
    const s = STATUS_LABELS[status];
    const a = ACTION_LABELS[action];
    throw new IllegalTransition(
      status,
      action,
      msg(
        `Permohonan berstatus "${s.id}" tidak dapat ${a.id}`,
        `A request that is "${s.en.toLowerCase()}" cannot ${a.en}`,
      ),
    );
  }
  return to;
}

export function allowedActions(status: RequestStatus): RequestAction[] {
  return (Object.keys(TRANSITIONS) as RequestAction[]).filter((a) => TRANSITIONS[a][status] !== undefined);
}

export function isOpen(status: RequestStatus): boolean {
  return OPEN_STATUSES.includes(status);
}
