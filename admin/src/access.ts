import { Permission } from './permissions';

export type Action = 'list' | 'show' | 'create' | 'edit' | 'delete' | 'export' | 'clone';
export type ResourceName =
  | 'requests'
  | 'metrics'
  | 'monthly-reports'
  | 'annual-reports'
  | 'liaison-reports'
  | 'queue'
  | 'daily-sheet'
  | 'tasks'
  | 'submissions'
  | 'requesters'
  | 'objections'
  | 'dip-entries'
  | 'dip-versions'
  | 'holidays'
  | 'rule-sets'
  | 'settings'
  | 'mail-templates'
  | 'units'
  | 'users'
  | 'offices'
  | 'outbox'
  | 'audit-logs';

/**
 * Which permission each screen needs. The server stays the authority (it also checks the office
 * scope); this only decides what the console offers. A missing entry means "never".
 * Order matters: it is the menu order.
 */
const RULES: Record<ResourceName, Partial<Record<Action, Permission>>> = {
  requests: {
    list: Permission.RequestRead,
    show: Permission.RequestRead,
    create: Permission.RequestCreate,
  },
  // Dasbor kinerja layanan (metrics/MetricsPage at /metrics, a page of pages.tsx): the PPID and the Atasan PPID.
  metrics: {
    list: Permission.MetricsRead,
  },
  // Laporan bulanan: the PPID prepares and signs, the Atasan PPID countersigns (server: monthly-reports.controller.ts).
  'monthly-reports': {
    list: Permission.MetricsRead,
    show: Permission.MetricsRead,
    create: Permission.ReportPrepare,
  },
  // Laporan tahunan (SOP 4): the PPID prepares, the Atasan PPID approves, the Tim Pertimbangan reviews (server: annual-reports.controller.ts).
  'annual-reports': {
    list: Permission.AnnualRead,
    show: Permission.AnnualRead,
    create: Permission.AnnualPrepare,
  },
  // The liaison units' periodic written reports (laporan tertulis): a page of pages.tsx at /liaison-reports.
  'liaison-reports': {
    list: Permission.AnnualContribute,
  },
  // Two pages of pages.tsx (queue/QueueBoardPage at /queue, daily-sheet/DailySheetPage at /daily-sheet); `list` opens a page.
  queue: {
    list: Permission.RequestRead,
  },
  'daily-sheet': {
    list: Permission.RequestRead,
  },
  tasks: {
    list: Permission.TaskRead,
    show: Permission.TaskRead,
  },
  // Web submissions waiting for the desk to verify (server: submissions.controller.ts).
  submissions: {
    list: Permission.RequestCreate,
    show: Permission.RequestCreate,
  },
  requesters: {
    list: Permission.RequesterRead,
    show: Permission.RequesterRead,
    edit: Permission.RequesterManage,
  },
  // Keberatan: the desk registers, the Atasan PPID decides (server: objections.controller.ts).
  objections: {
    list: Permission.ObjectionRead,
    show: Permission.ObjectionRead,
    create: Permission.ObjectionCreate,
  },
  // DIP entries: liaison units draft for their unit, the PPID classifies (server: dip.controller.ts).
  // The e-mail the office sends and its delivery state; resend and cancel are the edit of a message.
  outbox: {
    list: Permission.OutboxRead,
    show: Permission.OutboxRead,
    edit: Permission.OutboxManage,
  },
  'dip-entries': {
    list: Permission.DipRead,
    show: Permission.DipRead,
    create: Permission.DipDraft,
    edit: Permission.DipDraft,
  },
  // Established versions of the list (SK PPID), each with its diff; the PPID establishes and publishes.
  'dip-versions': {
    list: Permission.DipRead,
    show: Permission.DipRead,
    create: Permission.DipManage,
  },

  holidays: {
    list: Permission.HolidayRead,
    show: Permission.HolidayRead,
    create: Permission.HolidayManage,
    edit: Permission.HolidayManage,
    // The only resource the console deletes: a wrong holiday must go (the server recomputes open deadlines).
    delete: Permission.HolidayManage,
  },
  // The service rules per regime as versions with an effective date (rule-sets/RuleSetsPage, a page of pages.tsx):
  // everyone who reads the office's settings sees them; administrators publish a new version (server: rule-sets.controller.ts).
  'rule-sets': {
    list: Permission.SettingRead,
    create: Permission.SettingManage,
  },
  // One page (settings/SettingsPage, pages.tsx).
  settings: {
    list: Permission.SettingRead,
    edit: Permission.SettingManage,
  }, // One page (mail-templates/MailTemplatesPage): the office's wording of the requesters' e-mail around the fixed parts.
  'mail-templates': {
    list: Permission.SettingRead,
    edit: Permission.SettingManage,
  },

  // The server lets every office.read holder read units (for pickers); the screens are for administrators.
  units: {
    list: Permission.UnitManage,
    show: Permission.UnitManage,
    create: Permission.UnitManage,
    edit: Permission.UnitManage,
  },
  users: {
    list: Permission.UserRead,
    show: Permission.UserRead,
    create: Permission.UserManage,
    edit: Permission.UserManage,
  },
  offices: {
    list: Permission.OfficeRead,
    show: Permission.OfficeRead,
    create: Permission.OfficeCreate,
    edit: Permission.OfficeUpdate,
  },
  'audit-logs': {
    list: Permission.AuditRead,
    show: Permission.AuditRead,
  },
};

