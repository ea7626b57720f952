import { createHash } from 'node:crypto';
import { PortalSession } from '../../../server/src/portal/portal.entities';
import fc from 'fast-check';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { FC_SEED, replayCommand } from '../../support/fast-check';
import { register } from '../../support/fixtures';
import { createTestApp, officeId, TestApp } from '../../support/test-app';
import { Campaign, Outgoing, queryString, sendHuge } from '../../support/fuzz/campaign';
import { changeMark } from '../../support/fuzz/fingerprint';
import {
  bodySamples,
  DtoModel,
  dtoModel,
  hostileBody,
  judge,
  judgeQuery,
  mutatedObject,
  Refs,
  validObject,
  Verdict,
} from '../../support/fuzz/dto';
import { DiscoveredRoute, discoverRoutes, roleFor } from '../../support/fuzz/routes';
import { bigString, HOSTILE_STRINGS, RawJson, toJsonText } from '../../support/fuzz/values';
import { PublicRequestDto } from '../../../server/src/requests/submissions.service';
import { ROLES } from '../../../server/src/common/permissions';
import { Unit } from '../../../server/src/units/unit.entity';
import { Holiday } from '../../../server/src/calendar/holiday.entity';

/**
 * Bad input, campaign style: every registered route with a body DTO, a query or a path parameter gets random
 * (fast-check, a fresh seed each run), boundary and hostile values, as a user holding the route's permission in their own office.
 * After every request: never a 5xx; a refused request leaves the database as it was (fingerprint of every table);
 * what the DTO refuses is a 400 whose `fields` name the field, in Indonesian or English as asked.
 */
/** a fresh seed each run (the shared one, test/support/fast-check.ts); FC_SEED (or FUZZ_SEED) replays one */
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : FC_SEED;
/** cases per route and property: each is an HTTP request followed by a fingerprint of every table */
const RUNS = Number(process.env.FUZZ_RUNS ?? 12);
/** per test: the campaign prints its speed, it does not assert it */
const LONG = 300_000;
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

/** Bodies the campaign does not judge (validated by hand in the service), mapped to the DTO that does validate them. */
const BODY_MODEL_OVERRIDES: Record<string, Function> = { 'POST /api/public/requests': PublicRequestDto };

