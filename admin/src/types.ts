export type OfficeLevel = 'national' | 'province' | 'regency';

export const TIME_ZONES = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'] as const;
export type TimeZone = (typeof TIME_ZONES)[number];

export interface MeOffice {
  id: number | string;
  code: string;
  name: string;
  level: OfficeLevel;
  timeZone: string;
  parentId: number | string | null;
}

/** The signed-in user, as answered by POST /api/auth/login and GET /api/auth/me. */
export interface Me {
  id: number | string;
  username: string;
  fullName: string;
  nip: string | null;
  position: string | null;
  email: string | null;
  active: boolean;
  office: MeOffice;
  roles: string[];
  permissions: string[];
}

export interface TokenResponse {
  accessToken: string;
  refreshToken: string;
  /** seconds */
  expiresIn: number;
  user: Me;
}

export interface User {
  id: number | string;
  username: string;
  fullName: string;
  nip: string | null;
  position: string | null;
  email: string | null;
  officeId: number | string;
  office: { id: number | string; name: string; code: string };
  roles: string[];
  active: boolean;
  lastLoginAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface Office {
  id: number | string;
  parentId: number | string | null;
  level: OfficeLevel;
  code: string;
  name: string;
  letterheadLine1: string | null;
  letterheadLine2: string | null;
  address: string | null;
  city: string | null;
  postalCode: string | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  timeZone: TimeZone;
  createdAt: string;
  updatedAt: string;
}

export interface AuditLog {
  id: number | string;
  at: string;
  userId: number | string | null;
  username: string | null;
  officeId: number | string | null;
  action: string;
  entityType: string;
  entityId: string | number | null;
  changes: unknown;
  ip: string | null;
}