export const RESOURCES = Object.keys(RULES) as ResourceName[];

const own = (object: object, key: string) => Object.prototype.hasOwnProperty.call(object, key);

/** Deny by default: unknown resources, unknown actions and missing permissions all answer false. */
export function canAccess(
  permissions: readonly string[] | null | undefined,
  { action, resource }: { action: string; resource: string },
): boolean {
  if (!Array.isArray(permissions)) return false;
  const rules = own(RULES, resource) ? RULES[resource as ResourceName] : undefined;
  const needed = rules && own(rules, action) ? rules[action as Action] : undefined;
  return needed !== undefined && permissions.includes(needed);
}

/** Resources whose list the user may open, in menu order. */
export function accessibleResources(permissions: readonly string[] | null | undefined): ResourceName[] {
  return RESOURCES.filter((resource) => canAccess(permissions, { action: 'list', resource }));
}

export interface MenuGroup {
  /** i18n key of the group heading; null for entries shown without a heading */
  label: string | null;
  items: ResourceName[];
}

const MENU: MenuGroup[] = [
  {
    label: 'lentera.menu.service',
    items: [
      'requests',
      'metrics',
      'monthly-reports',
      'annual-reports',
      'liaison-reports',
      'queue',
      'daily-sheet',
      'tasks',
      'submissions',
      'requesters',
      'objections',
      'outbox',
    ],
  },
  { label: 'lentera.menu.dip', items: ['dip-entries', 'dip-versions'] },
  {
    label: 'lentera.menu.configuration',
    items: ['holidays', 'rule-sets', 'settings', 'mail-templates', 'units', 'users', 'offices'],
  },
  { label: null, items: ['audit-logs'] },
];

/** The menu, grouped, with only what the user may open; empty groups are left out. */
export function menuGroups(permissions: readonly string[] | null | undefined): MenuGroup[] {
  return MENU.map((group) => ({
    label: group.label,
    items: group.items.filter((resource) => canAccess(permissions, { action: 'list', resource })),
  })).filter((group) => group.items.length > 0);
}

/** The lifecycle actions of a request (server: request-lifecycle.ts) and the permission each route needs. */
export const REQUEST_ACTIONS = [
  'incomplete',
  'complete',
  'lapse',
  'assign',
  'extend',
  'decide',
  'deliver',
  'close',
  'withdraw',
] as const;
export type RequestAction = (typeof REQUEST_ACTIONS)[number];

const ACTION_PERMISSIONS: Record<RequestAction, Permission> = {
  incomplete: Permission.RequestUpdate,
  complete: Permission.RequestUpdate,
  lapse: Permission.RequestUpdate,
  assign: Permission.RequestAssign,
  extend: Permission.RequestExtend,
  decide: Permission.RequestDecide,
  deliver: Permission.RequestDeliver,
  close: Permission.RequestUpdate,
  withdraw: Permission.RequestUpdate,
};

/**
 * The actions to offer on a request: those its status allows (`allowedActions` from the server) and the
 * user's permissions allow, in lifecycle order.
 */
export function offeredRequestActions(
  permissions: readonly string[] | null | undefined,
  allowed: readonly string[] | null | undefined,
): RequestAction[] {
  if (!Array.isArray(permissions) || !Array.isArray(allowed)) return [];
  return REQUEST_ACTIONS.filter(
    (action) => allowed.includes(action) && permissions.includes(ACTION_PERMISSIONS[action]),
  );
}

/**
 * Whether to offer "Ubah klasifikasi" (POST /requests/:id/classify): the request's status still allows it (until the
 * decision: `allowedActions` from the server) and the user may change requests.
 */
export function canClassifyRequest(
  permissions: readonly string[] | null | undefined,
  allowed: readonly string[] | null | undefined,
): boolean {
  return (
    Array.isArray(permissions) &&
    Array.isArray(allowed) &&
    allowed.includes('classify') &&
    permissions.includes(Permission.RequestUpdate)
  );
}

/** Whether the user may record the SOP step times (PUT /requests/:id/steps/:step). */
export function canRecordSteps(permissions: readonly string[] | null | undefined): boolean {
  return Array.isArray(permissions) && permissions.includes(Permission.RequestUpdate);
}

/**
 * Who may change a holiday: national holidays and cuti bersama (officeId null) only the national office's
 * administrators; a local closure only its own office's administrators (server: holidays.service.ts).
 */
