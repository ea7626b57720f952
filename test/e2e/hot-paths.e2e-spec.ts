import type { Logger as TypeOrmLogger } from 'typeorm';
import { bearer, PERSON, requestBody } from '../support/fixtures';
import { createTestApp, materialize, TestApp } from '../support/test-app';
import { testDbKind } from '../support/test-db';
import { Db } from '../../server/src/common/db';
import { Requester, RequesterVersion } from '../../server/src/requesters/requester.entity';

/** Every statement the server sends while `fn` runs (no other traffic in this file while it does). */
/** The SQL statements (with their parameters) the data source sends while `fn` runs. */
async function statementRuns(
  t: TestApp,
  fn: () => Promise<unknown>,
): Promise<Array<{ sql: string; params: unknown[] }>> {
  const seen: Array<{ sql: string; params: unknown[] }> = [];
  const ds = t.ds as unknown as { logger: TypeOrmLogger };
  const original = ds.logger;
  const counting: TypeOrmLogger = {
    logQuery: (sql, params) => void seen.push({ sql, params: (params as unknown[] | undefined) ?? [] }),
    logQueryError: () => undefined,
    logQuerySlow: () => undefined,
    logSchemaBuild: () => undefined,
    logMigration: () => undefined,
    log: () => undefined,
  };
  ds.logger = counting;
  try {
    await fn();
  } finally {
    ds.logger = original;
  }
  return seen;
}

/** The SQL statements the data source sends while `fn` runs. */
async function statements(t: TestApp, fn: () => Promise<unknown>): Promise<string[]> {
  return (await statementRuns(t, fn)).map((q) => q.sql);
}

