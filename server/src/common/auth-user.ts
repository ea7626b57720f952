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

/** The id of an actor who is not a staff account: a requester acting through the portal. Stored as null. */
export const NOT_STAFF = 0;

/** The staff account behind an actor, or null for a requester acting through the portal. */
export function staffId(actor: AuthUser | null): number | null {
  return actor && actor.id !== NOT_STAFF ? actor.id : null;
}

/**
 * A requester acting through the portal (filing an objection, completing a request), as the services see an actor:
 * no staff account (id NOT_STAFF), reach limited to the one office the matter belongs to and to what the portal offers.
 */
export function portalActor(
  office: { id: number; path: string },
  email: string,
  name: string,
  ip: string | null,
): AuthUser {
  return {
    id: NOT_STAFF,
    username: `portal:${email}`.slice(0, 100),
    fullName: `${name} (pemohon, melalui portal)`,
    officeId: office.id,
    officePath: office.path,
    unitId: null,
    roles: [],
    permissions: [Permission.RequestRead, Permission.ObjectionRead, Permission.ObjectionCreate],
    ip,
  };
}
