// The server's one list of permissions and roles; the console never defines its own.
export {
  Permission,
  ROLES,
  ROLE_LABELS,
  ROLE_PERMISSIONS,
  permissionsForRoles,
  isRole,
} from '../../server/src/common/permissions';
export type { Role } from '../../server/src/common/permissions';
