import { bearer, register } from '../support/fixtures';
import { createTestApp, officeId, TestApp } from '../support/test-app';

type Row = { id: number; officeId: number; officeName?: string };

/**
 * A province reads its regencies' records on one list (issue 18.3): every list row names its office, so a regency's
 * report does not read as the province's own, and the `officeId` filter narrows a list to one office.
 */
describe("lists above a regency: each row's office, and the office filter", () => {
  let t: TestApp;
  let lebak: number;
  let serang: number;

  beforeAll(async () => {
    t = await createTestApp();
    t.clock.set(new Date('2026-12-01T03:00:00Z'));
    lebak = await officeId(t, 'KPU-LBK');
    serang = await officeId(t, 'KPU-SRG');
    for (const desk of ['desk', 'desk.serang']) {
      const request = await register(t, {}, desk);
      await t
        .http()
        .post('/api/objections')
        .set(await bearer(t, desk))
        .send({
          requesterId: request.requesterId,
          grounds: ['b'],
          reasons: 'Informasi berkala tidak diumumkan',
          groundDate: '2026-11-25',
        })
        .expect(201);
    }
    for (const ppid of ['ppid', 'ppid.serang']) {
      const h = await bearer(t, ppid);
      await t.http().post('/api/monthly-reports').set(h).send({ month: '2026-10' }).expect(201);
      await t.http().post('/api/annual-reports').set(h).send({ year: 2025 }).expect(201);
    }
  });
  afterAll(async () => t?.close());

  const list = async (user: string, resource: string, filter: object = {}) =>
    (
      await t
        .http()
        .get(`/api/${resource}`)
        .set(await bearer(t, user))
        .query({ filter: JSON.stringify(filter), range: '[0,99]' })
        .expect(200)
    ).body as Row[];

  it.each(['requests', 'objections', 'monthly-reports', 'annual-reports'])(
    "names each %s row's office for a province user, and filters by office",
    async (resource) => {
      const all = await list('ppid.banten', resource);
      expect(all.length).toBeGreaterThan(0);
      const names = new Map([
        [lebak, 'KPU Kabupaten Lebak'],
        [serang, 'KPU Kota Serang'],
      ]);
      for (const row of all) expect(row.officeName).toBe(names.get(row.officeId));
      const onlyLebak = await list('ppid.banten', resource, { officeId: lebak });
      expect(onlyLebak.length).toBeGreaterThan(0);
      expect(onlyLebak.every((r) => r.officeId === lebak)).toBe(true);
      expect(onlyLebak.map((r) => r.id)).toEqual(all.filter((r) => r.officeId === lebak).map((r) => r.id));
    },
  );

  it('shows both regencies to the province on the report lists, and a regency only its own', async () => {
    for (const resource of ['monthly-reports', 'annual-reports']) {
      const province = await list('ppid.banten', resource);
      expect(new Set(province.map((r) => r.officeName))).toEqual(new Set(['KPU Kabupaten Lebak', 'KPU Kota Serang']));
      const regency = await list('ppid', resource);
      expect(new Set(regency.map((r) => r.officeName))).toEqual(new Set(['KPU Kabupaten Lebak']));
      // a regency asking for another office's rows gets none
      expect(await list('ppid', resource, { officeId: serang })).toEqual([]);
    }
  });
});
