/**
 * The reviewed access policy, docs/access-policy.json: written from the SOPs and regulations, not from the code. The
 * unit test server/src/common/access-policy.spec.ts holds ROLE_PERMISSIONS to it, and the permission matrix takes who
 * may call a route from it (never from the server's own ROLE_PERMISSIONS, so a wrong grant cannot pass as intended).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export const POLICY_FILE = path.resolve(__dirname, '../../docs/access-policy.json');

export type Relation = 'own' | 'child' | 'parent' | 'other';
export const RELATIONS: readonly Relation[] = ['own', 'child', 'parent', 'other'];
export type Reach = 'allow' | 'masked' | 'forbid' | 'hidden';

export interface PolicyPermission {
  what: string;
  reach: Record<Relation, Reach>;
  note?: string;
}

export interface PolicyRole {
  who: string;
  basis: string;
  /** permission → why the role needs it */
  grants: Record<string, string>;
  /** permissions the role deliberately lacks → why */
  withheld?: Record<string, string>;
}

export interface AccessPolicy {
  relations: Record<Relation, string>;
  outcomes: Record<Reach, string>;
  permissions: Record<string, PolicyPermission>;
  roles: Record<string, PolicyRole>;
  separationOfDuties: {
    administratorRole: string;
    decideOrSign: string[];
    decidingRoles: string[];
    rules: Array<{ id: string; rule: string }>;
  };
}

let cached: AccessPolicy | undefined;

export function loadAccessPolicy(): AccessPolicy {
  cached ??= JSON.parse(fs.readFileSync(POLICY_FILE, 'utf8')) as AccessPolicy;
  return cached;
}

/** Whether the policy grants the permission to the role. */
export function policyGrants(role: string, permission: string): boolean {
  return Object.hasOwn(loadAccessPolicy().roles[role]?.grants ?? {}, permission);
}
