import { Permission, Role } from './permissions';

/** The signed-in user as every service sees it (the request context). */
export interface AuthUser {
  id: number;
  username: string;
  fullName: string;
  officeId: number;
  officePath: string;
  unitId: number | null;
  roles: Role[];
  permissions: Permission[];
  ip: string | null;
}

export function hasPermission(user: AuthUser, p: Permission): boolean {
  return user.permissions.includes(p);
}
