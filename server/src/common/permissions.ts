/**
 * The one list of permissions. Roles map to permissions; every route declares the permission it needs
 * (deny by default). The console imports this file, so the UI and the API speak the same words.
 * Pure TypeScript with no imports: safe to bundle into the console.
 */
export enum Permission {
  OfficeRead = 'office.read',
  OfficeCreate = 'office.create',
  OfficeUpdate = 'office.update',
  UserRead = 'user.read',
  UserManage = 'user.manage',
  AuditRead = 'audit.read',
  HolidayRead = 'holiday.read',
  HolidayManage = 'holiday.manage',
  SettingRead = 'setting.read',
  SettingManage = 'setting.manage',
  UnitManage = 'unit.manage',
  RequesterRead = 'requester.read',
  /** see NIK and identity scans unmasked */
  RequesterPii = 'requester.pii',
  RequesterManage = 'requester.manage',
  RequestRead = 'request.read',
  RequestCreate = 'request.create',
  /** edit details, incomplete/complete/lapse, SOP steps, withdraw */
  RequestUpdate = 'request.update',
  RequestAssign = 'request.assign',
  RequestExtend = 'request.extend',
  RequestDecide = 'request.decide',
  RequestDeliver = 'request.deliver',
  RequestRegister = 'request.register',
  TaskRead = 'task.read',
  TaskAnswer = 'task.answer',
  ObjectionRead = 'objection.read',
  /** register objections, record disputes and the requester's reaction */
  ObjectionCreate = 'objection.create',
  /** the Atasan PPID's decision */
  ObjectionDecide = 'objection.decide',
  DipRead = 'dip.read',
  /** draft entries for one's own unit */
  DipDraft = 'dip.draft',
  /** classify entries, establish and publish versions of the list */
  DipManage = 'dip.manage',
  /** service figures and dashboards of the office and the offices under it */
  MetricsRead = 'metrics.read',
  /** prepare and sign the monthly report (PPID) */
  ReportPrepare = 'report.prepare',
  /** acknowledge and countersign reports (Atasan PPID) */
  ReportApprove = 'report.approve',
  /** the annual service report (SOP 4) of the office and the offices under it */
  AnnualRead = 'annual.read',
  /** prepare, submit, schedule the pleno, ratify and publish the annual report (PPID) */
  AnnualPrepare = 'annual.prepare',
  /** examine the submitted annual report: approve or return (Atasan PPID) */
  AnnualApprove = 'annual.approve',
  /** review the annual report: comment, approve or return (Tim pertimbangan) */
  AnnualReview = 'annual.review',
  /** the liaison units' periodic written reports (tim penghubung) */
  AnnualContribute = 'annual.contribute',
  /** the e-mail the office sends (to requesters and staff), with its delivery state */
  OutboxRead = 'outbox.read',
  /** resend or cancel a message */
  OutboxManage = 'outbox.manage',
  /** sign the berita acara of the rapat pleno with one's own account, when chosen as one of its signatories */
  AnnualSign = 'annual.sign',
}

