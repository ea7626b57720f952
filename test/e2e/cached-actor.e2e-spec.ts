import { bearer, PERSON, requestBody } from '../support/fixtures';
import { createTestApp, TestApp, userId } from '../support/test-app';

/**
 * A registration takes its user from what the server process learnt on the user's last request instead of reading
 * the account again (one statement less on the desk's busiest route), and checks it inside its own transaction: the
 * statement that reads the configuration version (with the requester, or on its own) also counts the account as it
 * stands — active, the token's version, the account's version — share-locked to the commit on MySQL/MariaDB. An
 * account changed anywhere since (another process, another server, SQL by hand) makes the registration a 401 that
 * wrote nothing.
 */
describe('the user a registration takes from the process, checked inside its transaction', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    t.clock.set(new Date('2026-03-17T03:00:00Z'));
  });
  afterAll(async () => t?.close());

  /** The rows of each table a registration writes. */
  const counts = async () => {
    const out: Record<string, number> = {};
    for (const table of ['requests', 'requesters', 'audit_logs'])
      out[table] = Number((await t.ds.query(`SELECT COUNT(*) AS n FROM ${table}`))[0].n);
    return out;
  };

  it('refuses a registration once the account’s roles changed elsewhere, and writes nothing', async () => {
    const desk = await bearer(t, 'desk');
    // the user's last request: the process now knows the account as it stands
    await t.http().post('/api/requests').set(desk).send(requestBody({})).expect(201);
    await t.http().get('/api/requests?range=[0,0]').set(desk).expect(200);
    // the administrator moves the account to the liaison role (the same token stays valid: roles are read fresh)
    await t
      .http()
      .patch(`/api/users/${await userId(t, 'desk')}`)
      .set(await bearer(t, 'admin'))
      .send({ roles: ['penghubung'] })
      .expect(200);
    const before = await counts();
    const res = await t.http().post('/api/requests').set(desk).send(requestBody({})).expect(401);
    expect(res.body.message).toMatch(/akun/i);
    expect(await counts()).toEqual(before);
    // the next attempt reads the account again: liaison staff may not register (403), with the same token
    await t.http().post('/api/requests').set(desk).send(requestBody({})).expect(403);
    await t
      .http()
      .patch(`/api/users/${await userId(t, 'desk')}`)
      .set(await bearer(t, 'admin'))
      .send({ roles: ['desk'] })
      .expect(200);
  });

  it.each([
    [
      'a requester registered before (the check rides on the requester’s read)',
      () => requestBody({ requester: PERSON }),
    ],
    [
      'a new requester (the check rides on the configuration version’s own read)',
      () =>
        requestBody({
          requester: {
            type: 'person',
            name: 'Dewi Lestari',
            nik: `36020145069${String(Date.now()).slice(-5)}`,
            address: 'Jl. Hardiwinangun 4',
            phone: '0813111222',
          },
        }),
    ],
  ])('refuses %s once the account was deactivated by hand in SQL, and writes nothing', async (_label, body) => {
    const desk = await bearer(t, 'desk.serang');
    await t
      .http()
      .post('/api/requests')
      .set(desk)
      .send(requestBody({ requester: PERSON }))
      .expect(201);
    await t.http().get('/api/requests?range=[0,0]').set(desk).expect(200);
    // nothing the process can see: another server's tool, or SQL by hand
    await t.ds.query("UPDATE users SET active = 0 WHERE username = 'desk.serang'");
    try {
      const before = await counts();
      await t.http().post('/api/requests').set(desk).send(body()).expect(401);
      expect(await counts()).toEqual(before);
    } finally {
      await t.ds.query("UPDATE users SET active = 1 WHERE username = 'desk.serang'");
    }
  });

  it('authenticates every read against the database: a deactivated account reads nothing', async () => {
    const desk = await bearer(t, 'desk.serang');
    await t.http().get('/api/requests?range=[0,0]').set(desk).expect(200);
    await t.ds.query("UPDATE users SET active = 0 WHERE username = 'desk.serang'");
    try {
      await t.http().get('/api/requests?range=[0,0]').set(desk).expect(401);
    } finally {
      await t.ds.query("UPDATE users SET active = 1 WHERE username = 'desk.serang'");
    }
  });
});
