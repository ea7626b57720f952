import {
  accessibleResources,
  canAccess,
  canChangeHoliday,
  canClassifyDip,
  canEditDipEntry,
  canEstablishDip,
  canPublishDipVersion,
  canSubmitDipEntry,
  canClassifyRequest,
  canRecordSteps,
  creatableHolidayKinds,
  menuGroups,
  offeredObjectionActions,
  offeredRequestActions,
} from './access';
import { Permission, ROLE_PERMISSIONS, permissionsForRoles } from './permissions';

describe('console access rules', () => {
  const admin = [...ROLE_PERMISSIONS.admin];
  const desk = [...ROLE_PERMISSIONS.desk];
  const ppid = [...ROLE_PERMISSIONS.ppid];
  const atasan = [...ROLE_PERMISSIONS.atasan];
  const penghubung = [...ROLE_PERMISSIONS.penghubung];
  /** What the PPID may open, in menu order. */
  const ppidResources = [
    'requests',
    'metrics',
    'monthly-reports',
    'annual-reports',
    'queue',
    'daily-sheet',
    'tasks',
    'submissions',
    'requesters',
    'objections',
    'outbox',
    'dip-entries',
    'dip-versions',
    'holidays',
    'rule-sets',
    'settings',
    'mail-templates',
    'users',
    'offices',
  ];

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

  it('never offers delete, export or clone on users, offices and the audit log', () => {
    for (const resource of ['users', 'offices', 'audit-logs']) {
      for (const action of ['delete', 'export', 'clone']) {
        expect(canAccess(admin, { action, resource })).toBe(false);
      }
    }
  });

  it('denies unknown resources and actions, including prototype keys', () => {
    expect(canAccess(admin, { action: 'list', resource: 'requests' })).toBe(false);
    expect(canAccess(admin, { action: 'list', resource: 'objections' })).toBe(false);
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
    // the PPID's screens (the desk's are among them) and the Atasan's audit log
    expect(accessibleResources(permissions)).toEqual([...ppidResources, 'audit-logs']);
    expect(canAccess(permissions, { action: 'edit', resource: 'users' })).toBe(false);
  });

  it('lists, in menu order, only the resources a user may open', () => {
    expect(accessibleResources(admin)).toEqual([
      'holidays',
      'rule-sets',
      'settings',
      'mail-templates',
      'units',
      'users',
      'offices',
      'audit-logs',
    ]);
    expect(accessibleResources(desk)).toEqual([
      'requests',
      'annual-reports',
      'queue',
      'daily-sheet',
      'submissions',
      'requesters',
      'objections',
      'outbox',
      'dip-entries',
      'dip-versions',
      'holidays',
      'rule-sets',
      'settings',
      'mail-templates',
      'offices',
    ]);
    expect(accessibleResources(ppid)).toEqual(ppidResources);
    expect(accessibleResources(penghubung)).toEqual([
      'annual-reports',
      'liaison-reports',
      'tasks',
      'dip-entries',
      'dip-versions',
      'holidays',
      'offices',
    ]);
    expect(accessibleResources([])).toEqual([]);
  });

  it('keeps requester data away from administrators and liaison staff', () => {
    for (const permissions of [admin, penghubung]) {
      expect(canAccess(permissions, { action: 'list', resource: 'requesters' })).toBe(false);
      expect(canAccess(permissions, { action: 'list', resource: 'requests' })).toBe(false);
    }
    expect(canAccess(atasan, { action: 'show', resource: 'requesters' })).toBe(true);
    expect(canAccess(atasan, { action: 'edit', resource: 'requesters' })).toBe(false);
    expect(canAccess(desk, { action: 'edit', resource: 'requesters' })).toBe(true);
  });

  it('lets the desk and the PPID register requests, but not the Atasan', () => {
    expect(canAccess(desk, { action: 'create', resource: 'requests' })).toBe(true);
    expect(canAccess(ppid, { action: 'create', resource: 'requests' })).toBe(true);
    expect(canAccess(atasan, { action: 'create', resource: 'requests' })).toBe(false);
    expect(canAccess(desk, { action: 'delete', resource: 'requests' })).toBe(false);
  });

  it('gives the web submission queue to those who register requests, read-only as a resource', () => {
    expect(canAccess(desk, { action: 'list', resource: 'submissions' })).toBe(true);
    expect(canAccess(ppid, { action: 'show', resource: 'submissions' })).toBe(true);
    for (const permissions of [atasan, admin, penghubung]) {
      expect(canAccess(permissions, { action: 'list', resource: 'submissions' })).toBe(false);
    }
    for (const action of ['create', 'edit', 'delete']) {
      expect(canAccess(desk, { action, resource: 'submissions' })).toBe(false);
    }
  });

  it('allows deleting holidays, and nothing else, to holiday managers', () => {
    expect(canAccess(admin, { action: 'delete', resource: 'holidays' })).toBe(true);
    expect(canAccess(desk, { action: 'delete', resource: 'holidays' })).toBe(false);
    expect(canAccess(desk, { action: 'list', resource: 'holidays' })).toBe(true);
    for (const resource of ['requests', 'tasks', 'requesters', 'units', 'settings']) {
      expect(canAccess(admin, { action: 'delete', resource })).toBe(false);
    }
  });

  it('gives the rules page to every reader and its form to administrators only', () => {
    expect(canAccess(desk, { action: 'list', resource: 'settings' })).toBe(true);
    expect(canAccess(desk, { action: 'edit', resource: 'settings' })).toBe(false);
    expect(canAccess(admin, { action: 'edit', resource: 'settings' })).toBe(true);
  });

  it('lets the desk register objections, only the Atasan PPID decide them, and the liaison draft DIP entries', () => {
    const atasan = permissionsForRoles(['atasan']);
    expect(canAccess(desk, { action: 'create', resource: 'objections' })).toBe(true);
    expect(canAccess(atasan, { action: 'create', resource: 'objections' })).toBe(false);
    expect(canAccess(atasan, { action: 'list', resource: 'objections' })).toBe(true);
    expect(canAccess(penghubung, { action: 'create', resource: 'dip-entries' })).toBe(true);
    expect(canAccess(penghubung, { action: 'create', resource: 'dip-versions' })).toBe(false);
    expect(canAccess(ppid, { action: 'create', resource: 'dip-versions' })).toBe(true);
  });

  it('shows the service dashboard to the PPID and the Atasan PPID, read-only', () => {
    expect(canAccess(ppid, { action: 'list', resource: 'metrics' })).toBe(true);
    expect(canAccess(atasan, { action: 'list', resource: 'metrics' })).toBe(true);
    for (const permissions of [desk, admin, penghubung])
      expect(canAccess(permissions, { action: 'list', resource: 'metrics' })).toBe(false);
    expect(canAccess(ppid, { action: 'create', resource: 'monthly-reports' })).toBe(true);
    expect(canAccess(atasan, { action: 'create', resource: 'monthly-reports' })).toBe(false);
    expect(canAccess(atasan, { action: 'show', resource: 'monthly-reports' })).toBe(true);
    for (const action of ['show', 'create', 'edit', 'delete', 'export'])
      expect(canAccess(ppid, { action, resource: 'metrics' })).toBe(false);
  });

  it('shows the annual report to its readers (the Tim Pertimbangan and the desk too) and lets only the PPID prepare it', () => {
    const pertimbangan = permissionsForRoles(['pertimbangan']);
    expect(accessibleResources(pertimbangan)).toEqual(['annual-reports', 'holidays', 'offices']);
    for (const permissions of [ppid, atasan, desk, pertimbangan])
      expect(canAccess(permissions, { action: 'show', resource: 'annual-reports' })).toBe(true);
    expect(canAccess(ppid, { action: 'create', resource: 'annual-reports' })).toBe(true);
    for (const permissions of [atasan, desk, pertimbangan, penghubung, admin])
      expect(canAccess(permissions, { action: 'create', resource: 'annual-reports' })).toBe(false);
    // liaison staff read the annual report their written reports go into, and send those reports
    expect(canAccess(penghubung, { action: 'list', resource: 'annual-reports' })).toBe(true);
    expect(canAccess(penghubung, { action: 'list', resource: 'liaison-reports' })).toBe(true);
    expect(canAccess(ppid, { action: 'list', resource: 'liaison-reports' })).toBe(false);
    expect(canAccess(ppid, { action: 'edit', resource: 'annual-reports' })).toBe(false);
  });

  it('shows the unit screens to administrators only', () => {
    expect(canAccess(admin, { action: 'list', resource: 'units' })).toBe(true);
    expect(canAccess(admin, { action: 'create', resource: 'units' })).toBe(true);
    expect(canAccess(ppid, { action: 'list', resource: 'units' })).toBe(false);
  });

  it('groups the menu into service, configuration and the audit log, leaving out empty groups', () => {
    expect(menuGroups(ppid)).toEqual([
      {
        label: 'lentera.menu.service',
        items: [
          'requests',
          'metrics',
          'monthly-reports',
          'annual-reports',
          'queue',
          'daily-sheet',
          'tasks',
          'submissions',
          'requesters',
          'objections',
          'outbox',
        ],
      },
      { label: 'lentera.menu.dip', items: ['dip-entries', 'dip-versions'] },
      {
        label: 'lentera.menu.configuration',
        items: ['holidays', 'rule-sets', 'settings', 'mail-templates', 'users', 'offices'],
      },
    ]);
    expect(menuGroups(admin)).toEqual([
      {
        label: 'lentera.menu.configuration',
        items: ['holidays', 'rule-sets', 'settings', 'mail-templates', 'units', 'users', 'offices'],
      },
      { label: null, items: ['audit-logs'] },
    ]);
    expect(menuGroups([])).toEqual([]);
  });
});

