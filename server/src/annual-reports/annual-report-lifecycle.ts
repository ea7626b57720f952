import { MONTHS_ID } from '@lentera/reports/legal';
import { Msg, msg } from '../common/i18n';
import { Lifecycle, rule } from '../common/lifecycle';
import { Permission } from '../common/permissions';

/**
 * The annual report (SOP 4) as a state table:
 *
 *   draft ──submit (PPID)──▶ submitted ──approve (Atasan PPID)──▶ approved_by_atasan ──(automatic)──▶ in_review
 *     ▲                        │ return (Atasan PPID, with notes)                                       │
 *     └──── returned ◀─────────┴────────────── review_return (any Tim pertimbangan member) ◀────────────┤
 *           │ submit (versionNo + 1)                                   complete_review (all members approved)
 *           ▼                                                                                          ▼
 *       submitted …   reviewed ──schedule_pleno──▶ pleno_scheduled ──ratify (on/after the meeting date)──▶ ratified
 *                                   reschedule_pleno (with a reason) ↺   record_attendance ↺              │
 *                          sign (each signatory) ↺  /  print_wet ↺ → upload_scan ↺  (berita acara complete)  │
 *                                                                                                          ▼
 *        draft (edition + 1, version + 1) ◀────────── revise (PPID, with the reason) ─────────── ratified / published
 *
 * Narrative edits only in draft/returned; comments and member approvals only in in_review. A ratified edition is
 * never changed: a change after signing is a new edition that goes through the whole flow again, while the
 * documents of the earlier edition stay issued (and the published one stays public) until it is replaced.
 * The guards are data too: the Atasan PPID does not approve a draft they prepared; the meeting is ratified on or
 * after its own date, with everyone's attendance recorded and the quorum met; only a chosen signatory signs, once;
 * the report is published once its berita acara is signed (every signatory, or the wet-signed scan uploaded).
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
  | 'reschedule_pleno'
  | 'record_attendance'
  | 'ratify'
  | 'sign'
  | 'print_wet'
  | 'upload_scan'
  | 'publish'
  | 'revise';

type S = AnnualReportStatus;

/** '2026-02-05' (or an ISO instant, by its UTC date) → '5 Februari 2026'; this file is bundled by the console too */
function formatDateId(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return `${d} ${MONTHS_ID[m - 1]} ${y}`;
}

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

// ── the plenary meeting ────────────────────────────────────────────────────────

export interface PlenaryAttendee {
  /** 'u<userId>' for a user of the office, 'x<n>' for a named external member */
  id: string;
  userId: number | null;
  name: string;
  position: string | null;
  nip: string | null;
  /** recorded at the meeting, person by person; null until recorded (there is no default) */
  present: boolean | null;
}

/**
 * A signatory of the berita acara, chosen at ratification among the present attendees: a user whose account may sign
 * signs in Lentera; a member without an account can only sign in ink (the berita acara then goes the wet way).
 */
export interface PlenarySignatory {
  attendeeId: string;
  userId: number | null;
  name: string;
  position: string | null;
  nip: string | null;
  /** when they signed with their own account; null until then */
  signedAt: string | null;
}

export interface PersonRef {
  id: number;
  name: string;
}

/** The other way to sign: the berita acara printed for wet signatures, and the signed scan the office uploads. */
export interface WetSigning {
  printedAt: string;
  printedBy: PersonRef;
  scan: {
    sha256: string;
    storageKey: string;
    filename: string;
    size: number;
    uploadedAt: string;
    uploadedBy: PersonRef;
  } | null;
}

export interface Plenary {
  date: string;
  place: string;
  /** present attendees needed for the meeting to decide (the office's rule, set when scheduling) */
  quorum: number;
  attendees: PlenaryAttendee[];
  /** set at ratification */
  signatories?: PlenarySignatory[];
  wet?: WetSigning | null;
}

export interface QuorumInfo {
  required: number;
  present: number;
  absent: number;
  unrecorded: number;
  met: boolean;
}

/** The quorum as the recorded attendance gives it. */
export function quorumOf(p: Pick<Plenary, 'quorum' | 'attendees'>): QuorumInfo {
  const present = p.attendees.filter((a) => a.present === true).length;
  const absent = p.attendees.filter((a) => a.present === false).length;
  return {
    required: p.quorum,
    present,
    absent,
    unrecorded: p.attendees.length - present - absent,
    met: present >= p.quorum,
  };
}

