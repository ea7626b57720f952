import { generateKeyPairSync } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import forge from 'node-forge';
import { ROLES, Role } from '../../server/src/common/permissions';
import { SubmissionsService } from '../../server/src/requests/submissions.service';
import { User, UserRole } from '../../server/src/users/user.entity';
import {
  ACTORS,
  Actor,
  expected,
  FIXTURES,
  Fixture,
  FixtureKind,
  GROUPS,
  GroupKey,
  OfficeRef,
  OFFICES,
  Outcome,
  PublicCall,
  PUBLIC_ROWS,
  REGENERATE,
  renderAccessDocs,
  Row,
  rowKey,
  ROWS,
  StaffRole,
  Target,
  TARGETS,
  targetsOf,
  Upload,
  World,
} from '../support/access-matrix';
import { changeMark, fingerprint, Fingerprint, fingerprintDiff } from '../support/fuzz/fingerprint';
import { RegisteredRoute, registeredRoutes } from '../support/routes';
import { OpenApiDoc, ResponseSchemas } from '../support/openapi-schema';
import { PdfService } from '../../server/src/documents/pdf.service';
import { PlainPdfService } from '../support/plain-pdf';
import { createTestApp, signIn, TestApp } from '../support/test-app';

const DOCS = path.resolve(__dirname, '../../docs/access-matrix.md');
const PASSWORD = 'lentera-demo-2026';

describe('docs/access-matrix.md', () => {
  it('docs/access-matrix.md is what the table renders', () => {
    const want = renderAccessDocs();
    if (process.env.UPDATE_ACCESS_DOCS === '1') fs.writeFileSync(DOCS, want);
    const have = fs.existsSync(DOCS) ? fs.readFileSync(DOCS, 'utf8') : '';
    if (have !== want)
      throw new Error(
        `docs/access-matrix.md differs from what test/support/access-matrix.ts renders. Regenerate it with:\n  ${REGENERATE}`,
      );
  });
});

/** Usernames of the staff who make the fixtures in each office (the own office's are also the actors). */
function staffName(target: Target, who: StaffRole): string {
  if (target === 'child') return who; // the demo users of KPU Kabupaten Lebak
  if (target === 'parent' && who === 'admin') return 'admin.ri';
  return `${{ own: 'btn', parent: 'ri', unrelated: 'lpg' }[target]}.${who}`;
}

/** A self-signed certificate in a PKCS#12, valid now, as an office would upload it. */
function makeP12(passphrase: string): Buffer {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const key = forge.pki.privateKeyFromPem(
    privateKey.export({ type: 'pkcs1', format: 'pem' }).toString(),
  ) as forge.pki.rsa.PrivateKey;
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.rsa.setPublicKey(key.n, key.e);
  cert.serialNumber = '0a1b2c3e';
  cert.validity.notBefore = new Date(Date.now() - 86400_000);
  cert.validity.notAfter = new Date(Date.now() + 365 * 86400_000);
  const attrs = [
    { shortName: 'CN', value: 'Matriks Akses' },
    { shortName: 'C', value: 'ID' },
  ];
  cert.setSubject(attrs);
  cert.setIssuer(attrs);
  cert.sign(key, forge.md.sha256.create());
  return Buffer.from(
    forge.asn1.toDer(forge.pkcs12.toPkcs12Asn1(key, [cert], passphrase, { algorithm: 'aes256' })).getBytes(),
    'binary',
  );
}

/**
 * On MariaDB the cells of a read-only row are sent a few at a time (the PDF renders and the database round trips
 * overlap); a row that changes records sends its cells one after another, so no cell sees another's change half-way.
 * On SQLite every cell waits for the one before: the app shares one SQLite connection, and two transactions that
 * overlap on it fail ("cannot start a transaction within a transaction"; a document issued meanwhile answers 500).
 */
const CONCURRENCY = 4;
/** GET, and no fixture re-made for every cell (the signing certificate is re-uploaded when a cell finds none). */
const readOnly = (row: Row) =>
  row.route.startsWith('GET ') &&
  !(row.target && (FIXTURES[row.target] as { ensure?: boolean }).ensure && row.target !== 'office');

