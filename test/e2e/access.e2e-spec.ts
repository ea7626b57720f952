import { User, UserRole } from '../../server/src/users/user.entity';
import { loadAccessPolicy } from '../support/access-policy';
import { requestBody } from '../support/fixtures';
import { createTestApp, officeId, TestApp, userId } from '../support/test-app';

describe('permissions and the office rule', () => {
  let t: TestApp;
  const auth = async (username: string) => ({ Authorization: `Bearer ${await t.token(username)}` });

  beforeAll(async () => {
    t = await createTestApp();
    // A province-level admin, to prove the office rule on an action the role itself allows.
    const banten = await officeId(t, 'KPU-BTN');
    const ri = await officeId(t, 'KPU-RI');
    expect(banten).toBeGreaterThan(ri);
  });
  afterAll(async () => t?.close());

  it('gives desk staff 403 on user administration', async () => {
    const h = await auth('desk');
    const list = await t.http().get('/api/users').set(h).expect(403);
    expect(list.body.message).toBe('Anda tidak memiliki izin user.read');
    await t
      .http()
      .post('/api/users')
      .set(h)
      .send({ username: 'x1', password: 'abcdefghijkl', fullName: 'X', roles: ['desk'] })
      .expect(403);
    await t
      .http()
      .patch(`/api/users/${await userId(t, 'desk')}`)
      .set(h)
      .send({ fullName: 'Y' })
      .expect(403);
  });

  it("answers 404 for a sibling regency's records", async () => {
    const h = await auth('admin'); // KPU Kabupaten Lebak
    const serangUser = await userId(t, 'ppid.serang');
    const r = await t.http().get(`/api/users/${serangUser}`).set(h).expect(404);
    expect(r.body.message).toBe('Pengguna tidak ditemukan');
    await t.http().patch(`/api/users/${serangUser}`).set(h).send({ fullName: 'Diretas' }).expect(404);
    await t
      .http()
      .get(`/api/offices/${await officeId(t, 'KPU-SRG')}`)
      .set(h)
      .expect(404);
    await t
      .http()
      .get(`/api/offices/${await officeId(t, 'KPU-SRG')}/users.pdf`)
      .set(h)
      .expect(404);
    // an id that does not exist at all looks the same
    await t.http().get('/api/users/999999').set(h).expect(404);
    const list = await t.http().get('/api/users').set(h).query({ range: '[0,99]' }).expect(200);
    const offices = new Set(list.body.map((u: { office: { code: string } }) => u.office.code));
    expect([...offices]).toEqual(['KPU-LBK']);
  });

  it("lets a province user read a child office's records but not change them (403)", async () => {
    const h = await auth('ppid.banten');
    const lebakDesk = await userId(t, 'desk');
    const read = await t.http().get(`/api/users/${lebakDesk}`).set(h).expect(200);
    expect(read.body.username).toBe('desk');
    await t.http().patch(`/api/users/${lebakDesk}`).set(h).send({ fullName: 'Diubah Provinsi' }).expect(403);
    await t
      .http()
      .patch(`/api/offices/${await officeId(t, 'KPU-LBK')}`)
      .set(h)
      .send({ phone: '0252-123' })
      .expect(403);
    const list = await t.http().get('/api/users').set(h).query({ range: '[0,99]' }).expect(200);
    const codes = new Set(list.body.map((u: { office: { code: string } }) => u.office.code));
    expect([...codes].sort()).toEqual(['KPU-BTN', 'KPU-LBK', 'KPU-SRG']);
    // but nothing of Lampung
    await t
      .http()
      .get(`/api/offices/${await officeId(t, 'KPU-LTM')}`)
      .set(h)
      .expect(404);
  });

  it('applies the office rule, not just the role: a province admin reads a child user (200) but may not change it (403)', async () => {
    // the Lebak admin cannot create users elsewhere, so place a province admin directly
    const banten = await officeId(t, 'KPU-BTN');
    const now = new Date();
    const template = await t.ds.getRepository(User).findOneByOrFail({ username: 'admin' });
    const { identifiers } = await t.ds.getRepository(User).insert({
      ...template,
      id: undefined,
      officeId: banten,
      username: 'admin.banten',
      fullName: 'Admin Provinsi',
      createdAt: now,
      updatedAt: now,
    });
    await t.ds.getRepository(UserRole).insert({ userId: Number(identifiers[0].id), role: 'admin' });
    const h = await auth('admin.banten');
    const lebakDesk = await userId(t, 'desk');
    await t.http().get(`/api/users/${lebakDesk}`).set(h).expect(200);
    const denied = await t
      .http()
      .patch(`/api/users/${lebakDesk}`)
      .set(h)
      .send({ fullName: 'Diubah Provinsi' })
      .expect(403);
    expect(denied.body.message).toMatch(/Kantor induk hanya dapat membaca/);
    const unchanged = await t.http().get(`/api/users/${lebakDesk}`).set(h).expect(200);
    expect(unchanged.body.fullName).toBe('Siti Nurhaliza, A.Md.');
    // and can still change users of its own office
    await t
      .http()
      .patch(`/api/users/${await userId(t, 'ppid.banten')}`)
      .set(h)
      .send({ position: 'Kepala Bagian' })
      .expect(200);
  });

  it('a null name or active flag in a user change is absent, not a 500 (found by the bad-input campaign, seed 748912699)', async () => {
    const id = await userId(t, 'pertimbangan');
    const before = await t
      .http()
      .get(`/api/users/${id}`)
      .set(await auth('admin'))
      .expect(200);
    await t
      .http()
      .patch(`/api/users/${id}`)
      .set(await auth('admin'))
      .send({ fullName: null, active: null, position: 'Anggota Tim Pertimbangan' })
      .expect(200);
    const after = await t
      .http()
      .get(`/api/users/${id}`)
      .set(await auth('admin'))
      .expect(200);
    expect([after.body.fullName, after.body.active, after.body.position]).toEqual([
      before.body.fullName,
      before.body.active,
      'Anggota Tim Pertimbangan',
    ]);
  });

  it('an e-mail with a lone surrogate is a 400 naming the field, not a 500 (found by the bad-input campaign)', async () => {
    const res = await t
      .http()
      .patch(`/api/users/${await userId(t, 'pertimbangan')}`)
      .set(await auth('admin'))
      .send({ email: 'x\ud800@kpu.go.id' })
      .expect(400);
    expect(Object.keys(res.body.fields)).toEqual(['email']);
  });

  it('a null requesterId beside the requester is absent, not a 500 (found by the bad-input campaign on MariaDB)', async () => {
    const res = await t
      .http()
      .post('/api/requests')
      .set(await auth('desk'))
      .send({ ...requestBody(), requesterId: null });
    expect(res.status).toBe(201);
  });

  describe('separation of duties (docs/access-policy.json)', () => {
    const sod = loadAccessPolicy().separationOfDuties;
    const rolesOf = async (username: string) =>
      (await t.ds.query('SELECT role FROM user_roles WHERE userId = ? ORDER BY role', [await userId(t, username)])).map(
        (r: { role: string }) => r.role,
      );

    it('an administrator neither decides nor signs: their session holds no such permission', async () => {
      const me = await t
        .http()
        .get('/api/auth/me')
        .set(await auth('admin'))
        .expect(200);
      expect(me.body.permissions.length).toBeGreaterThan(0);
      expect(me.body.permissions.filter((p: string) => sod.decideOrSign.includes(p))).toEqual([]);
    });

    it.each(sod.decidingRoles)(
      'an administrator cannot grant themselves the %s role (403 naming roles)',
      async (role) => {
        const id = await userId(t, 'admin');
        for (const method of ['patch', 'put'] as const) {
          const http = t.http();
          const res = await (method === 'patch' ? http.patch(`/api/users/${id}`) : http.put(`/api/users/${id}`))
            .set(await auth('admin'))
            .send({ roles: ['admin', role] })
            .expect(403);
          expect(Object.keys(res.body.fields)).toEqual(['roles']);
          expect(res.body.message).toMatch(/akun sendiri/);
          expect(res.body.fields.roles).toMatch(/administrator lain/);
        }
        const en = await t
          .http()
          .patch(`/api/users/${id}`)
          .set(await auth('admin'))
          .set('Accept-Language', 'en')
          .send({ roles: ['admin', role] })
          .expect(403);
        expect(en.body.message).toMatch(/your own account/);
        expect(en.body.fields.roles).toMatch(/another administrator/);
        expect(await rolesOf('admin')).toEqual(['admin']);
      },
    );

    it("a grant of any role to oneself needs another administrator; removing one is one's own choice", async () => {
      const admin = await userId(t, 'admin');
      const self = await t
        .http()
        .patch(`/api/users/${admin}`)
        .set(await auth('admin'))
        .send({ roles: ['admin', 'desk'] })
        .expect(403);
      expect(Object.keys(self.body.fields)).toEqual(['roles']);
      expect(await rolesOf('admin')).toEqual(['admin']);
      // the same roles sent back (a whole record as read) grant nothing and pass
      await t
        .http()
        .put(`/api/users/${admin}`)
        .set(await auth('admin'))
        .send({ fullName: 'Administrator Lebak', roles: ['admin'] })
        .expect(200);
      // a second administrator of the office grants it
      await t
        .http()
        .post('/api/users')
        .set(await auth('admin'))
        .send({
          username: 'admin.kedua',
          password: 'sandi-admin-kedua-2026',
          fullName: 'Admin Kedua',
          roles: ['admin'],
        })
        .expect(201);
      await t
        .http()
        .patch(`/api/users/${admin}`)
        .set({ Authorization: `Bearer ${await t.token('admin.kedua', 'sandi-admin-kedua-2026')}` })
        .send({ roles: ['admin', 'desk'] })
        .expect(200);
      expect(await rolesOf('admin')).toEqual(['admin', 'desk']);
      // and the administrator may drop a role they hold (not their own admin role)
      await t
        .http()
        .patch(`/api/users/${admin}`)
        .set(await auth('admin'))
        .send({ roles: ['admin'] })
        .expect(200);
      expect(await rolesOf('admin')).toEqual(['admin']);
    });
  });

  it('lists only visible offices and lets an admin create a child office only under its own office', async () => {
    const h = await auth('admin');
    const list = await t.http().get('/api/offices').set(h).expect(200);
    expect(list.body.map((o: { code: string }) => o.code).sort()).toEqual(['KPU-BTN', 'KPU-LBK', 'KPU-RI']);
    expect(list.headers['content-range']).toBe('offices 0-2/3');
    const created = await t
      .http()
      .post('/api/offices')
      .set(h)
      .send({
        parentId: await officeId(t, 'KPU-LBK'),
        level: 'regency',
        code: 'KPU-X',
        name: 'X',
        letterheadLine1: 'A',
        letterheadLine2: 'B',
        timeZone: 'Asia/Jakarta',
      })
      .expect(400);
    expect(created.body.fields.level).toMatch(/tidak dapat memiliki kantor di bawahnya/);
    await t
      .http()
      .post('/api/offices')
      .set(h)
      .send({
        parentId: await officeId(t, 'KPU-BTN'),
        level: 'regency',
        code: 'KPU-X',
        name: 'X',
        letterheadLine1: 'A',
        letterheadLine2: 'B',
        timeZone: 'Asia/Jakarta',
      })
      .expect(403);
    const upd = await t
      .http()
      .patch(`/api/offices/${await officeId(t, 'KPU-LBK')}`)
      .set(h)
      .send({ phone: '(0252) 201234' })
      .expect(200);
    expect(upd.body.phone).toBe('(0252) 201234');
    await t
      .http()
      .patch(`/api/offices/${await officeId(t, 'KPU-LBK')}`)
      .set(h)
      .send({ timeZone: 'Europe/Paris' })
      .expect(400);
  });
});