export const ROLES = ['admin', 'desk', 'ppid', 'atasan', 'penghubung', 'pertimbangan'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, { id: string; en: string }> = {
  admin: { id: 'Administrator sistem', en: 'System administrator' },
  desk: { id: 'Desk pelayanan', en: 'Service desk' },
  ppid: { id: 'PPID (Kasubbag)', en: 'PPID (head of sub-section)' },
  atasan: { id: 'Atasan PPID', en: "PPID's superior" },
  penghubung: { id: 'Tim penghubung', en: 'Liaison officer' },
  pertimbangan: { id: 'Tim pertimbangan', en: 'Review team' },
};

/** What the desk does at the counter; the PPID does all of it too (and more). */
const DESK: readonly Permission[] = [
  Permission.OfficeRead,
  Permission.HolidayRead,
  Permission.SettingRead,
  Permission.RequesterRead,
  Permission.RequesterPii,
  Permission.RequesterManage,
  Permission.RequestRead,
  Permission.RequestCreate,
  Permission.RequestUpdate,
  Permission.RequestDeliver,
  Permission.RequestRegister,
  Permission.ObjectionRead,
  Permission.ObjectionCreate,
  Permission.DipRead,
  Permission.AnnualRead,
  Permission.OutboxRead,
  Permission.OutboxManage,
];

/** Permissions granted by each role, within the user's own office (reads also reach descendant offices). */
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  // users, offices, holidays, settings; no requester data beyond what the job needs
  admin: [
    Permission.OfficeRead,
    Permission.OfficeCreate,
    Permission.OfficeUpdate,
    Permission.UserRead,
    Permission.UserManage,
    Permission.AuditRead,
    Permission.HolidayRead,
    Permission.HolidayManage,
    Permission.SettingRead,
    Permission.SettingManage,
    Permission.UnitManage,
  ],
  desk: DESK,
  // the desk's work, and assigning, extending, deciding, the DIP, reports and signing
  ppid: [
    ...DESK,
    Permission.UserRead,
    Permission.RequestAssign,
    Permission.RequestExtend,
    Permission.RequestDecide,
    Permission.TaskRead,
    Permission.DipDraft,
    Permission.DipManage,
    Permission.MetricsRead,
    Permission.ReportPrepare,
    Permission.AnnualPrepare,
    Permission.AnnualSign,
  ],
  atasan: [
    Permission.OfficeRead,
    Permission.UserRead,
    Permission.AuditRead,
    Permission.HolidayRead,
    Permission.SettingRead,
    Permission.RequesterRead,
    Permission.RequestRead,
    Permission.RequestRegister,
    Permission.TaskRead,
    Permission.ObjectionRead,
    Permission.ObjectionDecide,
    Permission.DipRead,
    Permission.MetricsRead,
    Permission.ReportApprove,
    Permission.AnnualRead,
    Permission.AnnualApprove,
    Permission.OutboxRead,
    Permission.AnnualSign,
  ],
  penghubung: [
    Permission.OfficeRead,
    Permission.HolidayRead,
    Permission.TaskRead,
    Permission.TaskAnswer,
    Permission.DipRead,
    Permission.DipDraft,
    Permission.AnnualRead,
    Permission.AnnualContribute,
  ],
  pertimbangan: [
    Permission.OfficeRead,
    Permission.HolidayRead,
    Permission.AnnualRead,
    Permission.AnnualReview,
    Permission.AnnualSign,
  ],
};

/**
 * Permissions that decide or sign (separation of duties, docs/access-policy.json): the administrator role holds none,
 * and no one grants themselves a role that holds one.
 */
export const DECIDE_OR_SIGN: ReadonlySet<Permission> = new Set([
  Permission.RequestExtend,
  Permission.RequestDecide,
  Permission.ObjectionDecide,
  Permission.DipManage,
  Permission.ReportPrepare,
  Permission.ReportApprove,
  Permission.AnnualPrepare,
  Permission.AnnualApprove,
  Permission.AnnualReview,
  Permission.AnnualSign,
]);

/** The roles whose permissions decide or sign: PPID, Atasan PPID and Tim Pertimbangan. */
export const DECIDING_ROLES: readonly Role[] = ROLES.filter((r) =>
  ROLE_PERMISSIONS[r].some((p) => DECIDE_OR_SIGN.has(p)),
);

export function permissionsForRoles(roles: readonly string[]): Permission[] {
  const set = new Set<Permission>();
  for (const role of roles) for (const p of ROLE_PERMISSIONS[role as Role] ?? []) set.add(p);
  return [...set].sort();
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/**
 * Permissions that only read. A read reaches the user's own office and every office under it; any other permission
 * changes data and reaches the user's own office only (the office rule, applied once in common/access.ts).
 */
export const READ_PERMISSIONS: ReadonlySet<Permission> = new Set([
  Permission.OfficeRead,
  Permission.UserRead,
  Permission.AuditRead,
  Permission.HolidayRead,
  Permission.SettingRead,
  Permission.RequesterRead,
  Permission.RequesterPii,
  Permission.RequestRead,
  Permission.RequestRegister,
  Permission.TaskRead,
  Permission.ObjectionRead,
  Permission.DipRead,
  Permission.MetricsRead,
  Permission.AnnualRead,
  Permission.OutboxRead,
]);

export function isReadPermission(p: Permission): boolean {
  return READ_PERMISSIONS.has(p);
}