async function runAll(tasks: Array<() => Promise<void>>, width: number): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(width, tasks.length) }, async () => {
      while (next < tasks.length) await tasks[next++]();
    }),
  );
}

interface Mismatch {
  row: string;
  actor: string;
  target: string;
  expected: string;
  got: string;
  body: string;
}

describe('permission matrix: every route × every role × own / child / parent / unrelated office', () => {
  let t: TestApp;
  let routes: Map<string, RegisteredRoute>;
  let world: World;
  const offices = {} as Record<Target, OfficeRef>;
  const shared = new Map<string, Promise<Fixture>>();
  /** every successful JSON answer is checked against the schema the route declares (test/support/openapi-schema.ts) */
  let schemas: ResponseSchemas;
  /** the valid call each public route was sent with (the route walk sends it again) */
  const publicCalls = new Map<string, PublicCall>();
  /** `<kind family>:<id>` of every shared fixture (a fresh one is free again once its cell has run) */
  const sharedIds = new Set<string>();
  let seq = 0;
  let cells = 0;

  const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date());

  async function send(
    method: string,
    url: string,
    headers: Record<string, string>,
    opts: { query?: Record<string, string>; body?: unknown; form?: Record<string, string>; upload?: Upload },
  ) {
    let req = t.http()[method.toLowerCase() as 'get'](url).set(headers);
    if (opts.query) req = req.query(opts.query);
    if (opts.form) req = req.type('form').send(opts.form);
    else if (opts.upload) {
      req = req.attach('file', opts.upload.file, {
        filename: opts.upload.filename,
        contentType: opts.upload.contentType,
      });
      for (const [k, v] of Object.entries(opts.upload.fields ?? {})) req = req.field(k, v);
    } else if (opts.body !== undefined) req = req.send(opts.body as object);
    return req;
  }
  const auth = async (username: string) => ({ Authorization: `Bearer ${await t.token(username, PASSWORD)}` });

  beforeAll(async () => {
    // who may ask for a document, not what its pages look like: pdf-lib instead of Chromium (test/support/plain-pdf.ts)
    t = await createTestApp({ override: (b) => b.overrideProvider(PdfService).useValue(new PlainPdfService()) });
    routes = new Map(registeredRoutes(t.app).map((r) => [r.route, r]));
    schemas = new ResponseSchemas((await t.http().get('/api/docs-json').expect(200)).body as OpenApiDoc);
    const p12 = { der: makeP12('sandi-matriks'), passphrase: 'sandi-matriks' };

    world = {
      office: (target) => offices[target],
      api: async (o, who, method, url, body, upload) => {
        const res = await send(method, url, await auth(staffName(o.target, who)), { body, upload });
        if (res.status >= 300)
          throw new Error(
            `fixture: ${method} ${url} as ${staffName(o.target, who)} answered ${res.status} ${JSON.stringify(res.body)}`,
          );
        return res.body;
      },
      sql: (q, params) => t.ds.query(q, params),
      submitWeb: (_o, body) => t.app.get(SubmissionsService).submit(body, undefined, '192.0.2.1'),
      password: PASSWORD,
      login: (username) => signIn(t, username, PASSWORD),
      seq: () => ++seq,
      isShared: (family, id) => sharedIds.has(`${family}:${id}`),
      today,
      freshYear: async (o) => {
        const taken = new Set(
          (await t.ds.query('SELECT year FROM annual_reports WHERE officeId = ?', [o.id])).map((r: { year: number }) =>
            Number(r.year),
          ),
        );
        for (let y = Number(today().slice(0, 4)) - 1; y >= 2008; y--) if (!taken.has(y)) return y;
        throw new Error(`no year left for an annual report of ${o.code}`);
      },
      freshMonth: async (o) => {
        const taken = new Set(
          (await t.ds.query('SELECT year, month FROM monthly_reports WHERE officeId = ?', [o.id])).map(
            (r: { year: number; month: number }) => `${r.year}-${String(r.month).padStart(2, '0')}`,
          ),
        );
        const [y, m] = today().split('-').map(Number);
        for (let i = 1; i < 240; i++) {
          const d = new Date(Date.UTC(y, m - 1 - i, 1)).toISOString().slice(0, 7);
          if (!taken.has(d)) return d;
        }
        throw new Error(`no month left for a monthly report of ${o.code}`);
      },
      freshLiaisonPeriod: async (o) => {
        const taken = new Set(
          (
            await t.ds.query('SELECT year, period FROM liaison_reports WHERE officeId = ? AND unitId = ?', [
              o.id,
              o.liaisonUnitId,
            ])
          ).map((r: { year: number; period: string }) => `${r.year}${r.period}`),
        );
        for (let y = Number(today().slice(0, 4)); y >= 2008; y--)
          for (const period of ['S1', 'S2', 'Q1', 'Q2', 'Q3', 'Q4'])
            if (!taken.has(`${y}${period}`)) return { year: y, period };
        throw new Error(`no period left for a liaison report of ${o.code}`);
      },
      p12,
    };

    // The offices, and one user per role in each (KPU Kabupaten Lebak has the demo users).
    for (const target of TARGETS) {
      const [row] = await t.ds.query('SELECT id, path FROM offices WHERE code = ?', [OFFICES[target].code]);
      offices[target] = { target, id: Number(row.id), code: OFFICES[target].code, path: row.path, liaisonUnitId: 0 };
    }
    const template = await t.ds.getRepository(User).findOneByOrFail({ username: 'admin' });
    for (const target of ['own', 'unrelated'] as const) {
      const now = new Date();
      const { identifiers } = await t.ds.getRepository(User).insert({
        ...template,
        id: undefined,
        officeId: offices[target].id,
        username: staffName(target, 'admin'),
        fullName: `Admin ${OFFICES[target].name}`,
        unitId: null,
        createdAt: now,
        updatedAt: now,
      });
      await t.ds.getRepository(UserRole).insert({ userId: Number(identifiers[0].id), role: 'admin' });
    }
    for (const target of ['own', 'parent', 'unrelated'] as const) {
      const o = offices[target];
      const unit = await world.api(o, 'admin', 'POST', '/api/units', {
        code: 'PDI',
        name: 'Subbagian Perencanaan, Data dan Informasi',
      });
      o.liaisonUnitId = Number(unit.id);
      if (target === 'own')
        o.otherUnitId = Number(
          (await world.api(o, 'admin', 'POST', '/api/units', { code: 'TEK', name: 'Subbagian Teknis' })).id,
        );
      const people: Array<[StaffRole, Role[]]> = [
        ...ROLES.filter((r) => r !== 'admin').map((r): [StaffRole, Role[]] => [r, [r]]),
        ...(target === 'own' ? [['ppidatasan', ['ppid', 'atasan']] as [StaffRole, Role[]]] : []),
      ];
      for (const [who, roles] of people)
        await world.api(o, 'admin', 'POST', '/api/users', {
          username: staffName(target, who),
          password: PASSWORD,
          fullName: `${who} ${OFFICES[target].name}`,
          position: who,
          roles,
          ...(roles.includes('penghubung') ? { unitId: o.liaisonUnitId } : {}),
        });
    }
    const [lebakLiaison] = await t.ds.query('SELECT unitId FROM users WHERE username = ?', ['penghubung']);
    offices.child.liaisonUnitId = Number(lebakLiaison.unitId);
  }, 180_000);
  afterAll(async () => t?.close());

  it('every registered route is in the table (with the permission it declares, or as a public route), and every row names a live route', () => {
    const rowRoutes = new Set(ROWS.map((r) => r.route));
    const publicRoutes = new Set(PUBLIC_ROWS.map((r) => r.route));
    const missing = [...routes.values()]
      .filter((r) => !(r.isPublic ? publicRoutes : rowRoutes).has(r.route))
      .map((r) => `${r.route} (${r.isPublic ? 'public' : r.permission})`);
    const stale = [
      ...[...rowRoutes].filter((r) => !routes.has(r) || routes.get(r)!.isPublic),
      ...[...publicRoutes].filter((r) => !routes.get(r)?.isPublic).map((r) => `${r} (public)`),
    ];
    const wrongPermission = ROWS.filter(
      (r) => routes.has(r.route) && routes.get(r.route)!.permission !== r.permission,
    ).map((r) => `${rowKey(r)}: table ${r.permission}, route ${routes.get(r.route)!.permission}`);
    const keys = [...ROWS.map(rowKey), ...PUBLIC_ROWS.map((r) => r.route)];
    const duplicates = keys.filter((k, i) => keys.indexOf(k) !== i);
    const untargeted = ROWS.filter((r) => (r.scope === 'read' || r.scope === 'write') && !r.target).map(rowKey);
    expect({ missing, stale, wrongPermission, duplicates, untargeted }).toEqual({
      missing: [],
      stale: [],
      wrongPermission: [],
      duplicates: [],
      untargeted: [],
    });
  });

  async function fixture(row: Row, kind: FixtureKind, target: Target, fresh: boolean): Promise<Fixture> {
    const def = FIXTURES[kind] as { ensure?: boolean; make: (w: World, o: OfficeRef) => Promise<Fixture> };
    if (def.ensure || fresh) return def.make(world, offices[target]);
    const key = `${kind}@${target}`;
    if (!shared.has(key))
      shared.set(
        key,
        def.make(world, offices[target]).then((f) => {
          sharedIds.add(`${String(kind).split(':')[0]}:${f.id}`);
          return f;
        }),
      );
    return shared.get(key)!;
  }

  /** Offices whose records the own-office actors may see (refreshed when an office is created under it). */
  async function visibleOfficeIds(withAncestors: boolean): Promise<Set<number>> {
    const rows: Array<{ id: number; path: string }> = await t.ds.query('SELECT id, path FROM offices');
    const own = offices.own.path;
    return new Set(
      rows.filter((r) => r.path.startsWith(own) || (withAncestors && own.startsWith(r.path))).map((r) => Number(r.id)),
    );
  }

  async function runCell(
    row: Row,
    actor: Actor,
    target: Target,
    want: Outcome,
    fixtureKind: FixtureKind | undefined,
    who: string,
    mismatches: Mismatch[],
  ) {
    const route = routes.get(row.route)!;
    const o = offices[row.scope === 'none' ? 'own' : target];
    const succeeds = want === 'ok' || want === 'empty';
    const f = fixtureKind ? await fixture(row, fixtureKind, o.target, Boolean(row.fresh) && succeeds) : { id: 0 };
    const c = { w: world, o, f };
    const url = row.path ? row.path(c) : route.path.replace(':id', String(f.id));
    const headers = actor === 'anonymous' ? {} : await auth(who);
    const res = await send(route.method, url, headers, {
      query: row.query?.(c),
      body: await row.body?.(c),
      upload: row.upload?.(c),
    });
    cells++;
    const problems: string[] = [];
    if (succeeds ? res.status !== route.successStatus : res.status !== want) problems.push(`status ${res.status}`);
    if (res.status >= 200 && res.status < 300 && actor !== 'anonymous' && /json/.test(res.type)) {
      const items: Array<Record<string, unknown>> = Array.isArray(res.body)
        ? res.body
        : res.body && typeof res.body === 'object'
          ? [res.body]
          : [];
      if (row.leak !== false) {
        const visible = await visibleOfficeIds(row.leak === 'offices');
        const field = row.leak === 'offices' ? 'id' : 'officeId';
        const leaked = items
          .filter((x) => typeof x[field] === 'number' && !visible.has(x[field] as number))
          .map((x) => x[field]);
        if (leaked.length) problems.push(`rows of offices ${[...new Set(leaked)].join(', ')} it may not see`);
      }
      if (want === 'empty' && items.some((x) => x.officeId === o.id))
        problems.push(`rows of ${o.code}, which it may not see`);
      const extra = row.check ? row.check(res.body, actor, target) : null;
      if (extra) problems.push(extra);
      const shape = schemas.check(route.method, route.path, res.status, res.body);
      if (shape) problems.push(`answer is not what the OpenAPI document declares: ${shape}`);
    }
    if (problems.length)
      mismatches.push({
        row: rowKey(row),
        actor: who,
        target: row.scope === 'none' ? '—' : target,
        expected: String(succeeds ? `${route.successStatus}${want === 'empty' ? ' (∅)' : ''}` : want),
        got: problems.join('; '),
        body:
          (Buffer.isBuffer(res.body) ? '' : (JSON.stringify(res.body) ?? '')).slice(0, 240) ||
          res.text?.slice(0, 240) ||
          '',
      });
  }

  /** A cell whose fixture cannot be made is reported like any other mismatch, and the other cells still run. */
  async function guarded(
    row: Row,
    actor: Actor,
    target: Target,
    want: Outcome,
    fixtureKind: FixtureKind | undefined,
    who: string,
    mismatches: Mismatch[],
  ) {
    try {
      await runCell(row, actor, target, want, fixtureKind, who, mismatches);
    } catch (e) {
      cells++;
      mismatches.push({
        row: rowKey(row),
        actor: who,
        target,
        expected: String(want),
        got: 'error',
        body: String((e as Error).message).slice(0, 400),
      });
    }
  }

  for (const [group, label] of Object.entries(GROUPS) as Array<[GroupKey, (typeof GROUPS)[GroupKey]]>) {
    it(`${label.en}: every cell answers what the table says`, async () => {
      const mismatches: Mismatch[] = [];
      let n = 0;
      for (const row of ROWS.filter((r) => r.group === group)) {
        if (!routes.has(row.route)) continue; // reported by the coverage test
        const started = Date.now();
        const cellsOfRow: Array<() => Promise<void>> = [];
        for (const actor of ACTORS)
          for (const target of targetsOf(row))
            cellsOfRow.push(() =>
              guarded(
                row,
                actor,
                target,
                expected(row, actor, target),
                row.target,
                actor === 'anonymous' ? 'anonymous' : staffName('own', actor),
                mismatches,
              ),
            );
        for (const rule of row.rules ?? [])
          cellsOfRow.push(() =>
            guarded(
              { ...row, fresh: true },
              rule.who === 'ppidatasan' ? 'atasan' : rule.who,
              'own',
              rule.expect,
              rule.target,
              staffName('own', rule.who),
              mismatches,
            ),
          );
        n += cellsOfRow.length;
        await runAll(cellsOfRow, readOnly(row) && t.kind !== 'sqlite' ? CONCURRENCY : 1);
        if (process.env.PM_PROFILE)
          process.stdout.write(`permission matrix: ${String(Date.now() - started).padStart(6)} ms ${rowKey(row)}\n`);
      }
      mismatches.sort((a, b) => `${a.row}|${a.actor}|${a.target}`.localeCompare(`${b.row}|${b.actor}|${b.target}`));
      if (mismatches.length)
        throw new Error(
          `${mismatches.length} of ${n} cells differ from test/support/access-matrix.ts:\n` +
            mismatches
              .map((m) => `  ${m.row} | ${m.actor} | ${m.target} | expected ${m.expected} | got ${m.got} | ${m.body}`)
              .join('\n'),
        );
    }, 300_000);
  }

  it('public routes: each answers an anonymous caller as the table says', async () => {
    const mismatches: string[] = [];
    for (const row of PUBLIC_ROWS) {
      const route = routes.get(row.route);
      if (!route) continue; // reported by the coverage test
      try {
        const c = (await row.call?.(world)) ?? {};
        publicCalls.set(row.route, c);
        const res = await send(route.method, c.path ?? route.path, c.headers ?? {}, c);
        cells++;
        if (res.status !== row.expect)
          mismatches.push(
            `  ${row.route} | expected ${row.expect} | got ${res.status} | ${(JSON.stringify(res.body) ?? '').slice(0, 240)}`,
          );
      } catch (e) {
        cells++;
        mismatches.push(
          `  ${row.route} | expected ${row.expect} | got error | ${String((e as Error).message).slice(0, 400)}`,
        );
      }
    }
    if (mismatches.length)
      throw new Error(
        `${mismatches.length} of ${PUBLIC_ROWS.length} public routes differ from test/support/access-matrix.ts:\n${mismatches.join('\n')}`,
      );
  }, 120_000);

  /**
   * Reads never write (issue 14.2): every GET, staff and public, for a record of the own office and of a child office,
   * by a role that may read it, leaves every table as it was. Fixtures, public-call set-ups and sign-in tokens are
   * made before the walk (signing in writes). No table is excluded: the metrics pre-aggregate is written by its
   * scheduled job (MetricsMaterializer), never by the read that finds a month missing or stale.
   */
  it('reads never write: no GET changes any table (fingerprint before and after every call)', async () => {
    type Walk = {
      label: string;
      path: string;
      url: string;
      headers: Record<string, string>;
      query?: Record<string, string>;
    };
    const walks: Walk[] = [];
    const tokens = new Map<string, Record<string, string>>();
    for (const role of ROLES) tokens.set(role, await auth(staffName('own', role)));
    for (const row of ROWS) {
      const route = routes.get(row.route);
      if (!route || route.method !== 'GET') continue;
      for (const target of targetsOf(row).filter((x) => x === 'own' || x === 'child')) {
        const role = ROLES.find((r) => ['ok', 'empty'].includes(String(expected(row, r, target))));
        if (!role) continue;
        const o = offices[row.scope === 'none' ? 'own' : target];
        const f = row.target ? await fixture(row, row.target, o.target, false) : { id: 0 };
        const c = { w: world, o, f };
        walks.push({
          label: `${rowKey(row)} | ${role} | ${row.scope === 'none' ? '—' : target}`,
          path: route.path,
          url: row.path ? row.path(c) : route.path.replace(':id', String(f.id)),
          headers: tokens.get(role)!,
          query: row.query?.(c),
        });
      }
    }
    for (const row of PUBLIC_ROWS) {
      const route = routes.get(row.route);
      if (!route || route.method !== 'GET') continue;
      const c = row.walk ? await row.walk(world) : (publicCalls.get(row.route) ?? (await row.call?.(world)) ?? {});
      walks.push({
        label: `${row.route} | ${row.walk ? 'requester (portal)' : 'anonymous'} | —`,
        path: route.path,
        url: c.path ?? route.path,
        headers: c.headers ?? {},
        query: c.query,
      });
    }
    const changed: string[] = [];
    // the full fingerprint only when the cheap change mark moved (test/support/fuzz/fingerprint.ts)
    let mark = await changeMark(t.ds, []);
    let before: Fingerprint = await fingerprint(t.ds, []);
    for (const w of walks) {
      const res = await send('GET', w.url, w.headers, { query: w.query });
      const moved = await changeMark(t.ds, []);
      const after = moved === mark ? before : await fingerprint(t.ds, []);
      mark = moved;
      const diff = fingerprintDiff(before, after, 1);
      if (res.status >= 400) changed.push(`  ${w.label}: answered ${res.status}, so it proves nothing`);
      const shape = /json/.test(res.type) ? schemas.check('GET', w.path, res.status, res.body) : null;
      if (shape) changed.push(`  ${w.label}: the answer is not what the OpenAPI document declares: ${shape}`);
      if (diff.length) changed.push(`  ${w.label} (${res.status}) changed:\n    ${diff.join('\n    ')}`);
      before = after;
    }
    if (changed.length)
      throw new Error(`${changed.length} of ${walks.length} GETs changed the database:\n${changed.join('\n')}`);
    console.log(`reads never write: ${walks.length} GETs on ${t.kind}, no table changed`);
  }, 600_000);

  it('sent every cell', () => {
    const total =
      PUBLIC_ROWS.length + ROWS.reduce((s, r) => s + ACTORS.length * targetsOf(r).length + (r.rules?.length ?? 0), 0);
    expect(cells).toBe(total);
    console.log(`permission matrix: ${cells} cells on ${t.kind}`);
  });
});
