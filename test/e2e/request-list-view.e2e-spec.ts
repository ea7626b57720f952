import { bearer, PERSON, requestBody } from '../support/fixtures';
import { OpenApiDoc, ResponseSchemas } from '../support/openapi-schema';
import { createTestApp, TestApp } from '../support/test-app';

/**
 * `view=list`: the request list as the console's list page asks for it — only what a row of the list, its phone card
 * and its export show (issue 19: "list reads that select only what the page shows"), the same rows in the same order
 * and the same total as the whole records.
 */
const LIST_ROW_KEYS = [
  'channel',
  'decision',
  'effectiveDueDate',
  'flags',
  'id',
  'informationRequested',
  'number',
  'officeId',
  'officeName',
  'receivedAt',
  'receivedDate',
  'regime',
  'requester',
  'status',
];

describe('GET /api/requests?view=list: the rows the list page shows, nothing more', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    t.clock.set(new Date('2026-03-17T03:00:00Z'));
  });
  afterAll(async () => t?.close());

  const list = (filter: object, sort: [string, string], range: [number, number], view?: string) =>
    `/api/requests?filter=${encodeURIComponent(JSON.stringify(filter))}&sort=${encodeURIComponent(JSON.stringify(sort))}` +
    `&range=${encodeURIComponent(JSON.stringify(range))}${view === undefined ? '' : `&view=${view}`}`;

  it('answers the same rows, order and total as the whole records, each with only the list’s fields', async () => {
    const desk = await bearer(t, 'desk');
    const overdue = (
      await t
        .http()
        .post('/api/requests')
        .set(desk)
        .send(
          requestBody({ receivedAt: '2026-02-02T02:00:00Z', informationRequested: 'Daftar pemilih Kelurahan Cibeber' }),
        )
        .expect(201)
    ).body;
    // a few more: other channels, another requester, one decided (a request that is no longer open)
    for (const [i, channel] of ['email', 'letter', 'email', 'phone', 'email'].entries())
      await t
        .http()
        .post('/api/requests')
        .set(desk)
        .send(
          requestBody({
            channel,
            receivedAt: `2026-03-1${i}T02:00:00Z`,
            ...(i === 1 ? { requester: { ...PERSON, name: 'Wulan Sekar Arum', nik: '3602014506900002' } } : {}),
          }),
        )
        .expect(201);
    const queries: Array<[object, [string, string], [number, number]]> = [
      [{}, ['receivedAt', 'DESC'], [0, 24]],
      [{}, ['receivedAt', 'DESC'], [2, 4]],
      [{ status: ['registered', 'in_process', 'extended'] }, ['effectiveDueDate', 'ASC'], [0, 24]],
      [{ q: 'cibeber' }, ['receivedAt', 'DESC'], [0, 24]],
      [{ channel: 'email' }, ['number', 'ASC'], [0, 9]],
    ];
    for (const [filter, sort, range] of queries) {
      const whole = await t
        .http()
        .get(list(filter, sort, range))
        .set(desk)
        .expect(200);
      const lean = await t
        .http()
        .get(list(filter, sort, range, 'list'))
        .set(desk)
        .expect(200);
      expect(lean.headers['content-range']).toBe(whole.headers['content-range']);
      expect(lean.body.map((r: any) => r.id)).toEqual(whole.body.map((r: any) => r.id));
      expect([filter, lean.body.length > 0]).toEqual([filter, true]);
      for (const [i, row] of lean.body.entries()) {
        expect(Object.keys(row).sort()).toEqual(LIST_ROW_KEYS);
        const full = whole.body[i];
        // each field as the whole record has it; the requester by id and name only
        for (const key of LIST_ROW_KEYS.filter((k) => k !== 'requester'))
          expect([key, row[key]]).toEqual([key, full[key]]);
        expect(row.requester).toEqual(full.requester ? { id: full.requester.id, name: full.requester.name } : null);
      }
    }
    // the flags are computed as for the whole record: the request received in February is overdue
    const found = (
      await t
        .http()
        .get(list({ q: 'cibeber' }, ['receivedAt', 'DESC'], [0, 24], 'list'))
        .set(desk)
        .expect(200)
    ).body;
    expect(found.map((r: any) => [r.id, r.flags.overdue])).toEqual([[overdue.id, true]]);
  });

  it('answers as its API document says: the list rows are a schema of their own beside the whole records', async () => {
    const desk = await bearer(t, 'desk');
    await t.http().post('/api/requests').set(desk).send(requestBody({})).expect(201);
    const schemas = new ResponseSchemas((await t.http().get('/api/docs-json').expect(200)).body as OpenApiDoc);
    const lean = (
      await t
        .http()
        .get(list({}, ['receivedAt', 'DESC'], [0, 9], 'list'))
        .set(desk)
        .expect(200)
    ).body;
    const whole = (
      await t
        .http()
        .get(list({}, ['receivedAt', 'DESC'], [0, 9]))
        .set(desk)
        .expect(200)
    ).body;
    expect(lean.length).toBeGreaterThan(0);
    expect(schemas.check('GET', '/api/requests', 200, lean)).toBeNull();
    expect(schemas.check('GET', '/api/requests', 200, whole)).toBeNull();
    // a row that is neither: no flags
    const { flags: _flags, ...noFlags } = lean[0];
    expect(schemas.check('GET', '/api/requests', 200, [noFlags])).not.toBeNull();
  });

  it('refuses a view it does not know, naming the parameter; other lists take no view', async () => {
    const desk = await bearer(t, 'desk');
    const bad = await t.http().get('/api/requests?view=full').set(desk).set('Accept-Language', 'en').expect(400);
    expect(JSON.stringify(bad.body)).toMatch(/view/);
    await t.http().get('/api/requests?view=list&view=list').set(desk).expect(400);
    const other = await t.http().get('/api/objections?view=list').set(desk).expect(400);
    expect(JSON.stringify(other.body)).toMatch(/view/);
  });

  it('keeps another office’s requests out of the list view too', async () => {
    const other = await bearer(t, 'desk.serang');
    const mine = await bearer(t, 'desk');
    const registered = (await t.http().post('/api/requests').set(mine).send(requestBody({})).expect(201)).body;
    const seen = (
      await t
        .http()
        .get(list({}, ['receivedAt', 'DESC'], [0, 99], 'list'))
        .set(other)
        .expect(200)
    ).body;
    expect(seen.map((r: any) => r.id)).not.toContain(registered.id);
    expect(seen.every((r: any) => r.officeId !== registered.officeId)).toBe(true);
  });
});