/** A plenary stored before attendees had ids (names only): the same meeting in today's shape. */
export function normalizePlenary(p: Plenary | null): Plenary | null {
  if (!p) return null;
  let external = 0;
  return {
    ...p,
    attendees: p.attendees.map((a) => {
      const userId = a.userId ?? null;
      return {
        id: a.id ?? (userId ? `u${userId}` : `x${++external}`),
        userId,
        name: a.name,
        position: a.position ?? null,
        nip: a.nip ?? null,
        present: a.present ?? null,
      };
    }),
    signatories: p.signatories ?? [],
    wet: p.wet ?? null,
  };
}

/** Whether every signatory can sign in Lentera (none is a member without an account). */
export function electronicSigningPossible(p: Plenary | null): boolean {
  return !!p?.signatories?.length && p.signatories.every((s) => s.userId !== null);
}

/** The berita acara is complete: every signatory signed with their account, or the wet-signed scan is uploaded. */
export function signingComplete(p: Plenary | null): boolean {
  if (!p?.signatories?.length) return false;
  if (p.wet) return !!p.wet.scan;
  return p.signatories.every((s) => s.signedAt !== null);
}

// ── the lifecycle ─────────────────────────────────────────────────────────────

/** What the guards look at: the office's today, who acts, and the report. */
export interface AnnualGuardContext {
  today: string;
  actorId: number;
  report: {
    preparedById: number;
    /** who submitted the version under examination (null when unknown) */
    submittedById: number | null;
    plenary: Plenary | null;
    reportDocumentId: number | null;
  };
}

const SIGNED = msg(
  'Laporan ini sudah disahkan dalam rapat pleno dan tidak dapat diubah; perubahan memerlukan versi baru',
  'This report has been ratified and cannot be changed; a change needs a new version',
);

const NOT_REVIEWING = msg(
  'Laporan ini tidak sedang ditelaah Tim Pertimbangan',
  'This report is not under review by the Tim Pertimbangan',
);
const NOT_SUBMITTED = msg(
  'Hanya laporan yang sedang diajukan yang dapat diperiksa Atasan PPID',
  'Only a submitted report can be examined by the Atasan PPID',
);

function why(action: AnnualReportAction, status: S): Msg | undefined {
  if (action === 'revise')
    return msg(
      'Versi baru hanya dibuat dari laporan yang sudah disahkan; sebelum itu laporan diubah sebagai draf',
      'A new edition is made only from a ratified report; before that, edit the draft',
    );
  if (status === 'published' && action === 'publish')
    return msg('Laporan ini sudah dipublikasikan', 'This report is already published');
  if (status === 'published' && ['sign', 'print_wet', 'upload_scan'].includes(action))
    return msg('Berita acara laporan ini sudah lengkap', 'The berita acara of this report is complete');
  if (status === 'ratified' || status === 'published') return SIGNED;
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
      return NOT_SUBMITTED;
    case 'comment':
    case 'review_approve':
    case 'review_return':
    case 'complete_review':
      return NOT_REVIEWING;
    case 'schedule_pleno':
      return status === 'pleno_scheduled'
        ? msg('Rapat pleno sudah dijadwalkan; ubah jadwalnya', 'The plenary meeting is scheduled; reschedule it')
        : msg(
            'Rapat pleno dijadwalkan setelah Tim Pertimbangan selesai menelaah',
            'The plenary meeting is scheduled after the Tim Pertimbangan review',
          );
    case 'reschedule_pleno':
    case 'record_attendance':
    case 'ratify':
      return msg(
        'Laporan disahkan setelah rapat pleno dijadwalkan',
        'The report is ratified after the plenary meeting is scheduled',
      );
    case 'sign':
    case 'print_wet':
    case 'upload_scan':
      return msg(
        'Berita acara ditandatangani setelah laporan disahkan dalam rapat pleno',
        'The berita acara is signed after the report is ratified in the plenary meeting',
      );
    case 'publish':
      return msg(
        'Laporan hanya dapat dipublikasikan setelah disahkan dalam rapat pleno',
        'The report can only be published after ratification in the plenary meeting',
      );
    default:
      return undefined;
  }
}