describe('rule sets and the regime of a request', () => {
  it('shows every reader of the settings the rules; only administrators publish a new version', () => {
    for (const role of ['admin', 'desk', 'ppid', 'atasan'] as const)
      expect(canAccess([...ROLE_PERMISSIONS[role]], { action: 'list', resource: 'rule-sets' })).toBe(true);
    expect(canAccess([...ROLE_PERMISSIONS.penghubung], { action: 'list', resource: 'rule-sets' })).toBe(false);
    expect(canAccess([...ROLE_PERMISSIONS.admin], { action: 'create', resource: 'rule-sets' })).toBe(true);
    for (const role of ['desk', 'ppid', 'atasan'] as const)
      expect(canAccess([...ROLE_PERMISSIONS[role]], { action: 'create', resource: 'rule-sets' })).toBe(false);
  });

  it('offers "Ubah klasifikasi" only while the server allows it, to those who change requests', () => {
    const ppid = [...ROLE_PERMISSIONS.ppid];
    expect(canClassifyRequest(ppid, ['classify', 'decide'])).toBe(true);
    expect(canClassifyRequest([...ROLE_PERMISSIONS.desk], ['classify'])).toBe(true);
    expect(canClassifyRequest(ppid, ['deliver'])).toBe(false);
    expect(canClassifyRequest([...ROLE_PERMISSIONS.atasan], ['classify'])).toBe(false);
    expect(canClassifyRequest(undefined, ['classify'])).toBe(false);
    expect(canClassifyRequest(ppid, undefined)).toBe(false);
  });
});

