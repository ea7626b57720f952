import { Msg, msg } from '../common/i18n';
import { Permission } from '../common/permissions';
import type { MonthRow, Summary } from '../metrics/metrics.service';

/**
 * The annual report (SOP 4) as a state table:
 *
 *   draft ──submit (PPID)──▶ submitted ──approve (Atasan PPID)──▶ approved_by_atasan ──(automatic)──▶ in_review
 *     ▲                        │ return (Atasan PPID, with notes)                                       │
 *     └──── returned ◀─────────┴────────────── review_return (any Tim pertimbangan member) ◀────────────┤
 *           │ submit (versionNo + 1)                                   complete_review (all members approved)
 *           ▼                                                                                          ▼
 *       submitted …                    reviewed ──schedule_pleno──▶ pleno_scheduled ──ratify──▶ ratified ──publish──▶ published
 *                                                                                                  │                 │
 *        draft (edition + 1, version + 1) ◀────────── revise (PPID, with the reason) ──────────────┴─────────────────┘
 *
 * Narrative edits only in draft/returned; comments and member approvals only in in_review. A ratified edition is
 * never changed: a change after signing is a new edition that goes through the whole flow again, while the
 * documents of the earlier edition stay issued (and the published one stays public) until it is replaced.
 */
export const ANNUAL_STATUSES = [
  'draft',
  'submitted',
  'returned',
  'approved_by_atasan',
  'in_review',
  'reviewed',
  'pleno_scheduled',
  'ratified',
  'published',
] as const;
export type AnnualReportStatus = (typeof ANNUAL_STATUSES)[number];

export type AnnualReportAction =
  | 'edit'
  | 'submit'
  | 'return'
  | 'approve'
  | 'open_review'
  | 'comment'
  | 'review_approve'
  | 'review_return'
  | 'complete_review'
  | 'schedule_pleno'
  | 'ratify'
  | 'publish'
  | 'revise';

type S = AnnualReportStatus;
export const ANNUAL_TRANSITIONS: Record<AnnualReportAction, Partial<Record<S, S>>> = {
  edit: { draft: 'draft', returned: 'returned' },
  submit: { draft: 'submitted', returned: 'submitted' },
  return: { submitted: 'returned' },
  approve: { submitted: 'approved_by_atasan' },
  open_review: { approved_by_atasan: 'in_review' },
  comment: { in_review: 'in_review' },
  review_approve: { in_review: 'in_review' },
  review_return: { in_review: 'returned' },
  complete_review: { in_review: 'reviewed' },
  schedule_pleno: { reviewed: 'pleno_scheduled', pleno_scheduled: 'pleno_scheduled' },
  ratify: { pleno_scheduled: 'ratified' },
  publish: { ratified: 'published' },
  revise: { ratified: 'draft', published: 'draft' },
};

/** Who may take each action a person can take (automatic steps have none). */
export const ANNUAL_ACTION_PERMISSION: Partial<Record<AnnualReportAction, Permission>> = {
  edit: Permission.AnnualPrepare,
  submit: Permission.AnnualPrepare,
  return: Permission.AnnualApprove,
  approve: Permission.AnnualApprove,
  comment: Permission.AnnualReview,
  review_approve: Permission.AnnualReview,
  review_return: Permission.AnnualReview,
  schedule_pleno: Permission.AnnualPrepare,
  ratify: Permission.AnnualPrepare,
  publish: Permission.AnnualPrepare,
  revise: Permission.AnnualPrepare,
};

export const ANNUAL_STATUS_LABELS: Record<S, Msg> = {
  draft: msg('Draf', 'Draft'),
  submitted: msg('Diajukan ke Atasan PPID', 'Submitted to the Atasan PPID'),
  returned: msg('Dikembalikan untuk perbaikan', 'Returned for changes'),
  approved_by_atasan: msg('Disetujui Atasan PPID', 'Approved by the Atasan PPID'),
  in_review: msg('Ditelaah Tim Pertimbangan', 'Under review by the Tim Pertimbangan'),
  reviewed: msg('Selesai ditelaah Tim Pertimbangan', 'Reviewed by the Tim Pertimbangan'),
  pleno_scheduled: msg('Rapat pleno dijadwalkan', 'Plenary meeting scheduled'),
  ratified: msg('Disahkan dalam rapat pleno', 'Ratified in the plenary meeting'),
  published: msg('Dipublikasikan', 'Published'),
};

const SIGNED = msg(
  'Laporan ini sudah disahkan dalam rapat pleno dan tidak dapat diubah; perubahan memerlukan versi baru',
  'This report has been ratified and cannot be changed; a change needs a new version',
);