export function canChangeHoliday(
  permissions: readonly string[] | null | undefined,
  office: { id: number | string; level: string } | null | undefined,
  holiday: { officeId: number | string | null } | null | undefined,
): boolean {
  if (!Array.isArray(permissions) || !permissions.includes(Permission.HolidayManage) || !office || !holiday)
    return false;
  if (holiday.officeId === null || holiday.officeId === undefined) return office.level === 'national';
  return String(holiday.officeId) === String(office.id);
}

/** The holiday kinds a user may create: local closures everywhere, national ones only at the national office. */
export function creatableHolidayKinds(
  office: { level: string } | null | undefined,
): Array<'national' | 'cuti_bersama' | 'local'> {
  return office?.level === 'national' ? ['national', 'cuti_bersama', 'local'] : ['local'];
}

/**
 * The lifecycle actions of an objection (server: objection-lifecycle.ts) and the permission each route needs
 * (objections.controller.ts): only the Atasan PPID decides; the desk records disputes, closes and withdraws.
 */
export const OBJECTION_ACTIONS = ['decide', 'dispute', 'conclude', 'close', 'withdraw'] as const;
export type ObjectionAction = (typeof OBJECTION_ACTIONS)[number];

const OBJECTION_ACTION_PERMISSIONS: Record<ObjectionAction, Permission> = {
  decide: Permission.ObjectionDecide,
  dispute: Permission.ObjectionCreate,
  conclude: Permission.ObjectionCreate,
  close: Permission.ObjectionCreate,
  withdraw: Permission.ObjectionCreate,
};

/**
 * The actions to offer on an objection: those its status allows (`allowedActions` from the server) and the
 * user's permissions allow, in lifecycle order.
 */
export function offeredObjectionActions(
  permissions: readonly string[] | null | undefined,
  allowed: readonly string[] | null | undefined,
): ObjectionAction[] {
  if (!Array.isArray(permissions) || !Array.isArray(allowed)) return [];
  return OBJECTION_ACTIONS.filter(
    (action) => allowed.includes(action) && permissions.includes(OBJECTION_ACTION_PERMISSIONS[action]),
  );
}

// ── DIP (SOP 3): what the entry and version pages offer; the server checks again (dip.service.ts) ──
// (names kept DIP-specific: other screens add their helpers to this file too)

type DipPermissions = readonly string[] | null | undefined;
/** The signed-in user as far as the DIP rules care: their office and, for liaison staff, their unit. */
export type DipActor = { officeId?: number | string | null; unitId?: number | string | null } | null | undefined;

const holdsDip = (permissions: DipPermissions, permission: Permission) =>
  Array.isArray(permissions) && permissions.includes(permission);
const sameDipId = (a: unknown, b: unknown) =>
  a !== null && a !== undefined && b !== null && b !== undefined && String(a) === String(b);

/**
 * The PPID classifies the entries of their own office (berkala, serta merta, setiap saat, or dikecualikan with
 * the Pasal 17 basis and the consequence test); a parent office only reads its children's lists.
 */
export function canClassifyDip(
  permissions: DipPermissions,
  actor: DipActor,
  entry: { officeId: number | string; status: string } | null | undefined,
): boolean {
  return (
    holdsDip(permissions, Permission.DipManage) &&
    !!entry &&
    entry.status !== 'withdrawn' &&
    sameDipId(entry.officeId, actor?.officeId)
  );
}

/** The PPID establishes a new version of their office's list by decree (SK PPID). */
export function canEstablishDip(permissions: DipPermissions): boolean {
  return holdsDip(permissions, Permission.DipManage);
}

/** The PPID publishes a version of their office's list, once: a published version stays as it is. */
export function canPublishDipVersion(
  permissions: DipPermissions,
  actor: DipActor,
  version: { officeId: number | string; publishedAt: string | null } | null | undefined,
): boolean {
  return (
    holdsDip(permissions, Permission.DipManage) &&
    !!version &&
    !version.publishedAt &&
    sameDipId(version.officeId, actor?.officeId)
  );
}

/**
 * Who may change an entry: the PPID any entry of their office; a liaison officer (dip.draft) only the drafts
 * of their own unit — once submitted, the entry is the PPID's.
 */
export function canEditDipEntry(
  permissions: DipPermissions,
  actor: DipActor,
  entry: { officeId: number | string; unitId: number | string | null; status: string } | null | undefined,
): boolean {
  if (!entry || !sameDipId(entry.officeId, actor?.officeId)) return false;
  if (holdsDip(permissions, Permission.DipManage)) return true;
  return (
    holdsDip(permissions, Permission.DipDraft) && entry.status === 'draft' && sameDipId(entry.unitId, actor?.unitId)
  );
}

/** Only a draft goes to the PPID, sent by whoever may change it. */
export function canSubmitDipEntry(
  permissions: DipPermissions,
  actor: DipActor,
  entry: { officeId: number | string; unitId: number | string | null; status: string } | null | undefined,
): boolean {
  return entry?.status === 'draft' && canEditDipEntry(permissions, actor, entry);
}
