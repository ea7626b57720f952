import { Msg, msg } from '../common/i18n';

/**
 * Keberatan (UU KIP Pasal 35–36) as a state table:
 *
 *   registered ──decide (Atasan PPID, ≤ 30 hari kerja)──▶ decided ──dispute (≤ 14 hari kerja)──▶ disputed ──conclude──▶ concluded
 *        │                                                   └──close (pemohon menerima / tidak bersengketa)──▶ closed
 *        └──withdraw──▶ withdrawn
 */
export const OBJECTION_STATUSES = ['registered', 'decided', 'disputed', 'concluded', 'closed', 'withdrawn'] as const;
export type ObjectionStatus = (typeof OBJECTION_STATUSES)[number];
export type ObjectionAction = 'decide' | 'dispute' | 'conclude' | 'close' | 'withdraw';

/** UU KIP Pasal 35 ayat (1) huruf a–g. */
export const OBJECTION_GROUNDS = ['a', 'b', 'c', 'd', 'e', 'f', 'g'] as const;
export type ObjectionGround = (typeof OBJECTION_GROUNDS)[number];
export const GROUND_LABELS: Record<ObjectionGround, Msg> = {
  a: msg(
    'penolakan atas permintaan informasi berdasarkan alasan pengecualian (Pasal 17)',
    'refusal on exemption grounds (Article 17)',
  ),
  b: msg('tidak disediakannya informasi berkala (Pasal 9)', 'periodic information not provided (Article 9)'),
  c: msg('tidak ditanggapinya permintaan informasi', 'the request was not answered'),
  d: msg(
    'permintaan informasi ditanggapi tidak sebagaimana yang diminta',
    'the request was answered other than as asked',
  ),
  e: msg('tidak dipenuhinya permintaan informasi', 'the request was not fulfilled'),
  f: msg('pengenaan biaya yang tidak wajar', 'unreasonable fees'),
  g: msg(
    'penyampaian informasi yang melebihi waktu yang diatur dalam undang-undang',
    'information delivered later than the law allows',
  ),
};

export const OBJECTION_DECISIONS = ['accepted', 'rejected', 'settled'] as const;
export type ObjectionDecision = (typeof OBJECTION_DECISIONS)[number];

export const OBJECTION_STATUS_LABELS: Record<ObjectionStatus, Msg> = {
  registered: msg('Terdaftar', 'Registered'),
  decided: msg('Ditanggapi', 'Answered'),
  disputed: msg('Sengketa di Komisi Informasi', 'Dispute at the Information Commission'),
  concluded: msg('Sengketa selesai', 'Dispute concluded'),
  closed: msg('Selesai', 'Closed'),
  withdrawn: msg('Dicabut', 'Withdrawn'),
};

export const OBJECTION_TRANSITIONS: Record<ObjectionAction, Partial<Record<ObjectionStatus, ObjectionStatus>>> = {
  decide: { registered: 'decided' },
  dispute: { decided: 'disputed', registered: 'disputed' },
  conclude: { disputed: 'concluded' },
  close: { decided: 'closed', concluded: 'closed' },
  withdraw: { registered: 'withdrawn' },
};

const ACTION_LABELS: Record<ObjectionAction, Msg> = {
  decide: msg('diputuskan', 'be decided'),
  dispute: msg('dicatat sebagai sengketa', 'be recorded as a dispute'),
  conclude: msg('dinyatakan selesai sengketanya', 'have its dispute concluded'),
  close: msg('ditutup', 'be closed'),
  withdraw: msg('dicabut', 'be withdrawn'),
};

export class IllegalObjectionTransition extends Error {
  constructor(readonly reason: Msg) {
    super(reason.en);
  }
}

export function nextObjectionStatus(status: ObjectionStatus, action: ObjectionAction): ObjectionStatus {
  const to = OBJECTION_TRANSITIONS[action][status];
  if (!to) {
    const s = OBJECTION_STATUS_LABELS[status];
    const a = ACTION_LABELS[action];
    throw new IllegalObjectionTransition(
      msg(
        `Keberatan berstatus "${s.id}" tidak dapat ${a.id}`,
        `An objection that is "${s.en.toLowerCase()}" cannot ${a.en}`,
      ),
    );
  }
  return to;
}

export function allowedObjectionActions(status: ObjectionStatus): ObjectionAction[] {
  return (Object.keys(OBJECTION_TRANSITIONS) as ObjectionAction[]).filter(
    (a) => OBJECTION_TRANSITIONS[a][status] !== undefined,
  );
}

/** Settlement by agreement (musyawarah) is possible for grounds b–g only (Pasal 35 ayat 2 penjelasan). */
export function canSettle(grounds: readonly string[]): boolean {
  return grounds.length > 0 && grounds.every((g) => g !== 'a');
}
