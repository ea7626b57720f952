import { AuditEntry, AuditService } from '../../server/src/audit/audit.service';
import { AuthUser } from '../../server/src/common/auth-user';
import { AuditLog } from '../../server/src/audit/audit-log.entity';
import { User } from '../../server/src/users/user.entity';
import { createTestApp, TestApp, userId } from '../support/test-app';

describe('audit trail', () => {
  let t: TestApp;
  const auth = async (username: string) => ({ Authorization: `Bearer ${await t.token(username)}` });
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t?.close());

  it('records who, office, action, entity, changes, time and IP for a change, and never the password', async () => {
    const h = await auth('admin');
    const created = await t
      .http()
      .post('/api/users')
      .set(h)
      .send({ username: 'desk2', password: 'kata-sandi-rahasia-1', fullName: 'Desk Dua', roles: ['desk'] })
      .expect(201);
    expect(created.body.office.code).toBe('KPU-LBK');
    await t
      .http()
      .patch(`/api/users/${created.body.id}`)
      .set(h)
      .send({ position: 'Pelaksana', password: 'kata-sandi-baru-123' })
      .expect(200);
    const rows = await t.ds
      .getRepository(AuditLog)
      .find({ where: { entityType: 'user', entityId: String(created.body.id) }, order: { id: 'ASC' } });
    expect(rows.map((r) => r.action)).toEqual(['user.create', 'user.update']);
    const [c, u] = rows;
    expect(c.username).toBe('admin');
    expect(c.officeId).toBe(created.body.officeId);
    expect(c.ip).toMatch(/127\.0\.0\.1|::1|::ffff:127\.0\.0\.1/);
    expect(c.changes).toMatchObject({ username: 'desk2', fullName: 'Desk Dua', roles: ['desk'] });
    expect(JSON.stringify(rows)).not.toContain('kata-sandi');
    expect(u.changes).toEqual({ position: { from: null, to: 'Pelaksana' }, passwordChanged: true });
  });

  it('lets admin and atasan list and filter the audit log, desk may not, and no route changes or deletes it', async () => {
    const list = await t
      .http()
      .get('/api/audit-logs')
      .set(await auth('atasan'))
      .query({ filter: JSON.stringify({ action: 'user.create' }) })
      .expect(200);
    expect(list.body.length).toBeGreaterThan(0);
    expect(list.body.every((r: AuditLog) => r.action === 'user.create')).toBe(true);
    expect(list.headers['content-range']).toMatch(/^audit-logs 0-\d+\/\d+$/);
    await t
      .http()
      .get('/api/audit-logs')
      .set(await auth('desk'))
      .expect(403);
    const id = list.body[0].id;
    const h = await auth('admin');
    await t.http().get(`/api/audit-logs/${id}`).set(h).expect(200);
    // the audit log has no route that changes it: any other method is 405 (GET only), never a change
    await t.http().patch(`/api/audit-logs/${id}`).set(h).send({ action: 'x' }).expect(405).expect('Allow', /GET/);
    await t.http().put(`/api/audit-logs/${id}`).set(h).send({ action: 'x' }).expect(405);
    await t.http().delete(`/api/audit-logs/${id}`).set(h).expect(405);
    const still = await t.ds.getRepository(AuditLog).findOneByOrFail({ id });
    expect(still.action).toBe('user.create');
  });

  it('a change that fails in the database leaves neither an audit row nor a half-change', async () => {
    const h = await auth('admin');
    const before = await t.ds.getRepository(AuditLog).count();
    const usersBefore = await t.ds.getRepository(User).count();
    const dup = await t
      .http()
      .post('/api/users')
      .set(h)
      .send({ username: 'desk', password: 'kata-sandi-rahasia-1', fullName: 'Duplikat', roles: ['desk'] })
      .expect(409);
    expect(dup.body.fields.username).toBe('nama pengguna sudah dipakai');
    expect(await t.ds.getRepository(AuditLog).count()).toBe(before);
    expect(await t.ds.getRepository(User).count()).toBe(usersBefore);
  });
});

describe('audit trail when the audit write itself fails', () => {
  let t: TestApp;
  class FailingAudit extends AuditService {
    async record(actor: AuthUser | null, entry: AuditEntry): Promise<void> {
      if (entry.action === 'user.update') throw new Error('disk full (simulated)');
      return super.record(actor, entry);
    }
  }
  beforeAll(async () => {
    t = await createTestApp({ override: (b) => b.overrideProvider(AuditService).useClass(FailingAudit) });
  });
  afterAll(async () => t?.close());

  it('rolls the change back: role and name stay as they were', async () => {
    const token = await t.token('admin');
    const id = await userId(t, 'desk');
    const res = await t
      .http()
      .patch(`/api/users/${id}`)
      .set('Authorization', `Bearer ${token}`)
      .send({ fullName: 'Tidak Tersimpan', roles: ['desk', 'ppid'] })
      .expect(500);
    expect(res.body.message).toBe('Terjadi kesalahan pada server. Silakan coba lagi.');
    expect(JSON.stringify(res.body)).not.toContain('disk full');
    const user = await t.ds.getRepository(User).findOneOrFail({ where: { id }, relations: { roleRows: true } });
    expect(user.fullName).toBe('Siti Nurhaliza, A.Md.');
    expect(user.roleRows!.map((r) => r.role)).toEqual(['desk']);
    expect(await t.ds.getRepository(AuditLog).countBy({ action: 'user.update' })).toBe(0);
  });
});
