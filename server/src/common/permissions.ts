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

/** Permissions granted by each role, within the user's own office (reads also reach descendant offices). */
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  admin: [
    Permission.OfficeRead,
    Permission.OfficeCreate,
    Permission.OfficeUpdate,
    Permission.UserRead,
    Permission.UserManage,
    Permission.AuditRead,
  ],
  desk: [Permission.OfficeRead],
  ppid: [Permission.OfficeRead, Permission.UserRead],
  atasan: [Permission.OfficeRead, Permission.UserRead, Permission.AuditRead],
  penghubung: [Permission.OfficeRead],
  pertimbangan: [Permission.OfficeRead],
};

export function permissionsForRoles(roles: readonly string[]): Permission[] {
  const set = new Set<Permission>();
  for (const role of roles) for (const p of ROLE_PERMISSIONS[role as Role] ?? []) set.add(p);
  return [...set].sort();
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
