import { Office } from '../offices/office.entity';
import { permissionsForRoles } from '../common/permissions';
import { User } from './user.entity';

export interface OfficeRef {
  id: number;
  code: string;
  name: string;
  level: string;
  timeZone: string;
  parentId: number | null;
}

export interface UserView {
  id: number;
  username: string;
  fullName: string;
  nip: string | null;
  position: string | null;
  email: string | null;
  officeId: number;
  unitId: number | null;
  office: OfficeRef | null;
  roles: string[];
  active: boolean;
  dailyDigest: boolean;
  lastLoginAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface MeView extends UserView {
  permissions: string[];
}

export const officeRef = (o: Office | undefined | null): OfficeRef | null =>
  o ? { id: o.id, code: o.code, name: o.name, level: o.level, timeZone: o.timeZone, parentId: o.parentId } : null;

export function toUserView(u: User): UserView {
  return {
    id: u.id,
    username: u.username,
    fullName: u.fullName,
    nip: u.nip,
    position: u.position,
    email: u.email,
    officeId: u.officeId,
    unitId: u.unitId ?? null,
    office: officeRef(u.office),
    roles: (u.roleRows ?? []).map((r) => r.role).sort(),
    active: u.active,
    dailyDigest: Boolean(u.dailyDigest),
    lastLoginAt: u.lastLoginAt,
    createdAt: u.createdAt,
    updatedAt: u.updatedAt,
  };
}

export function toMe(u: User): MeView {
  const v = toUserView(u);
  return { ...v, permissions: permissionsForRoles(v.roles) };
}
