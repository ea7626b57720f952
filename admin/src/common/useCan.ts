import { usePermissions } from 'react-admin';
import { canAccess } from '../access';

/**
 * Whether the signed-in user may do `action` on `resource`, from the permissions the menu already holds.
 * react-admin's useCanAccess runs one query per (resource, action): when a card that asked is unmounted
 * while its query is in flight and a page asking the same question mounts (the dashboard's "register"
 * button, then the intake form, right after sign-in), react-query cancels the query and the page waits
 * on "Memuat" for good. The answer is a pure function of the permissions (access.ts) anyway.
 */
export function useCan(action: string, resource: string): boolean {
  const { permissions } = usePermissions<string[]>();
  return canAccess(permissions, { action, resource });
}