type Guard = (ctx: AnnualGuardContext) => Msg | null;

/** On or after the meeting's own date (the office's today): before it, the meeting has not been held. */
const meetingHeld: Guard = ({ today, report }) => {
  const p = report.plenary;
  if (!p || today >= p.date) return null;
  return msg(
    `Rapat pleno dijadwalkan pada ${formatDateId(p.date)}; kehadiran dan pengesahan dicatat pada atau setelah tanggal rapat. Bila rapat diadakan lebih awal, ubah jadwalnya terlebih dahulu (perubahan jadwal tercatat di log audit)`,
    `The plenary meeting is scheduled for ${p.date}; attendance and ratification are recorded on or after the meeting date. If the meeting is held earlier, reschedule it first (the change is audited)`,
  );
};

const attendanceRecorded: Guard = ({ report }) => {
  const missing = report.plenary?.attendees.filter((a) => a.present === null) ?? [];
  if (!missing.length) return null;
  const names = missing.map((a) => a.name).join(', ');
  return msg(
    `Kehadiran belum dicatat untuk: ${names}; catat hadir atau tidak hadir setiap peserta`,
    `Attendance is not recorded for: ${names}; record each attendee as present or absent`,
  );
};

const quorumMet: Guard = ({ report }) => {
  if (!report.plenary) return null;
  const q = quorumOf(report.plenary);
  if (q.met) return null;
  return msg(
    `Rapat pleno tidak kuorum: hadir ${q.present}, kuorum ${q.required}; laporan tidak dapat disahkan`,
    `The plenary meeting has no quorum: ${q.present} present, quorum ${q.required}; the report cannot be ratified`,
  );
};

const PRINTED = msg(
  'Berita acara sudah dicetak untuk tanda tangan basah; tanda tangan melalui Lentera ditutup, unggah pindaiannya',
  'The berita acara was printed for wet signatures; signing in Lentera is closed, upload the scan',
);