/** The read of the signed-in account that authenticates a request (its user, office and roles). */
const ACCOUNT_READ = /^SELECT .* FROM [`"]?users[`"]? (AS )?[`"]?u[`"]? /;

describe('hot paths: the statements a busy desk pays for', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    t.clock.set(new Date('2026-03-17T03:00:00Z'));
  });
  afterAll(async () => t?.close());

  it('registers a request paying no statement of its own to authenticate, one for its number, none for a clock it cannot have', async () => {
    const desk = await bearer(t, 'desk');
    // the first registration warms what a process keeps (the calendar, rule sets and settings of the version)
    await t.http().post('/api/requests').set(desk).send(requestBody({})).expect(201);
    const sql = await statements(t, () =>
      t
        .http()
        .post('/api/requests')
        .set(desk)
        .send(
          requestBody({
            requester: {
              type: 'person',
              name: 'Siti Aminah',
              nik: '3602014506900002',
              address: 'Jl. Sunan 2',
              phone: '081300000002',
            },
          }),
        )
        .expect(201),
    );
    const count = (re: RegExp) => sql.filter((q) => re.test(q)).length;
    console.log(`a registration: ${sql.length} SQL statements\n${sql.map((q) => `  ${q.slice(0, 110)}`).join('\n')}`);
    // the bearer token's user, office and roles as the process knew them on the desk's last request (the first
    // registration read them, in one statement: findOne with a to-many relation took two), checked against the account
    // by the transaction's read of the configuration version (cached-actor.e2e-spec)
    expect(count(ACCOUNT_READ)).toBe(0);
    expect(sql.find((q) => /^SELECT version\b.*FROM config_version/.test(q))).toMatch(
      /FROM users WHERE id = \d+ AND active = 1/,
    );
    expect(count(/SELECT DISTINCT/)).toBe(0);
    // the number: one upsert that returns the value (MySQL: LAST_INSERT_ID(expr); SQLite: RETURNING)
    expect(count(/[`"]sequences[`"]/)).toBe(1);
    // a new request has no clock to look for before it starts one; its rule set is read by id once per process
    const clockInsert = sql.findIndex((q) => /^INSERT INTO [`"]clocks[`"]/.test(q));
    expect(clockInsert).toBeGreaterThan(0);
    expect(sql.slice(0, clockInsert).filter((q) => /FROM [`"]clocks[`"]/.test(q))).toEqual([]);
    // the calendar, the rule sets, the office and its settings come from what the process keeps under the configuration
    // version, none of the tables; the version comes along with the bearer token's user, and in the transaction with
    // the locking read of the requester (its share lock taken by the subquery itself) — a new requester's read finds
    // no row, so the transaction reads the version on its own once (a requester registered before: the next test)
    expect(sql.filter((q) => /FROM [`"](holidays|rule_sets|office_settings|offices)[`"]/.test(q))).toEqual([]);
    expect(count(/^SELECT version\b.*FROM config_version/)).toBe(1);
    const requesterRead = sql.find((q) => /^SELECT .* FROM [`"]requesters[`"]/.test(q))!;
    expect(requesterRead).toMatch(
      t.kind === 'mysql' ? /SELECT version FROM config_version WHERE id = 1 LOCK IN SHARE MODE/ : /FROM config_version/,
    );
    // a request received today counts in a month still in progress, which is never read from the pre-aggregate: there
    // is nothing to mark stale (a letter received last month still marks that month: metrics.e2e-spec)
    expect(count(/metrics_dirty/)).toBe(0);
    // the audit rows of the change (the new requester's and the request's) go in one statement at its end
    expect(count(/^INSERT INTO [`"]audit_logs[`"]/)).toBe(1);
    // the answer is made from what the registration wrote: no read after the commit, and the receipt's e-mail takes
    // the identity just written instead of reading it back
    const commit = sql.findIndex((q) => /^COMMIT/.test(q));
    expect(sql.slice(commit + 1)).toEqual([]);
    expect(count(/FROM [`"]requester_versions[`"]/)).toBe(0);
    // the whole: the issue's target is 8; this guards what has been reached (on MariaDB 11 with the transaction's
    // START and COMMIT; inserts go through Db.insert, so SQLite reads no generated column back after one) so that no
    // change adds statements unnoticed
    expect(sql.length).toBeLessThanOrEqual(11);
  });

  it('reads a row written out with Db.selectList back as the query builder hydrates it (Db.hydrate)', async () => {
    const db = t.app.get(Db);
    for (const [entity, alias] of [
      [Requester, 'r'],
      [RequesterVersion, 'v'],
    ] as const) {
      const raw: Array<Record<string, unknown>> = await db.query(
        `SELECT ${db.selectList(entity, alias)} FROM ${db.table(entity)} ${alias} ORDER BY ${alias}.id`,
      );
      const built = await db.repo<Requester | RequesterVersion>(entity).find({ order: { id: 'ASC' } });
      expect(raw.length).toBeGreaterThan(0);
      const ours = raw.map((row) => db.hydrate(entity, row, alias));
      expect(ours).toEqual(built);
      for (const o of ours) expect(o).toBeInstanceOf(entity);
      // dates as dates, nulls as nulls
      expect(ours[0]!.createdAt).toBeInstanceOf(Date);
    }
    // a LEFT JOIN that found nothing: no entity
    expect(db.hydrate(RequesterVersion, { v_id: null, v_name: null }, 'v')).toBeNull();
  });

  it('registers for a requester registered before in 8 statements: the identity in force, the configuration version and the user come with the locking read of the requester', async () => {
    const desk = await bearer(t, 'desk');
    const known = requestBody({
      requester: {
        type: 'person',
        name: 'Ahmad Fauzi',
        nik: '3602011203850009',
        address: 'Jl. Sunan 9',
        phone: '0813009',
      },
    });
    await t.http().post('/api/requests').set(desk).send(known).expect(201);
    const sql = await statements(t, () => t.http().post('/api/requests').set(desk).send(known).expect(201));
    console.log(`a registration, requester known: ${sql.length} SQL statements`);
    expect(sql.filter((q) => /FROM [`"]requester_versions[`"]/.test(q))).toEqual([]);
    expect(sql.filter((q) => /^INSERT INTO [`"]requester/.test(q))).toEqual([]);
    expect(sql.filter((q) => /metrics_dirty|^SELECT version\b.*FROM config_version/.test(q))).toEqual([]);
    // the user as the process knew it on the desk's last request, checked by the same read (cached-actor.e2e-spec)
    expect(sql.filter((q) => ACCOUNT_READ.test(q))).toEqual([]);
    expect(sql.find((q) => /^SELECT .* FROM [`"]requesters[`"]/.test(q))).toMatch(
      /FROM users WHERE id = \d+ AND active = 1/,
    );
    // the issue's 8: START, the requester, the number, the request, its clock, its event, the audit rows, COMMIT
    expect(sql.length).toBeLessThanOrEqual(8);
  });

  it.each([
    ['a new requester', () => ({})],
    [
      'a new requester, with the SOP step 1 timed',
      () => ({
        requester: {
          type: 'person',
          name: 'Rina Wati',
          nik: '3602014506900003',
          address: 'Jl. Sunan 3',
          phone: '08130003',
        },
        step1StartedAt: new Date(Date.parse('2026-03-17T03:00:00Z') - 7 * 60_000 - 321).toISOString(),
      }),
    ],
    ['a requester registered before, unchanged', () => ({})],
    [
      'a requester registered before, who moved (a new version of the identity)',
      () => ({ requester: { ...PERSON, address: 'Jl. Multatuli 9, Rangkasbitung' } }),
    ],
    [
      'an election request received earlier that day',
      () => ({
        regime: 'election',
        electionKind: 'pemilihan',
        electionName: 'Pemilihan Bupati Lebak 2024',
        receivedAt: '2026-03-17T01:23:45.678Z',
        lang: 'en',
      }),
    ],
  ])('answers a registration (%s) with the request exactly as a GET reads it afterwards', async (_label, body) => {
    const desk = await bearer(t, 'desk');
    const created = await t.http().post('/api/requests').set(desk).send(requestBody(body())).expect(201);
    const read = await t.http().get(`/api/requests/${created.body.id}`).set(desk).expect(200);
    expect(created.body).toEqual(read.body);
  });

  it('answers a registration for a requester chosen by id with the request exactly as a GET reads it afterwards', async () => {
    const desk = await bearer(t, 'desk');
    const first = await t.http().post('/api/requests').set(desk).send(requestBody({})).expect(201);
    const { requester: _r, ...byId } = requestBody({ requesterId: first.body.requester.id });
    const created = await t.http().post('/api/requests').set(desk).send(byId).expect(201);
    expect(created.body.requester.id).toBe(first.body.requester.id);
    const read = await t.http().get(`/api/requests/${created.body.id}`).set(desk).expect(200);
    expect(created.body).toEqual(read.body);
  });

  it('answers a page of the request list in three statements: the user with the configuration version, the count, the page with each identity as registered', async () => {
    const desk = await bearer(t, 'desk');
    const path = `/api/requests?filter=${encodeURIComponent(JSON.stringify({ status: ['registered'] }))}&range=[0,9]`;
    const warm = await t.http().get(path).set(desk).expect(200);
    expect(warm.body.length).toBeGreaterThan(0);
    const sql = await statements(t, () => t.http().get(path).set(desk).expect(200));
    console.log(`a list page: ${sql.length} SQL statements\n${sql.map((q) => `  ${q.slice(0, 110)}`).join('\n')}`);
    expect(sql.filter((q) => /^SELECT version\b.*FROM config_version/.test(q))).toEqual([]);
    expect(sql.filter((q) => /FROM [`"]requester_versions[`"]/.test(q))).toEqual([]);
    // the account read on every request takes only what the request needs: its user, office path, roles and the
    // configuration version — never the password's hash, the e-mail or the other columns of the user and the office
    const account = sql.filter((q) => ACCOUNT_READ.test(q));
    expect(account).toHaveLength(1);
    expect(account[0]).not.toMatch(/passwordHash|email|letterhead|address/);
    expect(account[0]).toMatch(/config_version/);
    expect(sql).toHaveLength(3);
    // the identity still reaches the page (masked on a list)
    const again = await t.http().get(path).set(desk).expect(200);
    expect(again.body[0].requester).toEqual(expect.objectContaining({ name: expect.any(String), nikMasked: true }));
  });

  it('searches the requester by the name registered with each request, finding the names among the office’s identities once instead of one lookup per request', async () => {
    const desk = await bearer(t, 'desk');
    const list = (q: string) =>
      `/api/requests?filter=${encodeURIComponent(JSON.stringify({ q }))}&sort=${encodeURIComponent(JSON.stringify(['id', 'ASC']))}&range=[0,24]`;
    const person = {
      type: 'person',
      name: 'Ratna Kemuning',
      nik: '3602014506900088',
      address: 'Jl. Ciujung 8',
      phone: '08130088',
    };
    const first = (
      await t
        .http()
        .post('/api/requests')
        .set(desk)
        .send(requestBody({ requester: person }))
        .expect(201)
    ).body;
    await t
      .http()
      .patch(`/api/requesters/${first.requester.id}`)
      .set(desk)
      .send({ name: 'Ratna Kemuning Sari', reason: 'Nama lengkap sesuai KTP elektronik' })
      .expect(200);
    const second = (
      await t
        .http()
        .post('/api/requests')
        .set(desk)
        .send(requestBody({ requester: undefined, requesterId: first.requester.id }))
        .expect(201)
    ).body;
    // the first request under the name it was registered with, the second under the new one; each found by either
    let res: any;
    const sql = await statements(t, async () => {
      res = await t.http().get(list('kemuning')).set(desk).expect(200);
    });
    expect(res.body.map((r: any) => [r.id, r.requester.name])).toEqual([
      [first.id, 'Ratna Kemuning'],
      [second.id, 'Ratna Kemuning Sari'],
    ]);
    res = await t.http().get(list('ning sari')).set(desk).expect(200);
    expect(res.body.map((r: any) => r.id)).toEqual([second.id]);
    // another office's identity of the same name is not this office's requester
    const serang = await bearer(t, 'desk.serang');
    await t
      .http()
      .post('/api/requests')
      .set(serang)
      .send(requestBody({ requester: { ...person, nik: '3673014506900089', phone: '08130089' } }))
      .expect(201);
    res = await t.http().get(list('kemuning')).set(desk).expect(200);
    expect(res.body.map((r: any) => r.id)).toEqual([first.id, second.id]);
    // the names are matched among the office's identities in a subquery (once, through their office and name index),
    // not by joining every request of the office to its identity before the LIKE (12 of the busiest office's 20 ms)
    const page = sql.find((q) => /FROM [`"]requests[`"]/.test(q) && /LIKE/.test(q))!;
    expect(page).toMatch(
      /\(\W*s\W+requesterId\W*, \W*s\W+requesterVersion\W*\) IN \(SELECT [^()]* FROM [`"]requester_versions[`"] [`"]rq[`"] WHERE/,
    );
    expect(page).not.toMatch(/JOIN [`"]requester_versions[`"] [`"]rq[`"]/);
  });

  it('searches number and information asked through a covering index, the whole text past its first 255 characters too: no request row is read to compare', async () => {
    const desk = await bearer(t, 'desk');
    const list = (q: string, sort = ['receivedAt', 'DESC']) =>
      `/api/requests?filter=${encodeURIComponent(JSON.stringify({ q }))}&sort=${encodeURIComponent(JSON.stringify(sort))}&range=[0,24]`;
    const long = (
      await t
        .http()
        .post('/api/requests')
        .set(desk)
        .send(requestBody({ informationRequested: `${'Salinan dokumen anggaran tahun 2024. '.repeat(8)}Gunungsari` }))
        .expect(201)
    ).body;
    expect(long.informationRequested.indexOf('Gunungsari')).toBeGreaterThan(255);
    const short = (
      await t
        .http()
        .post('/api/requests')
        .set(desk)
        .send(requestBody({ informationRequested: 'Daftar TPS di Gunungsari' }))
        .expect(201)
    ).body;
    // the page and its order, newest first and by any other column
    expect((await t.http().get(list('gunungSARI')).set(desk).expect(200)).body.map((r: any) => r.id)).toEqual([
      short.id,
      long.id,
    ]);
    expect(
      (
        await t
          .http()
          .get(list('gunungsari', ['id', 'ASC']))
          .set(desk)
          .expect(200)
      ).body.map((r: any) => r.id),
    ).toEqual([long.id, short.id]);
    // a match on both sides of the 255th character is one row, not two
    expect((await t.http().get(list('tahun 2024. Gunung')).set(desk).expect(200)).body.map((r: any) => r.id)).toEqual([
      long.id,
    ]);
    expect((await t.http().get(list(short.number)).set(desk).expect(200)).body.map((r: any) => r.id)).toEqual([
      short.id,
    ]);
    // a province's list (many offices) finds the same rows, compared row by row along the received-time index, which
    // stops at the page's last match (computing every match first cost a national search of a frequent word seconds)
    const province = await bearer(t, 'ppid.banten');
    let wide: any;
    const wideSql = await statements(t, async () => {
      wide = await t.http().get(list('gunungsari')).set(province).expect(200);
    });
    expect(wide.body.map((r: any) => r.id)).toEqual([short.id, long.id]);
    const widePage = wideSql.find((q) => /LIKE/.test(q))!;
    expect(widePage).not.toMatch(/UNION/);
    expect(widePage).toMatch(/informationRequested\W* LIKE/);
    // the plan of the page's statement: the office's requests compared in the index alone
    const seen = await statementRuns(t, () =>
      t.http().get(list('tidak-ada-yang-bernama-begini')).set(desk).expect(200),
    );
    const page = seen.find((q) => /FROM [`"]?requests[`"]?/.test(q.sql) && /LIKE/.test(q.sql))!;
    if (t.kind === 'mysql') {
      const plan: Array<{ table: string; key: string | null; Extra: string | null }> = await t.ds.query(
        `EXPLAIN ${page.sql}`,
        page.params,
      );
      const compared = plan.filter((row) => row.table === 's');
      expect(compared.map((row) => [row.key, /Using index/.test(row.Extra ?? '')])).toEqual([
        ['IDX_requests_office_search', true],
      ]);
      expect(plan.filter((row) => row.table === 'l').map((row) => row.key)).toEqual(['IDX_requests_office_long']);
    } else {
      const plan: Array<{ detail: string }> = await t.ds.query(`EXPLAIN QUERY PLAN ${page.sql}`, page.params);
      const details = plan.map((row) => row.detail).join('\n');
      // SQLite's planner picks the narrower of the two office indexes for the head on a small database (its choice,
      // without statistics); what holds: each part goes through the office's index, no table scan, and only the
      // office's long texts are read for the rest
      expect(details).not.toMatch(/SCAN [sl]\b/);
      expect(details).toMatch(/SEARCH s USING (COVERING )?INDEX IDX_requests_office_\w+ \(officeId=\?/);
      expect(details).toMatch(/SEARCH l USING INDEX IDX_requests_office_long \(officeId=\? AND searchLong=\?\)/);
    }
  });

  it('counts a list only when its page is full: a short page (a search, a small queue) ends the list and is its own total', async () => {
    const desk = await bearer(t, 'desk');
    const list = (filter: object, range: [number, number]) =>
      `/api/requests?filter=${encodeURIComponent(JSON.stringify(filter))}&range=${JSON.stringify(range)}`;
    const total = (res: { headers: Record<string, string> }) => Number(res.headers['content-range'].split('/')[1]);
    const counts = (sql: string[]) => sql.filter((q) => /^SELECT COUNT\(/.test(q));
    for (let i = 0; i < 3; i++) await t.http().post('/api/requests').set(desk).send(requestBody({})).expect(201);
    // a search that finds one request: the page and the user, no COUNT; Content-Range says 0-0/1
    const name = 'Wulan Sekar Arum';
    await t
      .http()
      .post('/api/requests')
      .set(desk)
      .send(
        requestBody({
          requester: { type: 'person', name, nik: '3602014506900077', address: 'Jl. Sunan 7', phone: '08130077' },
        }),
      )
      .expect(201);
    const all = total(
      await t
        .http()
        .get(list({}, [0, 0]))
        .set(desk)
        .expect(200),
    );
    expect(all).toBeGreaterThan(3);
    let res: any;
    const search = await statements(t, async () => {
      res = await t
        .http()
        .get(list({ q: 'sEKAR' }, [0, 24]))
        .set(desk)
        .expect(200);
    });
    expect(res.body.map((r: any) => r.requester.name)).toEqual([name]);
    expect(res.headers['content-range']).toBe('requests 0-0/1');
    expect(counts(search)).toEqual([]);
    expect(search).toHaveLength(2);
    // nothing found: still no COUNT, 0 rows of 0
    const none = await statements(t, async () => {
      res = await t
        .http()
        .get(list({ q: 'tidak-ada-yang-bernama-begini' }, [0, 24]))
        .set(desk)
        .expect(200);
    });
    expect(res.body).toEqual([]);
    expect(res.headers['content-range']).toBe('requests 0-0/0');
    expect(counts(none)).toEqual([]);
    // the last page, short: its offset and its length are the total
    const last = await statements(t, async () => {
      res = await t
        .http()
        .get(list({}, [all - 2, all + 7]))
        .set(desk)
        .expect(200);
    });
    expect(res.body).toHaveLength(2);
    expect(total(res)).toBe(all);
    expect(counts(last)).toEqual([]);
    // a full page does not say where the list ends, and a page past its end says nothing of its length: both counted
    const full = await statements(t, async () => {
      res = await t
        .http()
        .get(list({}, [0, 1]))
        .set(desk)
        .expect(200);
    });
    expect(total(res)).toBe(all);
    expect(counts(full)).toHaveLength(1);
    const past = await statements(t, async () => {
      res = await t
        .http()
        .get(list({}, [all + 10, all + 19]))
        .set(desk)
        .expect(200);
    });
    expect(res.body).toEqual([]);
    expect(total(res)).toBe(all);
    expect(counts(past)).toHaveLength(1);
  });

  it('hashes no answer for an ETag that nothing may keep: the API answers no-store', async () => {
    const ppid = await bearer(t, 'ppid');
    const res = await t.http().get('/api/metrics/dashboard?from=2026-03-01&to=2026-03-17').set(ppid).expect(200);
    expect(res.headers['cache-control']).toBe('no-store');
    // (a browser never revalidates what it may not store; the hash of a 100 KB dashboard cost 0.15 ms of each answer)
    expect(res.headers.etag).toBeUndefined();
  });

  it('answers the dashboard figures without reading the offices or the configuration version on their own', async () => {
    const ppid = await bearer(t, 'ppid');
    const path = '/api/metrics/summary?from=2026-03-01&to=2026-03-17';
    await t.http().get(path).set(ppid).expect(200);
    const sql = await statements(t, () => t.http().get(path).set(ppid).expect(200));
    expect(sql.filter((q) => /FROM [`"]offices[`"]/.test(q))).toEqual([]);
    expect(sql.filter((q) => /^SELECT version\b.*FROM config_version/.test(q))).toEqual([]);
    // the user, the seven groupings of the counts in one statement, the queue at the end of the range
    expect(sql).toHaveLength(3);
  });

  it('answers the whole dashboard page in one call of three statements, the summary from the trend without a count of its own', async () => {
    const ppid = await bearer(t, 'ppid');
    const path = '/api/metrics/dashboard?from=2026-03-01&to=2026-03-30';
    await materialize(t); // the whole months stored, as the scheduled job keeps them
    await t.http().get(path).set(ppid).expect(200);
    const sql = await statements(t, () => t.http().get(path).set(ppid).expect(200));
    console.log(`the dashboard: ${sql.length} SQL statements\n${sql.map((q) => `  ${q.slice(0, 150)}`).join('\n')}`);
    expect(sql.filter((q) => /FROM [`"]offices[`"]/.test(q))).toEqual([]);
    expect(sql.filter((q) => /^SELECT version\b.*FROM config_version/.test(q))).toEqual([]);
    // the counts by day once: the trend's days and those of March (in progress) together, not March again by office
    const byDay = sql.filter((q) => /GROUP BY receivedDate, channel/.test(q));
    expect(byDay).toHaveLength(1);
    expect(sql.filter((q) => /GROUP BY officeId, channel/.test(q))).toEqual([]);
    // the 12 months: April 2025 – February 2026 from the pre-aggregate, their digests read in the same statement
    expect(sql.filter((q) => /FROM metrics_office_month/.test(q))).toEqual(byDay);
    // a read writes nothing: the month in progress is never stored, so no change has marked it for recounting
    expect(sql.filter((q) => /^(INSERT|UPDATE|DELETE)/.test(q))).toEqual([]);
    // the user; the days' counts with the stored months; the 12 months' queue before, late ones and each day's flows,
    // from which the trend's queue is taken too (three separate calls took twelve; the stored months, the flows and
    // the trend's own queue were a statement each)
    const queue = sql.filter((q) =>
      /^SELECT 'q' AS t, regime, COUNT\(\*\) AS open.* UNION ALL SELECT 'l' AS t/.test(q),
    );
    expect(queue).toHaveLength(1);
    expect(queue[0]).toMatch(/UNION ALL SELECT 'r' AS t.*GROUP BY receivedDate, regime UNION ALL SELECT 'e' AS t/);
    expect(sql).toHaveLength(3);
  });

  it('answers the 12-month series from the month pre-aggregate: only the queue is followed day by day', async () => {
    const ppid = await bearer(t, 'ppid');
    const path = '/api/metrics/monthly?from=2025-04';
    const live = await t.http().get(path).set(ppid).expect(200);
    await materialize(t);
    const first = await t.http().get(path).set(ppid).expect(200);
    // the months counted from the requests (nothing stored yet) and from the pre-aggregate are the same figures
    expect(first.body).toEqual(live.body);
    const sql = await statements(t, () => t.http().get(path).set(ppid).expect(200));
    console.log(`12 months: ${sql.length} SQL statements\n${sql.map((q) => `  ${q.slice(0, 150)}`).join('\n')}`);
    // the whole months come from metrics_office_month; decisions, steps, objections are counted day by day nowhere
    expect(sql.filter((q) => /FROM metrics_office_month/.test(q))).toHaveLength(1);
    expect(sql.filter((q) => /^SELECT .* FROM metrics_dirty/.test(q))).toEqual([]);
    expect(
      sql.filter(
        (q) =>
          /GROUP BY (r\.)?(receivedDate|decisionDate|filedDate|disputeFiledDate), /.test(q) &&
          /step|decision|objections/.test(q),
      ),
    ).toEqual([]);
    // and the answer does not change from one read to the next
    const again = await t.http().get(path).set(ppid).expect(200);
    expect(again.body).toEqual(first.body);
    expect(first.body.months).toHaveLength(12);
  });

  it('reads the counts of a stored office-month again only when they changed (their digest), not on every roll-up', async () => {
    const nation = await bearer(t, 'ppid.ri');
    const path = '/api/metrics/offices?from=2025-04-01&to=2026-03-17';
    await materialize(t);
    const first = await t.http().get(path).set(nation).expect(200);
    const sql = await statements(t, () => t.http().get(path).set(nation).expect(200));
    const months = sql.filter((q) => /FROM metrics_office_month/.test(q));
    expect(months).toHaveLength(1);
    expect(months[0]).not.toMatch(/partial/);
    // a change to one office's month: only that month's text is read again, and the figures follow it
    const desk = await bearer(t, 'desk');
    await t
      .http()
      .post('/api/requests')
      .set(desk)
      .send(requestBody({ receivedAt: '2026-03-16T03:00:00Z' }))
      .expect(201);
    const after = await statements(t, async () => {
      const res = await t.http().get(path).set(nation).expect(200);
      expect(
        res.body.own.received.total + res.body.children.reduce((n: number, c: any) => n + c.received.total, 0),
      ).toBe(
        first.body.own.received.total + first.body.children.reduce((n: number, c: any) => n + c.received.total, 0) + 1,
      );
    });
    expect(after.filter((q) => /SELECT .*partial.* FROM metrics_office_month/.test(q)).length).toBeLessThanOrEqual(1);
  });

  it('takes the queue of every office without listing them: the national roll-up names no office, a province its own', async () => {
    const queueSql = async (user: string) => {
      const token = await bearer(t, user);
      const path = '/api/metrics/offices?from=2026-02-01&to=2026-02-28';
      const first = await t.http().get(path).set(token).expect(200);
      let again: any;
      const sql = await statements(t, async () => {
        again = await t.http().get(path).set(token).expect(200);
      });
      expect(again.body).toEqual(first.body);
      return sql.filter((q) => /^SELECT officeId, regime, COUNT\(\*\) AS open/.test(q));
    };
    // (a list of 552 offices made MariaDB weigh 1,104 index ranges before counting: more than the counting itself)
    const national = await queueSql('ppid.ri');
    expect(national).toHaveLength(1);
    expect(national[0]).not.toMatch(/officeId IN/);
    const province = await queueSql('ppid.banten');
    expect(province).toHaveLength(1);
    expect(province[0]).toMatch(/officeId IN \(/);
    // the same figures either way: the national total of open requests is the provinces' added up with its own
    const nation = await t
      .http()
      .get('/api/metrics/offices?from=2026-02-01&to=2026-02-28')
      .set(await bearer(t, 'ppid.ri'))
      .expect(200);
    const [[{ n }]] = [
      await t.ds.query(
        "SELECT COUNT(*) AS n FROM requests WHERE (endDate IS NULL OR endDate > '2026-02-28') AND receivedDate <= '2026-02-28'",
      ),
    ];
    const open = (row: any) => row.queue.open.total ?? row.queue.open;
    expect(open(nation.body.own) + nation.body.children.reduce((s: number, c: any) => s + open(c), 0)).toBe(Number(n));
  });

  it("reads every office's stored months along the month's index: the national roll-up names no office, a province its own", async () => {
    await materialize(t);
    const monthsRead = async (user: string) => {
      const token = await bearer(t, user);
      let res: any;
      const seen = await statementRuns(t, async () => {
        res = await t.http().get('/api/metrics/offices?from=2026-02-01&to=2026-02-28').set(token).expect(200);
      });
      return { body: res.body, reads: seen.filter((q) => /FROM metrics_office_month m /.test(q.sql)) };
    };
    // (a list of 552 offices made MariaDB weigh 552 ranges of the primary key: 2.8 of the national month's 3.3 ms)
    const national = await monthsRead('ppid.ri');
    expect(national.reads).toHaveLength(1);
    expect(national.reads[0].sql).not.toMatch(/officeId IN/);
    const { sql, params } = national.reads[0];
    if (t.kind === 'mysql') {
      const plan: Array<{ table: string; key: string | null; Extra: string | null }> = await t.ds.query(
        `EXPLAIN SELECT m.officeId, m.month, m.regime, m.digest ${sql.slice(sql.indexOf('FROM'))}`,
        params,
      );
      expect(
        plan.filter((row) => row.table === 'm').map((row) => [row.key, /Using index/.test(row.Extra ?? '')]),
      ).toEqual([['IDX_metrics_office_month_month', true]]);
    } else {
      const plan: Array<{ detail: string }> = await t.ds.query(`EXPLAIN QUERY PLAN ${sql}`, params);
      expect(plan.map((row) => row.detail).join('\n')).toMatch(
        /SEARCH m USING COVERING INDEX IDX_metrics_office_month_month \(month=\?\)/,
      );
    }
    const province = await monthsRead('ppid.banten');
    expect(province.reads).toHaveLength(1);
    expect(province.reads[0].sql).toMatch(/m\.officeId IN \(/);
    // the same counts: the month's requests of the nation, the provinces' added up with its own
    const [{ n }] = await t.ds.query(
      "SELECT COUNT(*) AS n FROM requests WHERE receivedDate BETWEEN '2026-02-01' AND '2026-02-28'",
    );
    expect(
      national.body.own.received.total + national.body.children.reduce((a: number, c: any) => a + c.received.total, 0),
    ).toBe(Number(n));
  });

  it('counts with a holiday another process added, once that change commits with its bump of the version', async () => {
    const desk = await bearer(t, 'desk');
    const due = async () =>
      (await t.http().post('/api/requests').set(desk).send(requestBody({})).expect(201)).body.dueDate as string;
    const before = await due(); // Tue 17 Mar 2026 → Wed 8 Apr: the calendar is warm
    // another server writes a closure on Wed 8 Apr without this process seeing it: the same transaction bumps the
    // version, as every change through the API does (ConfigVersion.bump)
    const office = Number((await t.ds.query("SELECT id FROM offices WHERE code = 'KPU-LBK'"))[0].id);
    const now = new Date().toISOString().slice(0, 19).replace('T', ' ');
    const insert = `INSERT INTO holidays (date, name, kind, officeId, source, createdAt, updatedAt) VALUES ('${before}', 'Penutupan kantor (proses lain)', 'local', ${office}, 'manual', '${now}', '${now}')`;
    await t.ds.transaction(async (m) => {
      await m.query(insert);
      await m.query('UPDATE config_version SET version = version + 1 WHERE id = 1');
    });
    const after = await due();
    expect(after > before).toBe(true);
    expect((await t.http().get('/api/requests?range=[0,0]').set(desk).expect(200)).body[0].dueDate).toBe(after);
  });

  // MySQL/MariaDB only: the share lock is theirs; SQLite's writers take turns on the whole database file anyway
  (testDbKind() === 'mysql' ? it : it.skip)(
    'waits for a calendar change being written and counts with it: the requester read holds the version share-locked',
    async () => {
      const desk = await bearer(t, 'desk');
      const register = () => t.http().post('/api/requests').set(desk).send(requestBody({}));
      const before = (await register().expect(201)).body.dueDate as string;
      const office = Number((await t.ds.query("SELECT id FROM offices WHERE code = 'KPU-LBK'"))[0].id);
      const now = new Date().toISOString().slice(0, 19).replace('T', ' ');
      // another server's change, bumped and not yet committed
      const other = t.ds.createQueryRunner();
      await other.connect();
      await other.startTransaction();
      try {
        await other.query('UPDATE config_version SET version = version + 1 WHERE id = 1');
        await other.query(
          `INSERT INTO holidays (date, name, kind, officeId, source, createdAt, updatedAt) VALUES (?, 'Penutupan kantor (menunggu)', 'local', ?, 'manual', ?, ?)`,
          [before, office, now, now],
        );
        let answered = false;
        const pending = register().then((res) => {
          answered = true;
          return res;
        });
        await new Promise((resolve) => setTimeout(resolve, 500));
        expect(answered).toBe(false); // it waits on the version's lock instead of counting with the old calendar
        await other.commitTransaction();
        const res = await pending;
        expect(res.status).toBe(201);
        expect(res.body.dueDate > before).toBe(true);
      } finally {
        if (other.isTransactionActive) await other.rollbackTransaction();
        await other.release();
      }
    },
  );
});