describe('request actions offered', () => {
  const desk = [...ROLE_PERMISSIONS.desk];
  const ppid = [...ROLE_PERMISSIONS.ppid];
  const atasan = [...ROLE_PERMISSIONS.atasan];
  const fresh = ['incomplete', 'assign', 'extend', 'decide', 'withdraw'];

  it('offers the PPID every action the status allows', () => {
    expect(offeredRequestActions(ppid, fresh)).toEqual(['incomplete', 'assign', 'extend', 'decide', 'withdraw']);
  });

  it('keeps assign, extend and decide from the desk', () => {
    expect(offeredRequestActions(desk, fresh)).toEqual(['incomplete', 'withdraw']);
    expect(offeredRequestActions(desk, ['deliver'])).toEqual(['deliver']);
    expect(offeredRequestActions(desk, ['close'])).toEqual(['close']);
  });

  it('offers the Atasan nothing: reading is not acting', () => {
    expect(offeredRequestActions(atasan, fresh)).toEqual([]);
    expect(canRecordSteps(atasan)).toBe(false);
    expect(canRecordSteps(desk)).toBe(true);
  });

  it('never offers an action the status does not allow, nor an unknown one', () => {
    expect(offeredRequestActions(ppid, [])).toEqual([]);
    expect(offeredRequestActions(ppid, ['approve', 'toString'])).toEqual([]);
    expect(offeredRequestActions(ppid, undefined)).toEqual([]);
    expect(offeredRequestActions(undefined, fresh)).toEqual([]);
  });
});

