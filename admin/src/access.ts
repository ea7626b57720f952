import { Permission } from './permissions';

export type Action = 'list' | 'show' | 'create' | 'edit' | 'delete' | 'export' | 'clone';
export type ResourceName = 'users' | 'offices' | 'audit-logs';

/**
 * Which permission each screen needs. The server stays the authority (it also checks the office
 * scope); this only decides what the console offers. A missing entry means "never".
 */
const RULES: Record<ResourceName, Partial<Record<Action, Permission>>> = {
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

/** Deny by default: unknown resources, unknown actions and missing permissions all answer false. */
export function canAccess(
  permissions: readonly string[] | null | undefined,
  { action, resource }: { action: string; resource: string },
): boolean {
  if (!Array.isArray(permissions)) return false;
  const rules = Object.prototype.hasOwnProperty.call(RULES, resource)
    ? RULES[resource as ResourceName]
    : undefined;
  const needed = rules && Object.prototype.hasOwnProperty.call(rules, action)
    ? rules[action as Action]
    : undefined;
  return needed !== undefined && permissions.includes(needed);
}

/** Resources whose list the user may open, in menu order. */
export function accessibleResources(permissions: readonly string[] | null | undefined): ResourceName[] {
  return RESOURCES.filter((resource) => canAccess(permissions, { action: 'list', resource }));
}
