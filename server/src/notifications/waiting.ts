import { msg, Msg } from '../common/i18n';
import { Permission } from '../common/permissions';

/**
 * What waits for whom: each kind of work, the permission that makes it someone's work, the console list that shows it
 * (its resource and filter — the count is that list's own total, so the two never disagree) and its words.
 * Work is always the user's own office's (a province reads its regencies' queues but does not work them).
 */
export const WAITING_RESOURCES = [
  'requests',
  'tasks',
  'submissions',
  'objections',
  'monthly-reports',
  'annual-reports',
  'outbox',
] as const;

export interface WaitingKind {
  key: string;
  permission: Permission;
  /** the console's list and the filter that shows exactly these items */
  resource: (typeof WAITING_RESOURCES)[number];
  filter: Record<string, unknown>;
  /** urgent: overdue or due today — the bell shows it in red */
  urgent?: boolean;
  /** only for a user who belongs to a liaison unit */
  needsUnit?: boolean;
  /** a subset of another kind (due today is part of due soon): shown, but not counted twice in the bell's total */
  partOf?: string;
  label: Msg;
}

export const WAITING_KINDS: readonly WaitingKind[] = [
  {
    key: 'tasks_open',
    permission: Permission.TaskAnswer,
    resource: 'tasks',
    filter: { status: 'open' },
    needsUnit: true,
    label: msg('Disposisi yang menunggu jawaban unit Anda', "Assignments awaiting your unit's answer"),
  },
  {
    key: 'submissions_pending',
    permission: Permission.RequestCreate,
    resource: 'submissions',
    filter: { status: 'pending' },
    label: msg('Permohonan daring yang perlu diverifikasi', 'Web submissions to verify'),
  },
  {
    key: 'requests_unassigned',
    permission: Permission.RequestAssign,
    resource: 'requests',
    filter: { unassigned: true },
    label: msg('Permohonan belum didisposisi', 'Requests not yet assigned'),
  },
  {
    key: 'requests_overdue',
    permission: Permission.RequestDecide,
    resource: 'requests',
    filter: { overdue: true },
    urgent: true,
    label: msg('Permohonan lewat batas waktu', 'Requests past their deadline'),
  },
  {
    key: 'requests_due_today',
    permission: Permission.RequestDecide,
    resource: 'requests',
    filter: { dueWithin: 0 },
    urgent: true,
    partOf: 'requests_due_soon',
    label: msg('Permohonan jatuh tempo hari ini', 'Requests due today'),
  },
  {
    key: 'requests_due_soon',
    permission: Permission.RequestDecide,
    resource: 'requests',
    filter: { dueSoon: true },
    label: msg('Permohonan segera jatuh tempo', 'Requests due soon'),
  },
  {
    key: 'objections_to_decide',
    permission: Permission.ObjectionDecide,
    resource: 'objections',
    filter: { status: 'registered' },
    label: msg('Keberatan menunggu tanggapan Atasan PPID', "Objections awaiting the Atasan PPID's answer"),
  },
  {
    key: 'objections_overdue',
    permission: Permission.ObjectionDecide,
    resource: 'objections',
    filter: { overdue: true },
    urgent: true,
    partOf: 'objections_to_decide',
    label: msg('Keberatan lewat batas waktu tanggapan', 'Objections past their answer deadline'),
  },
  {
    key: 'monthly_to_sign',
    permission: Permission.ReportPrepare,
    resource: 'monthly-reports',
    filter: { status: 'draft' },
    label: msg('Laporan bulanan untuk ditandatangani PPID', 'Monthly reports for the PPID to sign'),
  },
  {
    key: 'monthly_to_countersign',
    permission: Permission.ReportApprove,
    resource: 'monthly-reports',
    filter: { status: 'signed' },
    label: msg('Laporan bulanan untuk ditandatangani Atasan PPID', 'Monthly reports to countersign'),
  },
  {
    key: 'annual_to_approve',
    permission: Permission.AnnualApprove,
    resource: 'annual-reports',
    filter: { status: 'submitted' },
    label: msg('Laporan tahunan untuk diperiksa Atasan PPID', 'Annual reports for the Atasan PPID to examine'),
  },
  {
    key: 'annual_to_review',
    permission: Permission.AnnualReview,
    resource: 'annual-reports',
    filter: { status: 'in_review' },
    label: msg('Laporan tahunan untuk ditelaah Tim Pertimbangan', 'Annual reports to review'),
  },
  {
    key: 'outbox_failed',
    permission: Permission.OutboxManage,
    resource: 'outbox',
    filter: { state: 'failed' },
    urgent: true,
    label: msg('Email yang gagal terkirim', 'E-mail that could not be delivered'),
  },
];

/** The console's address of a list with its filter (react-admin's hash route), for links in the bell and e-mails. */
export function waitingPath(resource: string, filter: Record<string, unknown>): string {
  return `#/${resource}?filter=${encodeURIComponent(JSON.stringify(filter))}`;
}
