import { bearer, PERSON, register, requestBody } from '../support/fixtures';
import { createTestApp, TestApp } from '../support/test-app';

/** The console's history screens say who made each version: the requester's identity and the rule sets. */
describe('who recorded each version (requester identity history, rule-set history)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    t.clock.set(new Date('2026-11-02T02:00:00Z')); // Monday 2 Nov 2026, 09:00 WIB
  });
  afterAll(async () => t?.close());

  it('names who recorded each identity version, and why', async () => {
    const first = await register(t);
    const desk = await bearer(t, 'desk');
    const conflict = await t
      .http()
      .post('/api/requests')
      .set(desk)
      .send(requestBody({ requester: { ...PERSON, name: 'Budi Santosa Wibowo' } }))
      .expect(409);
    expect(conflict.body.details.existingRequester).toMatchObject({ id: first.requester.id, name: 'Budi Santoso' });
    expect(Object.keys(conflict.body.fields)).toEqual(['requester.nik']);
    await t
      .http()
      .post('/api/requests')
      .set(desk)
      .send(requestBody({ requester: { ...PERSON, name: 'Budi Santosa Wibowo', sameAsRegistered: true } }))
      .expect(201);
    const history = await t.http().get(`/api/requesters/${first.requester.id}/versions`).set(desk).expect(200);
    expect(history.body).toHaveLength(2);
    expect(history.body[0]).toMatchObject({
      version: 2,
      name: 'Budi Santosa Wibowo',
      createdByName: 'Siti Nurhaliza, A.Md.',
      reason: expect.stringContaining('registrasi'),
    });
    expect(history.body[1]).toMatchObject({ version: 1, name: 'Budi Santoso', createdByName: 'Siti Nurhaliza, A.Md.' });
  });

  it('names who published each rule-set version', async () => {
    const admin = await bearer(t, 'admin');
    await t
      .http()
      .post('/api/rule-sets')
      .set(admin)
      .send({
        regime: 'election',
        national: false,
        effectiveFrom: '2026-11-09',
        values: { answerDays: 2 },
        reason: 'Keputusan KPU Kabupaten Lebak tentang masa tahapan',
      })
      .expect(201);
    const list = await t
      .http()
      .get('/api/rule-sets')
      .set(await bearer(t, 'desk'))
      .expect(200);
    const own = list.body.find((v: { officeId: number | null }) => v.officeId !== null);
    expect(own).toMatchObject({ regime: 'election', createdByName: 'Rizky Pratama, S.Kom.' });
    for (const v of list.body) expect(v).toHaveProperty('createdByName');
  });
});