describe('objection actions offered', () => {
  const desk = [...ROLE_PERMISSIONS.desk];
  const ppid = [...ROLE_PERMISSIONS.ppid];
  const atasan = [...ROLE_PERMISSIONS.atasan];
  const admin = [...ROLE_PERMISSIONS.admin];
  const registered = ['decide', 'dispute', 'withdraw'];

  it('offers the decision to the Atasan PPID only', () => {
    expect(offeredObjectionActions(atasan, registered)).toEqual(['decide']);
    expect(offeredObjectionActions(desk, registered)).toEqual(['dispute', 'withdraw']);
    expect(offeredObjectionActions(ppid, registered)).toEqual(['dispute', 'withdraw']);
    expect(offeredObjectionActions(admin, registered)).toEqual([]);
  });

  it('lets the desk record the dispute, its end and the closing, but gives the Atasan nothing after the decision', () => {
    expect(offeredObjectionActions(desk, ['dispute', 'close'])).toEqual(['dispute', 'close']);
    expect(offeredObjectionActions(desk, ['conclude'])).toEqual(['conclude']);
    expect(offeredObjectionActions(atasan, ['dispute', 'close'])).toEqual([]);
  });

  it('follows the lifecycle order and the holder of several roles', () => {
    expect(offeredObjectionActions(permissionsForRoles(['desk', 'atasan']), ['withdraw', 'dispute', 'decide'])).toEqual(
      ['decide', 'dispute', 'withdraw'],
    );
  });

  it('never offers an action the status does not allow, nor an unknown one', () => {
    expect(offeredObjectionActions(atasan, [])).toEqual([]);
    expect(offeredObjectionActions(desk, ['assign', 'deliver', 'toString'])).toEqual([]);
    expect(offeredObjectionActions(desk, undefined)).toEqual([]);
    expect(offeredObjectionActions(undefined, registered)).toEqual([]);
  });
});

describe('holiday ownership', () => {
  const admin = [...ROLE_PERMISSIONS.admin];
  const desk = [...ROLE_PERMISSIONS.desk];
  const national = { id: 1, level: 'national' };
  const regency = { id: 4, level: 'regency' };

  it('lets only national administrators change national holidays and cuti bersama', () => {
    expect(canChangeHoliday(admin, national, { officeId: null })).toBe(true);
    expect(canChangeHoliday(admin, regency, { officeId: null })).toBe(false);
  });

  it("lets an office's administrators change its own local closures only", () => {
    expect(canChangeHoliday(admin, regency, { officeId: 4 })).toBe(true);
    expect(canChangeHoliday(admin, regency, { officeId: '4' })).toBe(true);
    expect(canChangeHoliday(admin, regency, { officeId: 5 })).toBe(false);
    expect(canChangeHoliday(admin, national, { officeId: 4 })).toBe(false);
  });

  it('needs holiday.manage in any case', () => {
    expect(canChangeHoliday(desk, regency, { officeId: 4 })).toBe(false);
    expect(canChangeHoliday(admin, undefined, { officeId: 4 })).toBe(false);
  });

  it('offers national kinds on the create form only at the national office', () => {
    expect(creatableHolidayKinds(national)).toEqual(['national', 'cuti_bersama', 'local']);
    expect(creatableHolidayKinds(regency)).toEqual(['local']);
    expect(creatableHolidayKinds(undefined)).toEqual(['local']);
  });
});