describe('bad input campaign (fast-check)', () => {
  let t: TestApp;
  let routes: DiscoveredRoute[];
  let c: Campaign;
  let refs: Refs;
  let filesDir: string;
  const ids: Record<string, number> = {};
  let problems: Record<string, string[]> = {};
  beforeEach(() => {
    problems = {};
  });
  const note = (section: string, list: string[]) => {
    if (list.length) (problems[section] ??= []).push(...list);
  };
  /** fails with every problem found and the command that replays this draw (the whole file: later cases build on earlier) */
  const noProblems = () => {
    if (Object.keys(problems).length)
      throw new Error(
        `${JSON.stringify(problems, null, 2)}\n\nseed ${SEED} — replay with:\n  ${replayCommand({ seed: SEED, test: false })}`,
      );
  };
  let lang = 0;
  const nextLang = (): 'id' | 'en' => (lang++ % 2 ? 'en' : 'id');

  beforeAll(async () => {
    filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lentera-fuzz-files-'));
    t = await createTestApp({
      env: { TRUST_PROXY: '1', LOGIN_THROTTLE_ACCOUNT: '1000000', LOGIN_THROTTLE_IP: '1000000', FILES_DIR: filesDir },
    });
    const tokens: Record<string, string> = {};
    for (const r of ROLES) tokens[r] = await t.token(r);
    // a portal session of a registered requester (its token is stored as its SHA-256, like a real one)
    const portalToken = 'fuzz-portal-session-token';
    await t.ds.getRepository(PortalSession).insert({
      email: 'budi.santoso@example.id',
      tokenHash: createHash('sha256').update(portalToken).digest('hex'),
      createdAt: new Date(),
      expiresAt: new Date(Date.now() + 365 * 86400_000),
      revokedAt: null,
    });
    c = new Campaign(t, tokens, portalToken);
    routes = discoverRoutes(t.app);
    const lbk = await officeId(t, 'KPU-LBK');
    const reg = await register(t);
    // a user the user-management routes may change at will (the signed-in demo users stay as they are)
    const target = await t
      .http()
      .post('/api/users')
      .set('Authorization', `Bearer ${tokens.admin}`)
      .send({
        username: 'fuzz.target',
        password: 'Fuzz-Target-Passw0rd!2026',
        fullName: 'Sasaran Uji',
        roles: ['desk'],
      });
    if (target.status !== 201) throw new Error(`user setup: ${target.status} ${JSON.stringify(target.body)}`);
    const units = await t.ds.getRepository(Unit).find({ where: { officeId: lbk }, order: { id: 'ASC' } });
    const holidays = await t.ds.getRepository(Holiday).find({ order: { id: 'ASC' }, take: 1 });
    Object.assign(ids, {
      requests: reg.id,
      requesters: reg.requester.id,
      users: target.body.id,
      offices: lbk,
      units: Number(units[0].id),
      holidays: Number(holidays[0].id),
    });
    refs = {
      officeId: [lbk],
      unitId: units.map((u) => Number(u.id)),
      unitIds: units.map((u) => Number(u.id)),
      officeCode: ['KPU-LBK'],
    };
    await c.rebaseline();
  });

  afterAll(async () => {
    const s = c?.stats;
    if (s)
      console.log(
        `bad-input campaign (${t.kind}): ${s.requests} requests; statuses ${JSON.stringify(s.byStatus)}; 5xx: ${s.fiveHundreds.length}`,
      );
    await t?.close();
    fs.rmSync(filesDir, { recursive: true, force: true });
  });

  /** A concrete, valid URL for a route: real ids of the signed-in user's own office where the path names them. */
  const urlOf = (r: DiscoveredRoute, override: Record<string, string> = {}) => {
    const table = r.path.split('/')[2];
    const values: Record<string, string | number> = {
      id: ids[table] ?? 1,
      step: 1,
      code: 'ABCD-EFGH',
      officeCode: 'KPU-LBK',
      year: '2025',
      kind: 'request.received',
      lang: 'id',
      ...override,
    };
    return r.path.replace(/:([A-Za-z]+)/g, (_, p: string) =>
      p in override ? override[p] : encodeURIComponent(String(values[p])),
    );
  };
  const roleOf = (r: DiscoveredRoute) => roleFor(r.permission);
  const modelOf = (r: DiscoveredRoute): DtoModel | undefined => {
    const cls = r.bodyDto ?? BODY_MODEL_OVERRIDES[r.key];
    return cls ? dtoModel(cls) : undefined;
  };

  async function one(section: string, r: DiscoveredRoute, out: Outgoing, verdict?: Verdict) {
    const res = await c.send(r, roleOf(r), out);
    const found = await c.check(r, out, res, verdict);
    note(`${section}: ${r.key}`, found);
    return { res, found };
  }

  it('the change mark the campaign trusts moves with every write, a rolled-back one too, and not with a read', async () => {
    const holiday = ids.holidays;
    const append = t.kind === 'mysql' ? "CONCAT(name, 'x')" : "name || 'x'";
    const trim = t.kind === 'mysql' ? 'LEFT(name, CHAR_LENGTH(name) - 1)' : 'substr(name, 1, length(name) - 1)';
    const m0 = await changeMark(t.ds);
    await t.ds.query('SELECT * FROM holidays');
    expect(await changeMark(t.ds)).toBe(m0);
    await t.ds.query(`UPDATE holidays SET name = ${append} WHERE id = ?`, [holiday]);
    const m1 = await changeMark(t.ds);
    expect(m1).not.toBe(m0);
    const runner = t.ds.createQueryRunner();
    await runner.startTransaction();
    await runner.query('DELETE FROM holidays WHERE id = ?', [holiday]);
    await runner.rollbackTransaction();
    await runner.release();
    // SQLite counts the rolled-back delete (the fingerprint then finds nothing changed); MariaDB's checksums are equal
    const m2 = await changeMark(t.ds);
    if (t.kind === 'sqlite') expect(m2).not.toBe(m1);
    else expect(m2).toBe(m1);
    await t.ds.query(`UPDATE holidays SET name = ${trim} WHERE id = ?`, [holiday]);
    expect(await changeMark(t.ds)).not.toBe(m2);
    await c.rebaseline();
  });

  it(
    'JSON bodies: random, mutated and hostile bodies for every body DTO',
    async () => {
      const bodyRoutes = routes.filter((r) => modelOf(r) && !r.upload);
      expect(bodyRoutes.length).toBeGreaterThan(40);
      for (const r of bodyRoutes) {
        const model = modelOf(r)!;
        await fc
          .assert(
            fc.asyncProperty(bodySamples(model, refs), async (sample) => {
              const { found } = await one(
                'body',
                r,
                {
                  method: r.method,
                  url: urlOf(r),
                  body: sample.text,
                  contentType: 'application/json',
                  lang: nextLang(),
                },
                sample.verdict,
              );
              return found.length === 0;
            }),
            { seed: SEED, numRuns: RUNS, endOnFailure: true },
          )
          .catch((e: Error) => {
            if (process.env.FUZZ_DEBUG) console.log(e.stack, (e as { cause?: Error }).cause?.stack);
            note(`body: ${r.key}`, [`fast-check: ${e.message.split('\n').slice(0, 3).join(' ')}`]);
          });
      }
      noProblems();
    },
    LONG,
  );

  it(
    'JSON bodies: named hostile values in every field of every body DTO',
    async () => {
      // every field gets null and a string past its limit; the other named values rotate over the fields
      const ROTATING: unknown[] = [
        {},
        [],
        12345,
        "'; DROP TABLE requests; --<script>alert(1)</script>",
        '\u0000\u202E../../etc/passwd',
        true,
      ];
      let turn = 0;
      const named = (max: number | undefined): unknown[] => [
        null,
        turn++ % 2 ? `${'\u{1F600}'.repeat(4)}${bigString((max ?? 5000) + 1)}` : ROTATING[turn % ROTATING.length],
      ];
      for (const r of routes.filter((x) => modelOf(x) && !x.upload)) {
        const model = modelOf(r)!;
        const [base] = fc.sample(validObject(model, refs), { seed: SEED, numRuns: 1 });
        for (const f of model.fields) {
          const max = f.checks.find((x) => x.name === 'maxLength')?.constraints[0] as number | undefined;
          for (const v of named(max)) {
            const body = { ...base, [f.name]: v };
            await one(
              'named',
              r,
              {
                method: r.method,
                url: urlOf(r),
                body: toJsonText(body),
                contentType: 'application/json',
                lang: nextLang(),
              },
              judge(model, JSON.parse(toJsonText(body))),
            );
          }
        }
      }
      noProblems();
    },
    LONG,
  );

  it(
    'bodies validated by hand (settings, public form): hostile bodies never yield a 5xx nor change data',
    async () => {
      const manual = routes.filter(
        (r) => r.write && !modelOf(r) && r.args.some((a) => a.kind === 'body' && !a.name) && !r.upload,
      );
      const anyObject = fc.oneof(
        hostileBody,
        mutatedObject({ name: 'any', fields: [] }, refs),
        fc.dictionary(
          fc.constantFrom('officeCode', 'timezone', 'deadlineDays', 'x', '__proto__', 'data'),
          fc.constantFrom(...HOSTILE_STRINGS, 1, null, [], {} as unknown),
        ),
      );
      for (const r of manual) {
        await fc
          .assert(
            fc.asyncProperty(anyObject, async (b) => {
              const text = b instanceof RawJson ? b.text : toJsonText(b);
              const { found } = await one('manual', r, {
                method: r.method,
                url: urlOf(r),
                body: text,
                contentType: 'application/json',
                lang: nextLang(),
              });
              return found.length === 0;
            }),
            { seed: SEED, numRuns: RUNS, endOnFailure: true },
          )
          .catch((e: Error) =>
            note(`manual: ${r.key}`, [`fast-check: ${e.message.split('\n').slice(0, 3).join(' ')}`]),
          );
      }
      noProblems();
    },
    LONG,
  );

  it(
    'path parameters: hostile ids get a 400 naming the parameter, unknown ids a 404',
    async () => {
      const HOSTILE_IDS = [
        '0',
        '-1',
        '1.5',
        '1e3',
        '0x10',
        'abc',
        ' 1',
        '１',
        '9999999999999',
        '99999999999999999999',
        "1' OR '1'='1",
        '1;DROP TABLE requests',
        '%00',
        'NaN',
        'Infinity',
        '<script>',
      ];
      const withParams = routes.filter((r) => r.params.length);
      let turn = 0;
      for (const r of withParams) {
        const idParams = r.args.filter((a) => a.kind === 'param' && a.pipes.includes('IdPipe')).map((a) => a.name!);
        for (const p of r.params) {
          // two hostile values per parameter, rotating so that the list as a whole is covered across routes
          const pool = idParams.includes(p)
            ? HOSTILE_IDS
            : [...HOSTILE_STRINGS.filter((s) => s.length < 300), 'x'.repeat(5000)];
          const values = [0, 1].map(() => pool[turn++ % pool.length]);
          for (const v of values) {
            const url = urlOf(r, { [p]: encodeURIComponent(v.replace(/[\uD800-\uDFFF]/g, '\uFFFD')) });
            const body = r.write && !r.upload ? '{}' : undefined;
            const out: Outgoing = {
              method: r.method,
              url,
              body,
              contentType: body ? 'application/json' : undefined,
              lang: nextLang(),
            };
            const { res } = await one('param', r, out);
            if (idParams.includes(p) && res.status !== 400)
              note(`param: ${r.key}`, [`${url} → ${res.status}, expected 400`]);
            else if (idParams.includes(p) && !Object.keys(res.body?.fields ?? {}).includes(p) && res.body?.fields)
              note(`param: ${r.key}`, [`${url} → 400 naming ${Object.keys(res.body.fields)}, expected ${p}`]);
          }
          if (idParams.includes(p) && r.method === 'GET') {
            const url = urlOf(r, { [p]: '999999999' });
            const { res } = await one('param', r, { method: r.method, url, lang: nextLang() });
            if (![404, 400].includes(res.status))
              note(`param: ${r.key}`, [`${url} → ${res.status}, expected 404 for an unknown id`]);
          }
        }
      }
      noProblems();
    },
    LONG,
  );

  it(
    'query strings: list filters, sort and range, named parameters and query DTOs',
    async () => {
      const json = fc.oneof(
        fc.constantFrom(
          '{',
          '[',
          '{"q":}',
          "{'q':1}",
          'null',
          '1',
          '"x"',
          '[]',
          '{}',
          '[1,2,3]',
          '["id"]',
          '["id","UP"]',
          '["nope","ASC"]',
          '[0,-1]',
          '[5,1]',
          '[0,1e9]',
          '[0,99999]',
          '[1.5,3]',
          '["0","9"]',
          '{"id":"x"}',
          '{"id":[0]}',
          '{"__proto__":{"a":1}}',
          '{"q":"50%_!"}',
          `{"q":"${'x'.repeat(500)}"}`,
          `[${'['.repeat(5000)}${']'.repeat(5000)}]`,
        ),
        fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify(v)),
        fc
          .dictionary(
            fc.constantFrom(
              'q',
              'id',
              'status',
              'officeId',
              'unitId',
              'year',
              'from',
              'to',
              'date',
              'active',
              'role',
              'type',
              'category',
              'action',
              'entityType',
              'userId',
              'nope',
            ),
            fc.oneof(fc.constantFrom(...HOSTILE_STRINGS), fc.jsonValue({ maxDepth: 1 })),
          )
          .map((d) => JSON.stringify(d)),
        fc.constantFrom(...HOSTILE_STRINGS),
      );
      const listQuery = fc.record({ filter: json, sort: json, range: json }, { requiredKeys: [] }).chain((q) =>
        fc.oneof(
          { weight: 5, arbitrary: fc.constant(q as Record<string, string | string[]>) },
          {
            weight: 1,
            arbitrary: fc.constant({ ...q, filter: ['{}', '{}'], extra: 'x' } as Record<string, string | string[]>),
          },
        ),
      );
      const named = (names: string[]) =>
        fc.dictionary(
          fc.constantFrom(...names, 'extra'),
          fc.oneof(
            fc.constantFrom(
              ...HOSTILE_STRINGS,
              '2026-02-30',
              '2026-13',
              '2026',
              '0',
              '-5',
              '99999999999999999999',
              'KPU-LBK',
              'csv',
              'json',
              'xlsx',
            ),
            fc.array(fc.constantFrom('1', '2026-01-01'), { minLength: 2, maxLength: 2 }),
          ),
          { minKeys: 1 },
        );
      for (const r of routes.filter((x) => x.method === 'GET' && (x.listQuery || x.namedQuery.length || x.queryDto))) {
        const arb: fc.Arbitrary<{ q: Record<string, string | string[]>; verdict?: Verdict }> = r.queryDto
          ? named(dtoModel(r.queryDto).fields.map((f) => f.name)).map((q) => ({
              q,
              verdict: judgeQuery(dtoModel(r.queryDto!), q),
            }))
          : r.listQuery
            ? listQuery.map((q) => ({ q }))
            : named(r.namedQuery).map((q) => ({ q }));
        await fc
          .assert(
            fc.asyncProperty(arb, async ({ q, verdict }) => {
              const { found, res } = await one(
                'query',
                r,
                { method: 'GET', url: urlOf(r) + queryString(q), lang: nextLang() },
                verdict,
              );
              // a refused list query names what was wrong with it
              if (res.status === 400 && !res.body?.fields)
                found.push(`${queryString(q).slice(0, 120)} → 400 without fields`);
              note(
                `query: ${r.key}`,
                found.filter((f) => f.endsWith('without fields')),
              );
              return found.length === 0;
            }),
            { seed: SEED, numRuns: RUNS, endOnFailure: true },
          )
          .catch((e: Error) => note(`query: ${r.key}`, [`fast-check: ${e.message.split('\n').slice(0, 3).join(' ')}`]));
      }
      noProblems();
    },
    LONG,
  );

  it(
    'wrong content types, malformed JSON and unsupported encodings are refused without touching data',
    async () => {
      const jsonRoutes = routes.filter((r) => r.write && modelOf(r) && !r.upload && !r.isPublic);
      for (const r of jsonRoutes) {
        const [valid] = fc.sample(validObject(modelOf(r)!, refs), { seed: SEED, numRuns: 1 });
        const text = toJsonText(valid);
        const cases: Array<{ contentType: string; body: string; expect: number[] }> = [
          { contentType: 'text/plain', body: text, expect: [415] },
          {
            contentType: 'multipart/form-data; boundary=x',
            body: `--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--x--\r\n`,
            expect: [415],
          },
          { contentType: 'application/xml', body: '<a>1</a>', expect: [415] },
          { contentType: 'application/json', body: '{"a":', expect: [400] },
          { contentType: 'application/json', body: "{'a':1}", expect: [400] },
          { contentType: 'application/json', body: `${text}garbage`, expect: [400] },
          { contentType: 'application/json', body: '"just a string"', expect: [400] },
          { contentType: 'application/json; charset=utf-16', body: text, expect: [400, 415] },
          { contentType: 'application/json; charset=koi8-r', body: text, expect: [415] },
        ];
        for (const k of cases) {
          const out: Outgoing = {
            method: r.method,
            url: urlOf(r),
            body: k.body,
            contentType: k.contentType,
            lang: nextLang(),
          };
          const { res } = await one('content-type', r, out);
          if (!k.expect.includes(res.status))
            note(`content-type: ${r.key}`, [
              `${k.contentType} ${k.body.slice(0, 40)} → ${res.status} ${JSON.stringify(res.body).slice(0, 160)}, expected ${k.expect}`,
            ]);
          if (res.status === 415 && !res.body?.fields?.['content-type'] && !k.contentType.includes('charset'))
            note(`content-type: ${r.key}`, [
              `${k.contentType} → 415 not naming content-type: ${JSON.stringify(res.body).slice(0, 160)}`,
            ]);
          if (res.status === 400 && k.contentType.startsWith('application/json') && !res.body?.fields?.body)
            note(`content-type: ${r.key}`, [
              `malformed JSON → 400 not naming body: ${JSON.stringify(res.body).slice(0, 160)}`,
            ]);
        }
        const gz = await one('content-type', r, {
          method: r.method,
          url: urlOf(r),
          body: text,
          contentType: 'application/json',
          headers: { 'Content-Encoding': 'x-evil' },
          lang: nextLang(),
        });
        if (gz.res.status !== 415)
          note(`content-type: ${r.key}`, [`Content-Encoding: x-evil → ${gz.res.status}, expected 415`]);
        const br = await one('content-type', r, {
          method: r.method,
          url: urlOf(r),
          body: text,
          contentType: 'application/json',
          headers: { 'Content-Encoding': 'br' },
          lang: nextLang(),
        });
        if (![400, 415].includes(br.res.status))
          note(`content-type: ${r.key}`, [
            `Content-Encoding: br with plain bytes → ${br.res.status}, expected 400 or 415`,
          ]);
      }
      noProblems();
    },
    LONG,
  );

  it(
    'a 50 MB body is refused with 413 and the server keeps answering',
    async () => {
      const MB = Buffer.alloc(1024 * 1024, 'a');
      const total = 50 * 1024 * 1024;
      const server = t.app.getHttpServer();
      const json = await sendHuge(server, {
        method: 'POST',
        path: '/api/requests',
        headers: {
          Authorization: `Bearer ${c.token(routes[0], 'desk')}`,
          'Content-Type': 'application/json',
          'Accept-Language': 'en',
        },
        totalBytes: total,
        chunk: (i) => (i === 0 ? Buffer.concat([Buffer.from('{"informationRequested":"'), MB]) : MB),
      });
      expect(json.status).toBe(413);
      expect(JSON.parse(json.body)).toMatchObject({ statusCode: 413, message: 'The request body is too large' });
      await t.http().get('/api/health').expect(200);
      const upload = routes.find((r) => r.key === 'POST /api/requesters/:id/files')!;
      const head = Buffer.from(
        `--b0undary\r\nContent-Disposition: form-data; name="kind"\r\n\r\nktp\r\n--b0undary\r\nContent-Disposition: form-data; name="file"; filename="besar.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
      );
      const file = await sendHuge(server, {
        method: 'POST',
        path: urlOf(upload),
        headers: {
          Authorization: `Bearer ${c.token(upload, 'desk')}`,
          'Content-Type': 'multipart/form-data; boundary=b0undary',
        },
        totalBytes: total,
        chunk: (i) => (i === 0 ? Buffer.concat([head, PDF, MB]) : MB),
      });
      expect(file.status).toBe(413);
      expect(Object.keys(JSON.parse(file.body).fields)).toEqual(['file']);
      await t.http().get('/api/health').expect(200);
      // nothing was stored by either
      note(
        '50MB',
        await c.check(upload, { method: 'POST', url: urlOf(upload), body: '<50 MB>', lang: 'id' }, {
          status: 413,
          body: { message: 'Data yang dikirim terlalu besar' },
          type: 'application/json',
        } as never),
      );
      noProblems();
    },
    LONG,
  );

  it(
    'uploads: hostile file names are neutralised and nothing is written outside the files directory',
    async () => {
      const parent = path.dirname(filesDir);
      const before = new Set(fs.readdirSync(parent));
      const NAMES = [
        '../../../../etc/passwd.pdf',
        '..\\..\\..\\windows\\win.ini.pdf',
        '/etc/shadow.pdf',
        `${filesDir}/../escape.pdf`,
        'a\u0000b.pdf',
        '\u202Efdp.exe',
        '..',
        '.',
        '.htaccess',
        'CON.pdf',
        'x'.repeat(1000) + '.pdf',
        '"quoted"; filename*=UTF-8\'\'evil.pdf',
        '<script>alert(1)</script>.pdf',
        'ktp\r\nX-Evil: 1.pdf',
        '😀🇮🇩.pdf',
        '%2e%2e%2fescape.pdf',
        '',
      ];
      const uploads = routes.filter((r) => r.upload);
      expect(uploads.length).toBeGreaterThan(3);
      let turn = 0;
      for (const r of uploads) {
        // every name on the identity-scan route (it stores them); four rotating names on each of the others
        const names =
          r.key === 'POST /api/requesters/:id/files' ? NAMES : [0, 1, 2, 3].map(() => NAMES[turn++ % NAMES.length]);
        for (const name of names) {
          const method = r.method.toLowerCase() as 'post';
          const agent = t.http();
          let req = agent[method](urlOf(r))
            .set('X-Forwarded-For', `10.200.0.${NAMES.indexOf(name)}`)
            .set('Accept-Language', 'en');
          const token = c.token(r, roleOf(r));
          if (token) req = req.set('Authorization', `Bearer ${token}`);
          if (r.key === 'POST /api/requesters/:id/files') req = req.field('kind', 'ktp');
          if (r.key.endsWith('/signing-certificate')) req = req.field('passphrase', "'; DROP TABLE offices; --");
          const res = await req.attach('file', PDF, { filename: name || 'x', contentType: 'application/pdf' });
          const out: Outgoing = {
            method: r.method,
            url: urlOf(r),
            body: `<file ${JSON.stringify(name.slice(0, 40))}>`,
            lang: 'en',
          };
          note(`upload: ${r.key}`, await c.check(r, out, res));
          if (res.status === 201 && typeof res.body?.originalName === 'string') {
            const stored: string = res.body.originalName;
            // eslint-disable-next-line no-control-regex -- a stored name must hold no control character
            if (/[\\/\u0000-\u001f"]/.test(stored) || stored.startsWith('.') || stored.length > 200)
              note(`upload: ${r.key}`, [`${JSON.stringify(name.slice(0, 60))} stored as ${JSON.stringify(stored)}`]);
          }
        }
      }
      // every stored file is <filesDir>/<2 hex>/<uuid>; nothing new beside the files directory
      const walk = (d: string): string[] =>
        fs
          .readdirSync(d, { withFileTypes: true })
          .flatMap((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : [path.join(d, e.name)]));
      for (const f of walk(filesDir)) expect(path.relative(filesDir, f)).toMatch(/^[0-9a-f]{2}\/[0-9a-f-]{36}$/);
      const added = fs.readdirSync(parent).filter((n) => !before.has(n) && !n.startsWith('lentera-fuzz-files-'));
      expect(added.filter((n) => /escape|passwd|shadow|win\.ini|evil/.test(n))).toEqual([]);
      noProblems();
    },
    LONG,
  );
});