function why(action: AnnualReportAction, status: S): Msg {
  if (action === 'revise')
    return msg(
      'Versi baru hanya dibuat dari laporan yang sudah disahkan; sebelum itu laporan diubah sebagai draf',
      'A new edition is made only from a ratified report; before that, edit the draft',
    );
  if (status === 'ratified' || status === 'published') {
    if (action === 'publish') return msg('Laporan ini sudah dipublikasikan', 'This report is already published');
    return SIGNED;
  }
  switch (action) {
    case 'edit':
      return msg(
        'Narasi hanya dapat diubah selama draf atau setelah dikembalikan',
        'The narrative can only be edited while draft or returned',
      );
    case 'submit':
      return msg('Laporan ini sudah diajukan', 'This report has already been submitted');
    case 'return':
    case 'approve':
      return msg(
        'Hanya laporan yang sedang diajukan yang dapat diperiksa Atasan PPID',
        'Only a submitted report can be examined by the Atasan PPID',
      );
    case 'comment':
    case 'review_approve':
    case 'review_return':
    case 'complete_review':
      return msg(
        'Laporan ini tidak sedang ditelaah Tim Pertimbangan',
        'This report is not under review by the Tim Pertimbangan',
      );
    case 'schedule_pleno':
      return msg(
        'Rapat pleno dijadwalkan setelah Tim Pertimbangan selesai menelaah',
        'The plenary meeting is scheduled after the Tim Pertimbangan review',
      );
    case 'ratify':
      return msg(
        'Laporan disahkan setelah rapat pleno dijadwalkan',
        'The report is ratified after the plenary meeting is scheduled',
      );
    case 'publish':
      return msg(
        'Laporan hanya dapat dipublikasikan setelah disahkan dalam rapat pleno',
        'The report can only be published after ratification in the plenary meeting',
      );
    default:
      return msg('Tindakan tidak diizinkan', 'Action not allowed');
  }
}

export class IllegalAnnualTransition extends Error {
  constructor(readonly reason: Msg) {
    super(reason.en);
  }
}

export function nextAnnualStatus(status: S, action: AnnualReportAction): S {
  const to = ANNUAL_TRANSITIONS[action][status];
  if (!to) throw new IllegalAnnualTransition(why(action, status));
  return to;
}

/** The actions a person may take in this status (automatic steps left out), optionally limited to a user's permissions. */
export function allowedAnnualActions(status: S, permissions?: readonly Permission[]): AnnualReportAction[] {
  return (Object.keys(ANNUAL_TRANSITIONS) as AnnualReportAction[]).filter((a) => {
    const p = ANNUAL_ACTION_PERMISSION[a];
    return p && ANNUAL_TRANSITIONS[a][status] && (!permissions || permissions.includes(p));
  });
}

/** 31 March after the fiscal year (SOP 4: at the latest three months after the year ends). */
export function annualDueDate(year: number): string {
  return `${year + 1}-03-31`;
}

/**
 * Due info on a given local date: overdue after the due date unless published; a warning within 30 days of it.
 * An earlier edition already published meets the obligation while a new edition is prepared.
 */
export function dueInfo(
  year: number,
  today: string,
  status: S | null,
  earlierEditionPublished = false,
): { dueDate: string; daysLeft: number; overdue: boolean; warning: boolean } {
  const dueDate = annualDueDate(year);
  const daysLeft = Math.round((Date.parse(`${dueDate}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
  const done = status === 'published' || earlierEditionPublished;
  return { dueDate, daysLeft, overdue: !done && daysLeft < 0, warning: !done && daysLeft >= 0 && daysLeft <= 30 };
}

export const NARRATIVE_SECTIONS = ['policy', 'facilities', 'staff', 'budget', 'obstacles', 'recommendations'] as const;
export type NarrativeSection = (typeof NARRATIVE_SECTIONS)[number];
export type AnnualNarrative = Record<NarrativeSection, string>;
/** Comments may also anchor to the statistics, the liaison reports or the whole report. */
export const COMMENT_SECTIONS = [...NARRATIVE_SECTIONS, 'statistics', 'liaison', 'general'] as const;

export const NARRATIVE_TITLES: Record<NarrativeSection, string> = {
  policy: 'Gambaran umum kebijakan pelayanan informasi publik',
  facilities: 'Sarana dan prasarana pelayanan informasi publik',
  staff: 'Sumber daya manusia yang menangani pelayanan informasi publik',
  budget: 'Anggaran pelayanan informasi publik',
  obstacles: 'Kendala internal dan eksternal dalam pelaksanaan pelayanan informasi publik',
  recommendations: 'Rekomendasi dan rencana tindak lanjut untuk meningkatkan kualitas pelayanan informasi',
};

export function emptyNarrative(): AnnualNarrative {
  return { policy: '', facilities: '', staff: '', budget: '', obstacles: '', recommendations: '' };
}

/** The sections whose text differs between two versions. */
export function narrativeDiff(
  prev: AnnualNarrative | null,
  cur: AnnualNarrative,
): Array<{ section: NarrativeSection; from: string; to: string }> {
  if (!prev) return [];
  return NARRATIVE_SECTIONS.filter((s) => (prev[s] ?? '') !== (cur[s] ?? '')).map((s) => ({
    section: s,
    from: prev[s] ?? '',
    to: cur[s] ?? '',
  }));
}

export interface PlenaryAttendee {
  name: string;
  position: string | null;
  /** recorded at ratification */
  present: boolean | null;
}

export interface Plenary {
  date: string;
  place: string;
  attendees: PlenaryAttendee[];
  quorum: number;
}

/** What the report shows: the year's metrics (the same objects GET /api/metrics/summary answers), its months, refusal bases. */
export interface AnnualStatistics {
  summary: Summary;
  months: MonthRow[];
  /** requests decided in the year, refused wholly or partly, by UU KIP Pasal 17 letter (from the request register) */
  refusalBases: Record<string, number>;
  /** disputes at the Komisi Informasi filed in the year, with their outcome and any court action (absent in reports frozen before it was kept) */
  disputeCases?: DisputeCase[];
  /** gugatan ke pengadilan (UU KIP Pasal 47–48): the disputes above taken to court */
  lawsuits?: number;
  onTimeTargetPercent: number;
}

export interface DisputeCase {
  objectionNumber: string;
  requestNumber: string | null;
  kiRegistrationNumber: string | null;
  filedDate: string;
  stage: string | null;
  outcome: string | null;
  courtAction: string | null;
}
