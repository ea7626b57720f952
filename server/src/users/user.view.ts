import { Office, OFFICE_LEVELS } from '../offices/office.entity';
import { Nullable, Prop } from '../common/api-views';
import { Permission, permissionsForRoles, ROLES } from '../common/permissions';
import { User } from './user.entity';

/** The office a user belongs to, in short. */
export class OfficeRef {
  @Prop(Number) id: number;
  @Prop(String) code: string;
  @Prop(String) name: string;
  @Prop(String, { enum: OFFICE_LEVELS, enumName: 'OfficeLevel' }) level: string;
  @Prop(String) timeZone: string;
  @Nullable(Number) parentId: number | null;
}

export class UserView {
  @Prop(Number) id: number;
  @Prop(String) username: string;
  @Prop(String) fullName: string;
  @Nullable(String) nip: string | null;
  @Nullable(String) position: string | null;
  @Nullable(String) email: string | null;
  @Prop(Number) officeId: number;
  @Nullable(Number) unitId: number | null;
  @Nullable(OfficeRef) office: OfficeRef | null;
  @Prop([String], { enum: ROLES, enumName: 'Role' }) roles: string[];
  @Prop(Boolean) active: boolean;
  /** the daily e-mail digest of waiting work */
  @Prop(Boolean) dailyDigest: boolean;
  @Nullable(Date) lastLoginAt: Date | null;
  @Prop(Date) createdAt: Date;
  @Prop(Date) updatedAt: Date;
}

/** The signed-in user (POST /auth/login, GET /auth/me) with the permissions of their roles. */
export class MeView extends UserView {
  @Prop(OfficeRef, { nullable: false }) office: OfficeRef;
  @Prop([String], { enum: Object.values(Permission), enumName: 'Permission' }) permissions: string[];
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
  // the signed-in user's office is always loaded with them (AuthService reads the user with their office)
  if (!v.office) throw new Error(`user ${u.id} read without their office`);
  return { ...v, office: v.office, permissions: permissionsForRoles(v.roles) };
}
