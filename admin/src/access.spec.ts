import { accessibleResources, canAccess } from './access';
import { Permission, ROLE_PERMISSIONS, permissionsForRoles } from './permissions';

describe('console access rules', () => {
  const admin = [...ROLE_PERMISSIONS.admin];
  const desk = [...ROLE_PERMISSIONS.desk];
  const ppid = [...ROLE_PERMISSIONS.ppid];
  const atasan = [...ROLE_PERMISSIONS.atasan];

  it('lets an administrator list, show, create and edit users and offices', () => {
    for (const resource of ['users', 'offices']) {
      for (const action of ['list', 'show', 'create', 'edit']) {
        expect(canAccess(admin, { action, resource })).toBe(true);
      }
    }
  });

  it('lets anyone holding office.read list and show offices but not change them', () => {
    expect(canAccess(desk, { action: 'list', resource: 'offices' })).toBe(true);
    expect(canAccess(desk, { action: 'show', resource: 'offices' })).toBe(true);
    expect(canAccess(desk, { action: 'create', resource: 'offices' })).toBe(false);
    expect(canAccess(desk, { action: 'edit', resource: 'offices' })).toBe(false);
  });

  it('requires office.create to create and office.update to edit an office, separately', () => {
    const creator = [Permission.OfficeRead, Permission.OfficeCreate];
    expect(canAccess(creator, { action: 'create', resource: 'offices' })).toBe(true);
    expect(canAccess(creator, { action: 'edit', resource: 'offices' })).toBe(false);
    const updater = [Permission.OfficeRead, Permission.OfficeUpdate];
    expect(canAccess(updater, { action: 'edit', resource: 'offices' })).toBe(true);
    expect(canAccess(updater, { action: 'create', resource: 'offices' })).toBe(false);
  });

  it('lets user.read see users but only user.manage create or edit them', () => {
    expect(canAccess(ppid, { action: 'list', resource: 'users' })).toBe(true);
    expect(canAccess(ppid, { action: 'show', resource: 'users' })).toBe(true);
    expect(canAccess(ppid, { action: 'create', resource: 'users' })).toBe(false);
    expect(canAccess(ppid, { action: 'edit', resource: 'users' })).toBe(false);
  });

  it('hides users from desk staff', () => {
    expect(canAccess(desk, { action: 'list', resource: 'users' })).toBe(false);
    expect(canAccess(desk, { action: 'show', resource: 'users' })).toBe(false);
  });

  it('treats the audit log as read-only, even for an administrator', () => {
    expect(canAccess(atasan, { action: 'list', resource: 'audit-logs' })).toBe(true);
    expect(canAccess(atasan, { action: 'show', resource: 'audit-logs' })).toBe(true);
    for (const action of ['create', 'edit', 'delete']) {
      expect(canAccess(admin, { action, resource: 'audit-logs' })).toBe(false);
    }
    expect(canAccess(ppid, { action: 'list', resource: 'audit-logs' })).toBe(false);
  });

  it('never offers delete, export or clone', () => {
    for (const resource of ['users', 'offices', 'audit-logs']) {
      for (const action of ['delete', 'export', 'clone']) {
        expect(canAccess(admin, { action, resource })).toBe(false);
      }
    }
  });

  it('denies unknown resources and actions, including prototype keys', () => {
    expect(canAccess(admin, { action: 'list', resource: 'requests' })).toBe(false);
    expect(canAccess(admin, { action: 'approve', resource: 'users' })).toBe(false);
    expect(canAccess(admin, { action: 'list', resource: 'constructor' })).toBe(false);
    expect(canAccess(admin, { action: 'toString', resource: 'users' })).toBe(false);
  });

  it('denies everything when permissions are missing or empty', () => {
    expect(canAccess(undefined, { action: 'list', resource: 'offices' })).toBe(false);
    expect(canAccess(null, { action: 'list', resource: 'offices' })).toBe(false);
    expect(canAccess([], { action: 'list', resource: 'offices' })).toBe(false);
  });

  it('combines the permissions of several roles', () => {
    const permissions = permissionsForRoles(['desk', 'atasan']);
    expect(accessibleResources(permissions)).toEqual(['users', 'offices', 'audit-logs']);
    expect(canAccess(permissions, { action: 'edit', resource: 'users' })).toBe(false);
  });

  it('lists, in menu order, only the resources a user may open', () => {
    expect(accessibleResources(admin)).toEqual(['users', 'offices', 'audit-logs']);
    expect(accessibleResources(desk)).toEqual(['offices']);
    expect(accessibleResources(ppid)).toEqual(['users', 'offices']);
    expect(accessibleResources([])).toEqual([]);
  });
});