describe('DIP actions offered', () => {
  const ppid = [...ROLE_PERMISSIONS.ppid];
  const penghubung = [...ROLE_PERMISSIONS.penghubung];
  const desk = [...ROLE_PERMISSIONS.desk];
  const atasan = [...ROLE_PERMISSIONS.atasan];
  const liaison = { officeId: 4, unitId: 7 };
  const kasubbag = { officeId: 4, unitId: null };
  const provincePpid = { officeId: 2, unitId: null };
  const draft = { officeId: 4, unitId: 7, status: 'draft' };

  it('lets the PPID of the office classify any entry, and nobody else', () => {
    expect(canClassifyDip(ppid, kasubbag, { officeId: 4, status: 'submitted' })).toBe(true);
    expect(canClassifyDip(ppid, kasubbag, { officeId: '4', status: 'classified' })).toBe(true);
    for (const permissions of [penghubung, desk, atasan])
      expect(canClassifyDip(permissions, liaison, { officeId: 4, status: 'submitted' })).toBe(false);
  });

  it("leaves a child office's entries and versions read-only for a parent office's PPID", () => {
    expect(canClassifyDip(ppid, provincePpid, { officeId: 4, status: 'submitted' })).toBe(false);
    expect(canEditDipEntry(ppid, provincePpid, draft)).toBe(false);
    expect(canPublishDipVersion(ppid, provincePpid, { officeId: 4, publishedAt: null })).toBe(false);
  });

  it('offers establishing a version to dip.manage only', () => {
    expect(canEstablishDip(ppid)).toBe(true);
    expect(canEstablishDip(penghubung)).toBe(false);
    expect(canEstablishDip(desk)).toBe(false);
    expect(canEstablishDip(undefined)).toBe(false);
  });

  it('offers publishing once: not on a published version', () => {
    expect(canPublishDipVersion(ppid, kasubbag, { officeId: 4, publishedAt: null })).toBe(true);
    expect(canPublishDipVersion(ppid, kasubbag, { officeId: 4, publishedAt: '2026-11-23T03:00:00.000Z' })).toBe(false);
    expect(canPublishDipVersion(atasan, kasubbag, { officeId: 4, publishedAt: null })).toBe(false);
    expect(canPublishDipVersion(ppid, kasubbag, undefined)).toBe(false);
  });

  it("lets a liaison officer edit and submit their own unit's drafts only", () => {
    expect(canEditDipEntry(penghubung, liaison, draft)).toBe(true);
    expect(canSubmitDipEntry(penghubung, liaison, draft)).toBe(true);
    expect(canEditDipEntry(penghubung, { officeId: '4', unitId: '7' }, draft)).toBe(true);
    // another unit's draft, a submitted or classified entry, an entry without a unit
    expect(canEditDipEntry(penghubung, liaison, { ...draft, unitId: 8 })).toBe(false);
    expect(canEditDipEntry(penghubung, liaison, { ...draft, status: 'submitted' })).toBe(false);
    expect(canSubmitDipEntry(penghubung, liaison, { ...draft, status: 'submitted' })).toBe(false);
    expect(canEditDipEntry(penghubung, liaison, { ...draft, status: 'classified' })).toBe(false);
    expect(canEditDipEntry(penghubung, liaison, { ...draft, unitId: null })).toBe(false);
    // an account not linked to a unit
    expect(canEditDipEntry(penghubung, { officeId: 4, unitId: null }, { ...draft, unitId: null })).toBe(false);
  });

  it('lets the PPID edit any entry of the office, but submit only drafts', () => {
    expect(canEditDipEntry(ppid, kasubbag, { ...draft, status: 'classified' })).toBe(true);
    expect(canSubmitDipEntry(ppid, kasubbag, draft)).toBe(true);
    expect(canSubmitDipEntry(ppid, kasubbag, { ...draft, status: 'classified' })).toBe(false);
  });

  it('offers nothing to readers, or without permissions or an entry', () => {
    for (const permissions of [desk, atasan, [], undefined, null]) {
      expect(canEditDipEntry(permissions, liaison, draft)).toBe(false);
      expect(canSubmitDipEntry(permissions, liaison, draft)).toBe(false);
    }
    expect(canEditDipEntry(ppid, kasubbag, undefined)).toBe(false);
    expect(canEditDipEntry(ppid, undefined, draft)).toBe(false);
  });
});
