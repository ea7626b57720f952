import { GROUND_LETTERS, OBJECTION_GROUNDS_PASAL_35, SETTLEABLE_GROUNDS } from '@lentera/reports/legal';
import { Msg, msg } from '../common/i18n';
import { Lifecycle, rule } from '../common/lifecycle';
import { Permission } from '../common/permissions';

/**
 * Keberatan (UU KIP Pasal 35–36; PerKI 1/2019 for election information) as a state table:
 *
 *   registered ──decide (Atasan PPID, within the rule set's answer days)──▶ decided ──dispute──▶ disputed ──conclude──▶ concluded
 *        │                                                                   └──close (pemohon menerima / tidak bersengketa)──▶ closed
 *        └──withdraw──▶ withdrawn
 */
export const OBJECTION_STATUSES = ['registered', 'decided', 'disputed', 'concluded', 'closed', 'withdrawn'] as const;
export type ObjectionStatus = (typeof OBJECTION_STATUSES)[number];
export type ObjectionAction = 'decide' | 'dispute' | 'conclude' | 'close' | 'withdraw';

/** UU KIP Pasal 35 ayat (1) huruf a–g, from the legal catalogue. */
export const OBJECTION_GROUNDS = GROUND_LETTERS;
export type ObjectionGround = (typeof OBJECTION_GROUNDS)[number];
export const GROUND_LABELS: Record<ObjectionGround, Msg> = OBJECTION_GROUNDS_PASAL_35;

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

/** What the objection guards look at: the office's today and the answer deadline. */
export interface ObjectionGuardContext {
  today: string;
  objection: { status: ObjectionStatus; responseDueDate: string };
}

export const OBJECTION_LIFECYCLE = new Lifecycle<ObjectionStatus, ObjectionAction, ObjectionGuardContext>({
  subject: msg('Keberatan', 'An objection'),
  states: OBJECTION_STATUSES,
  labels: OBJECTION_STATUS_LABELS,
  actions: {
    decide: rule(msg('diputuskan', 'be decided'), Permission.ObjectionDecide, { registered: 'decided' }),
    dispute: rule(
      msg('dicatat sebagai sengketa', 'be recorded as a dispute'),
      Permission.ObjectionCreate,
      { decided: 'disputed', registered: 'disputed' },
      [
        // unanswered: a dispute only once the Atasan PPID's time to answer has passed (UU KIP Pasal 37 ayat 2)
        ({ today, objection }) =>
          objection.status === 'registered' && today <= objection.responseDueDate
            ? msg(
                `Atasan PPID masih dapat menanggapi sampai ${objection.responseDueDate}`,
                `The Atasan PPID may still answer until ${objection.responseDueDate}`,
              )
            : null,
      ],
    ),
    conclude: rule(msg('dinyatakan selesai sengketanya', 'have its dispute concluded'), Permission.ObjectionCreate, {
      disputed: 'concluded',
    }),
    close: rule(msg('ditutup', 'be closed'), Permission.ObjectionCreate, { decided: 'closed', concluded: 'closed' }),
    withdraw: rule(msg('dicabut', 'be withdrawn'), Permission.ObjectionCreate, { registered: 'withdrawn' }),
  },
});

/** Settlement by agreement (musyawarah) is possible for grounds b–g only (UU KIP Pasal 40 ayat 2). */
export function canSettle(grounds: readonly string[]): boolean {
  return grounds.length > 0 && grounds.every((g) => (SETTLEABLE_GROUNDS as readonly string[]).includes(g));
}
