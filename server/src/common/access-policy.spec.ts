/**
 * The code grants what the reviewed policy (docs/access-policy.json, written from the SOPs and regulations) grants:
 * no more, no less. A change of a role's permissions is a change of the policy first, reviewed there.
 */
import { AccessPolicy, loadAccessPolicy, POLICY_FILE, RELATIONS } from '../../../test/support/access-policy';
import { DECIDE_OR_SIGN, DECIDING_ROLES, Permission, READ_PERMISSIONS, ROLE_PERMISSIONS, ROLES } from './permissions';

/** Every difference between the grants in code and in the policy, one line each, naming the role and permission. */
export function grantDifferences(
  policy: AccessPolicy,
  code: Record<string, readonly string[]>,
  roles: readonly string[] = Object.keys(code),
): string[] {
  const out: string[] = [];
  for (const role of roles) {
    const granted = new Set(code[role] ?? []);
    const intended = new Set(Object.keys(policy.roles[role]?.grants ?? {}));
    for (const p of granted)
      if (!intended.has(p))
        out.push(`${role}: ROLE_PERMISSIONS grants ${p}, which docs/access-policy.json does not grant`);
    for (const p of intended)
      if (!granted.has(p))
        out.push(`${role}: docs/access-policy.json grants ${p}, which ROLE_PERMISSIONS does not grant`);
  }
  return out;
}

const policy = loadAccessPolicy();
const ALL = Object.values(Permission) as string[];

describe(`access policy (${POLICY_FILE.replace(/^.*\/docs\//, 'docs/')})`, () => {
  it('names every permission of the enum, and no other', () => {
    const named = Object.keys(policy.permissions);
    expect({
      missingFromPolicy: ALL.filter((p) => !named.includes(p)),
      unknownInPolicy: named.filter((p) => !ALL.includes(p)),
    }).toEqual({ missingFromPolicy: [], unknownInPolicy: [] });
  });

  it('names every role, and no other', () => {
    expect(Object.keys(policy.roles).sort()).toEqual([...ROLES].sort());
  });

  it('grants and withholds only permissions that exist, never both at once', () => {
    const problems: string[] = [];
    for (const [role, r] of Object.entries(policy.roles)) {
      for (const p of [...Object.keys(r.grants), ...Object.keys(r.withheld ?? {})])
        if (!ALL.includes(p)) problems.push(`${role}: unknown permission ${p}`);
      for (const p of Object.keys(r.withheld ?? {}))
        if (Object.hasOwn(r.grants, p)) problems.push(`${role}: ${p} both granted and withheld`);
      for (const [p, why] of Object.entries(r.grants)) if (!why.trim()) problems.push(`${role}: ${p} without a reason`);
    }
    expect(problems).toEqual([]);
  });

  it.each([...ROLES])('ROLE_PERMISSIONS.%s grants exactly what the policy grants', (role) => {
    const diff = grantDifferences(policy, ROLE_PERMISSIONS, [role]);
    if (diff.length) throw new Error(`${diff.length} difference(s):\n  ${diff.join('\n  ')}`);
  });

  it('a grant more or less than the policy is reported with its role and permission', () => {
    const tampered = {
      ...ROLE_PERMISSIONS,
      desk: [...ROLE_PERMISSIONS.desk, Permission.RequestDecide],
      atasan: ROLE_PERMISSIONS.atasan.filter((p) => p !== Permission.ObjectionDecide),
    };
    expect(grantDifferences(policy, tampered)).toEqual([
      'desk: ROLE_PERMISSIONS grants request.decide, which docs/access-policy.json does not grant',
      'atasan: docs/access-policy.json grants objection.decide, which ROLE_PERMISSIONS does not grant',
    ]);
  });

  it("the office rule: own office allowed, any other office hidden; reads reach the child offices, changes don't", () => {
    const problems: string[] = [];
    for (const [p, def] of Object.entries(policy.permissions)) {
      for (const rel of RELATIONS) if (!def.reach[rel]) problems.push(`${p}: no outcome for ${rel}`);
      if (def.reach.own !== 'allow') problems.push(`${p}: own office ${def.reach.own}`);
      if (def.reach.other !== 'hidden') problems.push(`${p}: other office ${def.reach.other}`);
      const reachesChild = def.reach.child !== 'forbid';
      if (reachesChild !== READ_PERMISSIONS.has(p as Permission))
        problems.push(
          `${p}: the policy ${reachesChild ? 'lets it read' : 'refuses it in'} a child office, READ_PERMISSIONS ${READ_PERMISSIONS.has(p as Permission) ? 'has' : 'lacks'} it`,
        );
    }
    expect(problems).toEqual([]);
  });

  describe('separation of duties', () => {
    const sod = policy.separationOfDuties;

    it('the code decides or signs with the same permissions, and knows the same deciding roles', () => {
      expect([...DECIDE_OR_SIGN].sort()).toEqual([...sod.decideOrSign].sort());
      expect([...DECIDING_ROLES].sort()).toEqual([...sod.decidingRoles].sort());
    });

    it('names real permissions and roles', () => {
      expect(sod.decideOrSign.filter((p) => !ALL.includes(p))).toEqual([]);
      expect(
        [sod.administratorRole, ...sod.decidingRoles].filter((r) => !(ROLES as readonly string[]).includes(r)),
      ).toEqual([]);
    });

    it('the administrator neither decides nor signs, in the policy and in the code', () => {
      const admin = sod.administratorRole;
      expect(Object.keys(policy.roles[admin].grants).filter((p) => sod.decideOrSign.includes(p))).toEqual([]);
      expect(ROLE_PERMISSIONS[admin as 'admin'].filter((p) => sod.decideOrSign.includes(p))).toEqual([]);
    });

    it('the roles whose permission sets decide or sign are exactly PPID, Atasan PPID and Tim Pertimbangan', () => {
      const deciding = ROLES.filter((r) => ROLE_PERMISSIONS[r].some((p) => sod.decideOrSign.includes(p)));
      expect([...deciding].sort()).toEqual([...sod.decidingRoles].sort());
      expect([...sod.decidingRoles].sort()).toEqual(['atasan', 'pertimbangan', 'ppid']);
    });
  });
});