export const ANNUAL_LIFECYCLE = new Lifecycle<S, AnnualReportAction, AnnualGuardContext>({
  subject: msg('Laporan tahunan', 'An annual report'),
  states: ANNUAL_STATUSES,
  labels: ANNUAL_STATUS_LABELS,
  why,
  actions: {
    edit: rule(msg('diubah', 'be edited'), Permission.AnnualPrepare, { draft: 'draft', returned: 'returned' }),
    submit: rule(msg('diajukan', 'be submitted'), Permission.AnnualPrepare, {
      draft: 'submitted',
      returned: 'submitted',
    }),
    return: rule(msg('dikembalikan', 'be returned'), Permission.AnnualApprove, { submitted: 'returned' }),
    approve: rule(msg('disetujui', 'be approved'), Permission.AnnualApprove, { submitted: 'approved_by_atasan' }, [
      ({ actorId, report }) =>
        actorId === report.preparedById || actorId === report.submittedById
          ? msg(
              'Penyusun laporan tidak dapat menyetujuinya sendiri sebagai Atasan PPID',
              'The author of the report cannot approve it as the Atasan PPID',
            )
          : null,
    ]),
    open_review: rule(msg('ditelaah', 'be reviewed'), null, { approved_by_atasan: 'in_review' }),
    comment: rule(msg('dikomentari', 'be commented on'), Permission.AnnualReview, { in_review: 'in_review' }),
    review_approve: rule(msg('disetujui anggota', 'be approved by a member'), Permission.AnnualReview, {
      in_review: 'in_review',
    }),
    review_return: rule(msg('dikembalikan', 'be returned'), Permission.AnnualReview, { in_review: 'returned' }),
    complete_review: rule(msg('selesai ditelaah', 'complete its review'), null, { in_review: 'reviewed' }),
    schedule_pleno: rule(
      msg('dijadwalkan rapat plenonya', 'have its plenary meeting scheduled'),
      Permission.AnnualPrepare,
      { reviewed: 'pleno_scheduled' },
    ),
    reschedule_pleno: rule(
      msg('diubah jadwal rapat plenonya', 'have its plenary meeting rescheduled'),
      Permission.AnnualPrepare,
      { pleno_scheduled: 'pleno_scheduled' },
    ),
    record_attendance: rule(
      msg('dicatat kehadiran rapatnya', 'have the attendance recorded'),
      Permission.AnnualPrepare,
      { pleno_scheduled: 'pleno_scheduled' },
      [meetingHeld],
    ),
    ratify: rule(msg('disahkan', 'be ratified'), Permission.AnnualPrepare, { pleno_scheduled: 'ratified' }, [
      meetingHeld,
      attendanceRecorded,
      quorumMet,
    ]),
    sign: rule(
      msg('ditandatangani berita acaranya', 'have its berita acara signed'),
      Permission.AnnualSign,
      { ratified: 'ratified' },
      [
        ({ actorId, report }) => {
          const s = report.plenary?.signatories?.find((x) => x.userId === actorId);
          if (!s)
            return msg(
              'Anda bukan penanda tangan berita acara rapat pleno ini',
              'You are not a signatory of the berita acara of this plenary meeting',
            );
          if (s.signedAt)
            return msg('Anda sudah menandatangani berita acara ini', 'You have already signed this berita acara');
          return null;
        },
        ({ report }) => (report.plenary?.wet ? PRINTED : null),
        ({ report }) => {
          const offline = report.plenary?.signatories?.filter((x) => x.userId === null) ?? [];
          if (!offline.length) return null;
          const names = offline.map((x) => x.name).join(', ');
          return msg(
            `Berita acara ini ditandatangani basah: ${names} tidak memiliki akun; terbitkan untuk tanda tangan basah`,
            `This berita acara is signed in ink: ${names} has no account; issue it for wet signatures`,
          );
        },
      ],
    ),
    print_wet: rule(
      msg('dicetak untuk tanda tangan basah', 'be printed for wet signatures'),
      Permission.AnnualPrepare,
      { ratified: 'ratified' },
      [
        ({ report }) =>
          report.plenary?.wet
            ? msg('Berita acara sudah dicetak untuk tanda tangan basah', 'The berita acara was already printed')
            : signingComplete(report.plenary)
              ? msg(
                  'Berita acara sudah ditandatangani semua penanda tangan',
                  'Every signatory has signed the berita acara',
                )
              : null,
      ],
    ),
    upload_scan: rule(
      msg('diunggah pindaian berita acaranya', 'have the signed scan uploaded'),
      Permission.AnnualPrepare,
      { ratified: 'ratified' },
      [
        ({ report }) =>
          !report.plenary?.wet
            ? msg(
                'Berita acara harus dicetak untuk tanda tangan basah terlebih dahulu',
                'Print the berita acara for wet signatures first',
              )
            : report.plenary.wet.scan
              ? msg('Pindaian berita acara sudah diunggah', 'The scan was already uploaded')
              : null,
      ],
    ),
    publish: rule(msg('dipublikasikan', 'be published'), Permission.AnnualPrepare, { ratified: 'published' }, [
      ({ report }) =>
        report.reportDocumentId
          ? null
          : msg(
              'Berita acara belum ditandatangani semua penanda tangan (atau pindaian tanda tangan basah belum diunggah); laporan belum terbit',
              'The berita acara is not signed by every signatory yet (or the wet-signed scan is not uploaded); the report is not issued yet',
            ),
    ]),
    revise: rule(msg('dibuat versi barunya', 'get a new edition'), Permission.AnnualPrepare, {
      ratified: 'draft',
      published: 'draft',
    }),
  },
});

/** The actions a person may take now (automatic steps left out), optionally limited to a user's permissions. */
export function allowedAnnualActions(
  status: S,
  ctx?: AnnualGuardContext,
  permissions?: readonly string[],
): AnnualReportAction[] {
  return ANNUAL_LIFECYCLE.allowed(status, ctx, permissions).filter((a) => !!ANNUAL_LIFECYCLE.def.actions[a].permission);
}

/** The last day of the month `months` after the fiscal year's end (3 → 31 March of the next year). */
export function annualDueDate(year: number, months: number): string {
  const end = new Date(Date.UTC(year, 12 + months, 0));
  return end.toISOString().slice(0, 10);
}

/**
 * Due info on a given local date: overdue after the due date unless published; a warning within 30 days of it.
 * An earlier edition already published meets the obligation while a new edition is prepared.
 */
export function dueInfo(
  dueDate: string,
  today: string,
  status: S | null,
  earlierEditionPublished = false,
): { dueDate: string; daysLeft: number; overdue: boolean; warning: boolean } {
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
