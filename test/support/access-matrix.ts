import { createHash } from 'node:crypto';
/**
 * The intended access of every non-public route: who may call it (from the reviewed policy, docs/access-policy.json), and what the office rule answers for a record of
 * the caller's own office, a child office, the parent office and an unrelated office. The permission matrix test
 * (test/e2e/permission-matrix.e2e-spec.ts) sends every cell as a real HTTP request and docs/access-matrix.md is
 * rendered from this file, so the published table is the tested one.
 */
import { Permission, ROLE_LABELS, ROLES, Role } from '../../server/src/common/permissions';
import { policyGrants } from './access-policy';
import { requestBody } from './fixtures';

// ── the grid ─────────────────────────────────────────────────────────────────

export const TARGETS = ['own', 'child', 'parent', 'unrelated'] as const;
export type Target = (typeof TARGETS)[number];

/** The actors are users of a province office; the targets are offices around it. */
export const OFFICES: Record<Target, { code: string; name: string }> = {
  own: { code: 'KPU-BTN', name: 'KPU Provinsi Banten' },
  child: { code: 'KPU-LBK', name: 'KPU Kabupaten Lebak' },
  parent: { code: 'KPU-RI', name: 'KPU RI' },
  unrelated: { code: 'KPU-LPG', name: 'KPU Provinsi Lampung' },
};

export type Actor = 'anonymous' | Role;
export const ACTORS: readonly Actor[] = ['anonymous', ...ROLES];

/** 'ok': the route's success status (200/201/204); 'empty': success, and no row of the target office in the list. */
export type Outcome = 'ok' | 'empty' | 400 | 401 | 403 | 404 | 409;

/**
 * How the office rule applies: 'none' — no office in the request (one cell per actor, in the own office);
 * 'read' — own and child ✓, parent and unrelated 404; 'write' — own ✓, child 403, parent and unrelated 404;
 * 'list' — a list filtered by officeId: own and child ✓, parent and unrelated ∅ (answered, none of their rows).
 */
export type Scope = 'none' | 'read' | 'write' | 'list';

export interface Exception {
  /** default: every role holding the permission */
  roles?: Role[];
  /** default: every target */
  targets?: Target[];
  expect: Outcome;
  reason: string;
}

export interface OfficeRef {
  target: Target;
  id: number;
  code: string;
  path: string;
  /** the unit the office's liaison officer (penghubung) belongs to */
  liaisonUnitId: number;
  /** a second unit of the own office (rule cells: another unit's task or draft) */
  otherUnitId?: number;
}

export type StaffRole = Role | 'ppidatasan';
export interface Fixture {
  id: number;
  [key: string]: unknown;
}

export interface Upload {
  file: Buffer;
  filename: string;
  contentType: string;
  fields?: Record<string, string>;
}

/** What the fixtures and bodies may use; implemented by the test against the real app. */
export interface World {
  office(target: Target): OfficeRef;
  /** a call by a staff member of the office that must succeed; returns the body */
  api<T = any>(
    o: OfficeRef,
    who: StaffRole,
    method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
    path: string,
    body?: unknown,
    upload?: Upload,
  ): Promise<T>;
  sql<T = any>(query: string, params?: unknown[]): Promise<T[]>;
  /** a public web-form submission (the service, not the rate-limited route) */
  submitWeb(o: OfficeRef, body: Record<string, unknown>): Promise<{ trackingCode: string }>;
  /** the password of every user the test makes */
  password: string;
  /** signs a user in (an anonymous POST /api/auth/login): the access token, and the refresh token from its cookie */
  login(username: string): Promise<{ accessToken: string; refreshToken: string; cookie: string }>;
  seq(): number;
  /** whether a record is a shared fixture (of a kind family, e.g. 'annual'): others are free once their cell ran */
  isShared(family: string, id: number): boolean;
  /** today in Asia/Jakarta, YYYY-MM-DD */
  today(): string;
  /** the latest year that has ended and has no annual report of this office yet */
  freshYear(o: OfficeRef): Promise<number>;
  /** the latest month that has ended and has no monthly report of this office yet */
  freshMonth(o: OfficeRef): Promise<string>;
  /** a year and period without a report of the office's liaison unit yet */
  freshLiaisonPeriod(o: OfficeRef): Promise<{ year: number; period: string }>;
  p12: { der: Buffer; passphrase: string };
}

export interface CallContext {
  w: World;
  o: OfficeRef;
  f: Fixture;
}

export interface Row {
  route: string;
  /** when one route answers by the kind of record (an attachment: identity scan or answer file) */
  variant?: string;
  group: GroupKey;
  permission: Permission | 'authenticated';
  scope: Scope;
  /** the record the call is about, made in the target office ('none' scope: in the own office) */
  target?: FixtureKind;
  /** a success changes the record's state: every cell expected to succeed gets a record of its own */
  fresh?: boolean;
  /** default: the route with :id replaced by the fixture's id */
  path?: (c: CallContext) => string;
  query?: (c: CallContext) => Record<string, string>;
  body?: (c: CallContext) => unknown | Promise<unknown>;
  upload?: (c: CallContext) => Upload;
  exceptions?: Exception[];
  /** documented extra cells beyond the grid */
  rules?: RuleCell[];
  /** extra assertion on a successful answer; returns a problem or null */
  check?: (body: any, actor: Role, target: Target) => string | null;
  /** which rows of a successful JSON answer must be visible to the caller: by officeId (default), office ids, or none */
  leak?: 'officeId' | 'offices' | false;
}

export interface RuleCell {
  who: StaffRole;
  /** what is special about the cell, for the docs */
  case: string;
  target: FixtureKind;
  expect: Outcome;
  reason: string;
}

// ── fixtures: a fresh record of each kind, made through the API by the office's own staff ─────

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const pdfUpload = (fields?: Record<string, string>): Upload => ({
  file: PDF,
  filename: 'scan.pdf',
  contentType: 'application/pdf',
  fields,
});

const nik = (seq: number) => `36020112038${5}${String(seq % 10000 || 1).padStart(4, '0')}`;

async function registered(w: World, o: OfficeRef): Promise<Fixture> {
  return w.api(
    o,
    'desk',
    'POST',
    '/api/requests',
    requestBody({ informationRequested: `Salinan dokumen uji matriks akses ${w.seq()}` }),
  );
}
async function decided(w: World, o: OfficeRef): Promise<Fixture> {
  const r = await registered(w, o);
  return w.api(o, 'ppid', 'POST', `/api/requests/${r.id}/decide`, {
    decision: 'granted_full',
    form: 'softcopy',
    materialProvided: 'Salinan dokumen yang diminta (PDF)',
  });
}
async function refused(w: World, o: OfficeRef): Promise<Fixture> {
  const r = await registered(w, o);
  return w.api(o, 'ppid', 'POST', `/api/requests/${r.id}/decide`, {
    decision: 'refused',
    refusalBasis: ['h'],
    consequenceTest: 'Membuka data pribadi pemilih dapat mengungkap rahasia pribadi.',
    refusalReason: 'Memuat data pribadi yang dilindungi',
  });
}
async function extendedRequest(w: World, o: OfficeRef): Promise<Fixture> {
  const r = await registered(w, o);
  return w.api(o, 'ppid', 'POST', `/api/requests/${r.id}/extend`, { reason: 'Informasi tersebar di beberapa unit' });
}
async function task(w: World, o: OfficeRef, unitId: number): Promise<Fixture> {
  const r = await registered(w, o);
  const after = await w.api(o, 'ppid', 'POST', `/api/requests/${r.id}/assign`, {
    assignments: [{ unitId, instruction: 'Mohon siapkan salinan dokumen' }],
  });
  return { id: Number(after.assignments[after.assignments.length - 1].id), requestId: r.id };
}
async function objection(w: World, o: OfficeRef): Promise<Fixture> {
  const r = await decided(w, o);
  return w.api(o, 'desk', 'POST', '/api/objections', {
    requestId: r.id,
    grounds: ['d'],
    reasons: 'Jawaban tidak sesuai dengan yang diminta',
  });
}
async function objectionDecided(w: World, o: OfficeRef): Promise<Fixture> {
  const x = await objection(w, o);
  return w.api(o, 'atasan', 'POST', `/api/objections/${x.id}/decide`, {
    decision: 'rejected',
    reason: 'Jawaban sudah sesuai permintaan',
  });
}
async function dipDraft(w: World, o: OfficeRef): Promise<Fixture> {
  return w.api(o, 'penghubung', 'POST', '/api/dip-entries', dipEntryBody(w));
}
const dipEntryBody = (w: World, extra: Record<string, unknown> = {}) => ({
  title: `Keputusan tentang penetapan DPT ${w.seq()}`,
  holder: 'Subbagian Perencanaan, Data dan Informasi',
  responsible: 'Kepala Subbagian PDI',
  madeWhenWhere: '2024, kantor',
  formAvailable: 'softcopy',
  retention: '5 tahun',
  ...extra,
});
async function dipVersion(w: World, o: OfficeRef): Promise<Fixture> {
  const e = await dipDraft(w, o);
  await w.api(o, 'ppid', 'POST', `/api/dip-entries/${e.id}/classify`, { category: 'setiap_saat' });
  return w.api(o, 'ppid', 'POST', '/api/dip-versions', {
    decreeNumber: `${w.seq()}/PPID/${o.code}/2026`,
    decreeDate: w.today(),
  });
}
async function monthly(w: World, o: OfficeRef, by: StaffRole = 'ppid'): Promise<Fixture> {
  return w.api(o, by, 'POST', '/api/monthly-reports', { month: await w.freshMonth(o) });
}
const ANNUAL_STEPS = [
  'draft',
  'submitted',
  'in_review',
  'reviewed',
  'pleno_scheduled',
  'attended',
  'ratified',
  'signed',
] as const;
async function annual(
  w: World,
  o: OfficeRef,
  upTo: (typeof ANNUAL_STEPS)[number],
  by: StaffRole = 'ppid',
): Promise<Fixture> {
  let r = await annualDraft(w, o, by);
  const want = ANNUAL_STEPS.indexOf(upTo);
  const base = `/api/annual-reports/${r.id}`;
  if (want >= 1) r = await w.api(o, by, 'POST', `${base}/submit`);
  if (want >= 2) r = await w.api(o, 'atasan', 'POST', `${base}/approve`);
  if (want >= 3) r = await w.api(o, 'pertimbangan', 'POST', `${base}/review-approve`);
  if (want >= 4) r = await w.api(o, 'ppid', 'POST', `${base}/pleno`, await plenoBody(w, o));
  if (want >= 5) r = await w.api(o, 'ppid', 'POST', `${base}/pleno/attendance`, attendanceBody(r));
  if (want >= 6) r = await w.api(o, 'ppid', 'POST', `${base}/ratify`, ratifyBody(r));
  if (want >= 7) for (const who of signers(o)) r = await w.api(o, who, 'POST', `${base}/sign`);
  const status = upTo === 'attended' ? 'pleno_scheduled' : upTo === 'signed' ? 'ratified' : upTo;
  if (r.status !== status) throw new Error(`annual report fixture: wanted ${upTo}, got ${String(r.status)}`);
  return r;
}
/**
 * A new draft: for a year without a report, or — once every year since 2008 has one (an office makes one report a
 * year) — a new edition of a report that was a fresh fixture and whose cell has run: taken on to ratification if it
 * stopped before, then revised.
 */
async function annualDraft(w: World, o: OfficeRef, by: StaffRole): Promise<Fixture> {
  const year = await w.freshYear(o).catch(() => null);
  if (year !== null) return w.api(o, by, 'POST', '/api/annual-reports', { year });
  const rows: Array<{ id: number }> = await w.sql('SELECT id FROM annual_reports WHERE officeId = ? ORDER BY id', [
    o.id,
  ]);
  const free = rows.map((r) => Number(r.id)).find((id) => !w.isShared('annual', id));
  if (free === undefined) throw new Error(`annual report fixture: no year and no free report left in ${o.code}`);
  const base = `/api/annual-reports/${free}`;
  let r: PlenoFixture = await w.api(o, 'ppid', 'GET', base);
  for (let step = 0; r.status !== 'ratified' && r.status !== 'published'; step++) {
    if (step > 8) throw new Error(`annual report fixture: cannot take report ${free} on from ${String(r.status)}`);
    if (r.status === 'draft' || r.status === 'returned') r = await w.api(o, 'ppid', 'POST', `${base}/submit`);
    else if (r.status === 'submitted') r = await w.api(o, 'atasan', 'POST', `${base}/approve`);
    else if (r.status === 'in_review') r = await w.api(o, 'pertimbangan', 'POST', `${base}/review-approve`);
    else if (r.status === 'reviewed') r = await w.api(o, 'ppid', 'POST', `${base}/pleno`, await plenoBody(w, o));
    else if (r.status === 'pleno_scheduled') {
      r = await w.api(o, 'ppid', 'POST', `${base}/pleno/attendance`, attendanceBody(r));
      r = await w.api(o, 'ppid', 'POST', `${base}/ratify`, ratifyBody(r));
    }
  }
  return w.api(o, by, 'POST', `${base}/revise`, { reason: `Edisi uji matriks ${w.seq()}` });
}
/** the office's staff who may sign a berita acara (annual.sign): every one of them is made a signatory */
const signers = (o: OfficeRef): StaffRole[] => [
  'ppid',
  'atasan',
  'pertimbangan',
  ...(o.target === 'own' ? (['ppidatasan'] as StaffRole[]) : []),
];
/** a meeting today: the signer-capable staff of the office and two members without an account */
async function plenoBody(w: World, o: OfficeRef) {
  const ids: number[] = [];
  for (const who of signers(o)) ids.push(Number((await w.api(o, who, 'GET', '/api/auth/me')).id));
  return {
    date: w.today(),
    place: 'Ruang rapat pleno',
    attendees: [...ids.map((userId) => ({ userId })), { name: 'Ketua KPU' }, { name: 'Anggota KPU' }],
    quorum: 2,
  };
}
type PlenoFixture = Fixture & { plenary?: { attendees: Array<{ id: string; userId: number | null }> } };
const attendanceBody = (f: PlenoFixture) => ({
  attendance: (f.plenary?.attendees ?? []).map((a) => ({ id: a.id, present: true })),
});
const ratifyBody = (f: PlenoFixture) => ({
  decision: 'Rapat pleno mengesahkan laporan tahunan.',
  signatories: (f.plenary?.attendees ?? []).filter((a) => a.userId).map((a) => a.id),
});

export const FIXTURES = {
  office: { ensure: true, make: async (_w: World, o: OfficeRef): Promise<Fixture> => ({ id: o.id }) },
  /** the office with a signing certificate uploaded (re-made for every cell: a DELETE removes it) */
  'office:certificate': {
    ensure: true,
    make: async (w: World, o: OfficeRef): Promise<Fixture> => {
      const rows = await w.sql('SELECT id FROM signing_certificates WHERE officeId = ?', [o.id]);
      if (!rows.length)
        await w.api(o, 'admin', 'PUT', `/api/offices/${o.id}/signing-certificate`, undefined, p12Upload(w));
      return { id: o.id };
    },
  },
  user: {
    make: (w: World, o: OfficeRef): Promise<Fixture> =>
      w.api(o, 'admin', 'POST', '/api/users', {
        username: `staf${w.seq()}.${o.code.toLowerCase()}`,
        password: 'matriks-akses-2026',
        fullName: 'Staf Uji Matriks',
        roles: ['desk'],
      }),
  },
  unit: {
    make: (w: World, o: OfficeRef): Promise<Fixture> =>
      w.api(o, 'admin', 'POST', '/api/units', { code: `UJ${w.seq()}`, name: 'Subbagian Uji Matriks' }),
  },
  // a failed message in the office's outbox (messages are queued by the features; this one is written as they would)
  outbox: {
    make: async (w: World, o: OfficeRef): Promise<Fixture> => {
      const now = new Date().toISOString().slice(0, 19).replace('T', ' ');
      await w.sql(
        "INSERT INTO outbox_messages (officeId, kind, toAddress, lang, subject, textBody, messageId, state, attempts, nextAttemptAt, createdAt, version) VALUES (?, 'test.message', 'pemohon@example.id', 'id', 'Uji matriks', '-', ?, 'failed', 8, ?, ?, 1)",
        [o.id, `<${w.seq()}.matriks@example.id>`, now, now],
      );
      const [row] = await w.sql('SELECT id FROM outbox_messages WHERE officeId = ? ORDER BY id DESC LIMIT 1', [o.id]);
      return { id: Number(row.id) };
    },
  },
  audit: {
    make: async (w: World, o: OfficeRef): Promise<Fixture> => {
      const [row] = await w.sql('SELECT id FROM audit_logs WHERE officeId = ? ORDER BY id DESC LIMIT 1', [o.id]);
      if (!row) throw new Error(`no audit row in ${o.code}`);
      return { id: Number(row.id) };
    },
  },
  'holiday:local': {
    make: (w: World, o: OfficeRef): Promise<Fixture> =>
      w.api(o, 'admin', 'POST', '/api/holidays', {
        date: futureDate(w),
        name: 'Penutupan kantor (uji)',
        kind: 'local',
      }),
  },
  'holiday:national': {
    make: async (w: World): Promise<Fixture> => {
      const [row] = await w.sql('SELECT id FROM holidays WHERE officeId IS NULL ORDER BY id LIMIT 1');
      return { id: Number(row.id) };
    },
  },
  requester: {
    make: (w: World, o: OfficeRef): Promise<Fixture> => w.api(o, 'desk', 'POST', '/api/requesters', requesterBody(w)),
  },
  'requester:scan': {
    make: async (w: World, o: OfficeRef): Promise<Fixture> => {
      const r = await w.api(o, 'desk', 'POST', '/api/requesters', requesterBody(w));
      return w.api(o, 'desk', 'POST', `/api/requesters/${r.id}/files`, undefined, pdfUpload({ kind: 'ktp' }));
    },
  },
  'request:registered': { make: registered },
  'request:incomplete': {
    make: async (w: World, o: OfficeRef): Promise<Fixture> => {
      const r = await registered(w, o);
      return w.api(o, 'desk', 'POST', `/api/requests/${r.id}/incomplete`, { note: 'Fotokopi KTP belum dilampirkan' });
    },
  },
  /** incomplete, and its completion window is over (moved into the past in the database: no clock travel) */
  'request:lapsable': {
    make: async (w: World, o: OfficeRef): Promise<Fixture> => {
      const r = await registered(w, o);
      await w.api(o, 'desk', 'POST', `/api/requests/${r.id}/incomplete`, { note: 'Fotokopi KTP belum dilampirkan' });
      await w.sql("UPDATE requests SET incompleteDueDate = '2000-01-03' WHERE id = ?", [r.id]);
      return r;
    },
  },
  'request:decided': { make: decided },
  /** decided and refused on a Pasal 17 ground (a refusal decree exists for it) */
  'request:refused': { make: refused },
  /** a registered request whose receipt was issued (POST): the GET reads the stored PDF */
  'request:receipt-issued': {
    make: async (w: World, o: OfficeRef): Promise<Fixture> => {
      const r = await registered(w, o);
      await w.api(o, 'desk', 'POST', `/api/requests/${r.id}/documents/receipt`);
      return r;
    },
  },
  'request:notice-issued': {
    make: async (w: World, o: OfficeRef): Promise<Fixture> => {
      const r = await decided(w, o);
      await w.api(o, 'ppid', 'POST', `/api/requests/${r.id}/documents/notice`);
      return r;
    },
  },
  'request:extension-issued': {
    make: async (w: World, o: OfficeRef): Promise<Fixture> => {
      const r = await extendedRequest(w, o);
      await w.api(o, 'ppid', 'POST', `/api/requests/${r.id}/documents/extension-notice`);
      return r;
    },
  },
  'request:refusal-issued': {
    make: async (w: World, o: OfficeRef): Promise<Fixture> => {
      const r = await refused(w, o);
      await w.api(o, 'ppid', 'POST', `/api/requests/${r.id}/documents/refusal-decree`);
      return r;
    },
  },
  'request:delivered': {
    make: async (w: World, o: OfficeRef): Promise<Fixture> => {
      const r = await decided(w, o);
      return w.api(o, 'desk', 'POST', `/api/requests/${r.id}/deliver`, { via: 'email' });
    },
  },
  'request:extended': { make: (w: World, o: OfficeRef) => extendedRequest(w, o) },
  submission: {
    make: async (w: World, o: OfficeRef): Promise<Fixture> => {
      const name = `Pemohon Daring ${w.seq()}`;
      await w.submitWeb(o, webRequestBody(w, o, name));
      const [row] = await w.sql('SELECT id FROM web_submissions WHERE officeId = ? ORDER BY id DESC LIMIT 1', [o.id]);
      return { id: Number(row.id) };
    },
  },
  /** a liaison task assigned to the unit of the office's penghubung */
  task: { make: (w: World, o: OfficeRef) => task(w, o, o.liaisonUnitId) },
  /** a task of another unit of the same office */
  'task:other-unit': { make: (w: World, o: OfficeRef) => task(w, o, o.otherUnitId!) },
  'task:file': {
    make: async (w: World, o: OfficeRef): Promise<Fixture> => {
      const x = await task(w, o, o.liaisonUnitId);
      return w.api(o, 'penghubung', 'POST', `/api/tasks/${x.id}/files`, undefined, pdfUpload());
    },
  },
  'objection:registered': { make: objection },
  'objection:decided': { make: objectionDecided },
  'objection:response-issued': {
    make: async (w: World, o: OfficeRef): Promise<Fixture> => {
      const x = await objectionDecided(w, o);
      await w.api(o, 'atasan', 'POST', `/api/objections/${x.id}/documents/response`);
      return x;
    },
  },
  'objection:disputed': {
    make: async (w: World, o: OfficeRef): Promise<Fixture> => {
      const x = await objectionDecided(w, o);
      return w.api(o, 'desk', 'POST', `/api/objections/${x.id}/dispute`, { filedDate: w.today() });
    },
  },
  /** a draft of the penghubung's own unit */
  'dip:draft': { make: dipDraft },
  'dip:draft-other-unit': {
    make: (w: World, o: OfficeRef): Promise<Fixture> =>
      w.api(o, 'ppid', 'POST', '/api/dip-entries', dipEntryBody(w, { unitId: o.otherUnitId })),
  },
  /** a classified entry exists, so a version can be established */
  'dip:classified': {
    make: async (w: World, o: OfficeRef): Promise<Fixture> => {
      const e = await dipDraft(w, o);
      return w.api(o, 'ppid', 'POST', `/api/dip-entries/${e.id}/classify`, { category: 'berkala' });
    },
  },
  'dip:version': { make: dipVersion },
  'monthly:draft': { make: (w: World, o: OfficeRef) => monthly(w, o) },
  'monthly:signed': {
    make: async (w: World, o: OfficeRef): Promise<Fixture> =>
      w.api(o, 'ppid', 'POST', `/api/monthly-reports/${(await monthly(w, o)).id}/sign`),
  },
  'monthly:signed-by-ppidatasan': {
    make: async (w: World, o: OfficeRef): Promise<Fixture> =>
      w.api(o, 'ppidatasan', 'POST', `/api/monthly-reports/${(await monthly(w, o, 'ppidatasan')).id}/sign`),
  },
  'annual:draft': { make: (w: World, o: OfficeRef) => annual(w, o, 'draft') },
  'annual:submitted': { make: (w: World, o: OfficeRef) => annual(w, o, 'submitted') },
  'annual:submitted-by-ppidatasan': { make: (w: World, o: OfficeRef) => annual(w, o, 'submitted', 'ppidatasan') },
  'annual:in_review': { make: (w: World, o: OfficeRef) => annual(w, o, 'in_review') },
  'annual:reviewed': { make: (w: World, o: OfficeRef) => annual(w, o, 'reviewed') },
  'annual:pleno_scheduled': { make: (w: World, o: OfficeRef) => annual(w, o, 'pleno_scheduled') },
  /** the meeting held today, everyone's attendance recorded */
  'annual:attended': { make: (w: World, o: OfficeRef) => annual(w, o, 'attended') },
  /** ratified: the office's signer-capable staff named as signatories, none signed yet */
  'annual:ratified': { make: (w: World, o: OfficeRef) => annual(w, o, 'ratified') },
  /** ratified, and the Atasan PPID has signed */
  'annual:signed-by-atasan': {
    make: async (w: World, o: OfficeRef): Promise<Fixture> => {
      const r = await annual(w, o, 'ratified');
      return w.api(o, 'atasan', 'POST', `/api/annual-reports/${r.id}/sign`);
    },
  },
  /** every signatory signed: the berita acara and the report issued */
  'annual:signed': { make: (w: World, o: OfficeRef) => annual(w, o, 'signed') },
  /** the berita acara printed for wet signatures */
  'annual:wet-printed': {
    make: async (w: World, o: OfficeRef): Promise<Fixture> =>
      w.api(o, 'ppid', 'POST', `/api/annual-reports/${(await annual(w, o, 'ratified')).id}/berita-acara/wet`),
  },
  /** the wet-signed scan uploaded */
  'annual:wet-scanned': {
    make: async (w: World, o: OfficeRef): Promise<Fixture> => {
      const r = await annual(w, o, 'ratified');
      await w.api(o, 'ppid', 'POST', `/api/annual-reports/${r.id}/berita-acara/wet`);
      return w.api(o, 'ppid', 'POST', `/api/annual-reports/${r.id}/berita-acara/scan`, undefined, pdfUpload());
    },
  },
} satisfies Record<string, { ensure?: boolean; make: (w: World, o: OfficeRef) => Promise<Fixture> }>;
export type FixtureKind = keyof typeof FIXTURES;

function webRequestBody(w: World, o: OfficeRef, name: string) {
  return {
    officeCode: o.code,
    requester: { type: 'person', name, nik: nik(w.seq()), address: 'Jl. Uji No. 1', phone: '081234567890' },
    informationRequested: 'Salinan SK penetapan DPT',
    purpose: 'Penelitian',
    obtainMethods: ['softcopy'],
    deliveryMethods: ['email'],
  };
}
function requesterBody(w: World) {
  const seq = w.seq();
  return {
    type: 'person',
    name: `Pemohon Uji ${seq}`,
    nik: nik(seq),
    address: 'Jl. Uji Matriks No. 2',
    phone: '081298765432',
  };
}
function futureDate(w: World): string {
  const d = new Date(Date.UTC(2030, 0, 1) + w.seq() * 86400_000);
  return d.toISOString().slice(0, 10);
}
function p12Upload(w: World): Upload {
  return {
    file: w.p12.der,
    filename: 'kantor.p12',
    contentType: 'application/x-pkcs12',
    fields: { passphrase: w.p12.passphrase },
  };
}
const lastYearRange = () => {
  const y = new Date().getUTCFullYear() - 1;
  return { from: `${y}-01-01`, to: `${y}-01-31` };
};

// ── the table ────────────────────────────────────────────────────────────────

export const GROUPS = {
  session: { id: 'Sesi', en: 'Session' },
  offices: { id: 'Kantor (satker)', en: 'Offices' },
  users: { id: 'Pengguna dan unit', en: 'Users and units' },
  audit: { id: 'Jejak audit', en: 'Audit trail' },
  calendar: { id: 'Hari libur dan aturan layanan', en: 'Holidays and service rules' },
  requesters: { id: 'Pemohon', en: 'Requesters' },
  requests: { id: 'Permohonan informasi', en: 'Information requests' },
  submissions: { id: 'Permohonan daring', en: 'Web submissions' },
  tasks: { id: 'Disposisi ke unit penghubung', en: 'Liaison tasks' },
  objections: { id: 'Keberatan', en: 'Objections' },
  dip: { id: 'Daftar Informasi Publik (DIP)', en: 'List of public information' },
  metrics: { id: 'Kinerja layanan dan laporan bulanan', en: 'Service metrics and monthly reports' },
  annual: { id: 'Laporan tahunan', en: 'Annual report' },
} as const;
export type GroupKey = keyof typeof GROUPS;

const P = Permission;
const byOffice = ({ o }: CallContext) => ({ filter: JSON.stringify({ officeId: o.id }) });
const officeQuery = ({ o }: CallContext) => ({ officeId: String(o.id) });
const note = (text: string) => () => ({ note: text });

const ANCESTOR_VISIBLE: Exception = {
  targets: ['parent'],
  expect: 'ok',
  reason:
    "the offices above one's own are visible for context (letterhead, breadcrumbs), though none of their records are",
};
const ANCESTOR_READ_ONLY: Exception = {
  targets: ['parent'],
  expect: 403,
  reason: 'the parent office is visible (see above) but only its own administrators change it',
};
const LIAISON_OWN_UNIT: Exception = {
  roles: ['penghubung'],
  targets: ['child'],
  expect: 404,
  reason:
    'liaison staff (no request.read) see only the tasks of their own unit in their own office; any other task does not exist for them',
};
const NATIONAL_ONLY: Exception = {
  roles: ['admin'],
  expect: 403,
  reason:
    'libur nasional and cuti bersama are kept by the KPU RI administrators only; a province admin manages its own local closures',
};

export const ROWS: Row[] = [
  // session
  { route: 'GET /api/auth/me', group: 'session', permission: 'authenticated', scope: 'none' },
  // one's own preferences (the daily digest); no roles, office or name (tested in notifications.e2e-spec)
  {
    route: 'PATCH /api/auth/me',
    group: 'session',
    permission: 'authenticated',
    scope: 'none',
    body: () => ({ dailyDigest: false }),
  },
  // one's own password: a wrong current password is a 400 naming it (tested in auth.e2e-spec)
  {
    route: 'POST /api/auth/password',
    group: 'session',
    permission: 'authenticated',
    scope: 'none',
    body: () => ({ currentPassword: 'bukan-sandi-saya', newPassword: 'teh-manis-di-pendopo-lebak-2027' }),
    exceptions: [
      {
        expect: 400,
        reason:
          'the matrix sends a wrong current password: a success would end every session of the role, which its other cells use; a 400 naming currentPassword shows the call got past the guard (the success is tested in auth.e2e-spec)',
      },
    ],
  },
  // each user's own waiting work (what it holds follows from their permissions; tested in notifications.e2e-spec)
  { route: 'GET /api/notifications/waiting', group: 'session', permission: 'authenticated', scope: 'none' },

  // offices
  { route: 'GET /api/offices', group: 'offices', permission: P.OfficeRead, scope: 'none', leak: 'offices' },
  {
    route: 'GET /api/offices/:id',
    group: 'offices',
    permission: P.OfficeRead,
    scope: 'read',
    target: 'office',
    exceptions: [ANCESTOR_VISIBLE],
    leak: false,
  },
  {
    route: 'POST /api/offices',
    group: 'offices',
    permission: P.OfficeCreate,
    scope: 'write',
    target: 'office',
    path: () => '/api/offices',
    body: ({ w, o }) => {
      const n = w.seq();
      return {
        parentId: o.id,
        level: 'regency',
        code: `KPU-UJI${n}`,
        name: `KPU Kabupaten Uji ${n}`,
        letterheadLine1: 'KOMISI PEMILIHAN UMUM',
        letterheadLine2: `KABUPATEN UJI ${n}`,
        timeZone: 'Asia/Jakarta',
      };
    },
    exceptions: [
      {
        ...ANCESTOR_READ_ONLY,
        reason: "a new office is created only directly under one's own office; the visible parent office is refused",
      },
    ],
    leak: false,
  },
  {
    route: 'PATCH /api/offices/:id',
    group: 'offices',
    permission: P.OfficeUpdate,
    scope: 'write',
    target: 'office',
    body: () => ({ phone: '(0254) 200123' }),
    exceptions: [ANCESTOR_READ_ONLY],
    leak: false,
  },
  {
    route: 'PUT /api/offices/:id',
    group: 'offices',
    permission: P.OfficeUpdate,
    scope: 'write',
    target: 'office',
    body: () => ({ phone: '(0254) 200124' }),
    exceptions: [ANCESTOR_READ_ONLY],
    leak: false,
  },
  {
    route: 'GET /api/offices/:id/users.pdf',
    group: 'offices',
    permission: P.UserRead,
    scope: 'read',
    target: 'office',
  },
  // the numbered list is issued by the office itself; a parent office opens the DRAF preview (GET)
  {
    route: 'POST /api/offices/:id/users.pdf',
    group: 'offices',
    permission: P.UserRead,
    scope: 'write',
    target: 'office',
  },
  // what a certificate is (subject, issuer, validity, fingerprint) is no secret; the key never leaves the server
  {
    route: 'GET /api/offices/:id/signing-certificate',
    group: 'offices',
    permission: P.OfficeRead,
    scope: 'read',
    target: 'office:certificate',
    exceptions: [ANCESTOR_VISIBLE],
    leak: false,
  },
  {
    route: 'PUT /api/offices/:id/signing-certificate',
    group: 'offices',
    permission: P.OfficeUpdate,
    scope: 'write',
    target: 'office',
    upload: ({ w }) => p12Upload(w),
    exceptions: [ANCESTOR_READ_ONLY],
  },
  {
    route: 'DELETE /api/offices/:id/signing-certificate',
    group: 'offices',
    permission: P.OfficeUpdate,
    scope: 'write',
    target: 'office:certificate',
    exceptions: [ANCESTOR_READ_ONLY],
  },

  // users and units
  { route: 'GET /api/users', group: 'users', permission: P.UserRead, scope: 'list', query: byOffice },
  { route: 'GET /api/users/:id', group: 'users', permission: P.UserRead, scope: 'read', target: 'user' },
  {
    route: 'POST /api/users',
    group: 'users',
    permission: P.UserManage,
    scope: 'none',
    body: ({ w }) => ({
      username: `baru${w.seq()}`,
      password: 'matriks-akses-2026',
      fullName: 'Pengguna Baru',
      roles: ['desk'],
    }),
  },
  {
    route: 'PATCH /api/users/:id',
    group: 'users',
    permission: P.UserManage,
    scope: 'write',
    target: 'user',
    body: () => ({ position: 'Staf Pelaksana' }),
  },
  {
    route: 'PUT /api/users/:id',
    group: 'users',
    permission: P.UserManage,
    scope: 'write',
    target: 'user',
    body: () => ({ position: 'Staf Pelaksana Utama' }),
  },
  { route: 'GET /api/units', group: 'users', permission: P.OfficeRead, scope: 'list', query: byOffice },
  { route: 'GET /api/units/:id', group: 'users', permission: P.OfficeRead, scope: 'read', target: 'unit' },
  {
    route: 'POST /api/units',
    group: 'users',
    permission: P.UnitManage,
    scope: 'none',
    body: ({ w }) => ({ code: `BARU${w.seq()}`, name: 'Subbagian Baru' }),
  },
  {
    route: 'PATCH /api/units/:id',
    group: 'users',
    permission: P.UnitManage,
    scope: 'write',
    target: 'unit',
    body: () => ({ name: 'Subbagian Umum' }),
  },
  {
    route: 'PUT /api/units/:id',
    group: 'users',
    permission: P.UnitManage,
    scope: 'write',
    target: 'unit',
    body: () => ({ name: 'Subbagian Umum dan Logistik' }),
  },

  // outbox
  { route: 'GET /api/outbox', group: 'audit', permission: P.OutboxRead, scope: 'list', query: byOffice },
  { route: 'GET /api/outbox/:id', group: 'audit', permission: P.OutboxRead, scope: 'read', target: 'outbox' },
  {
    route: 'POST /api/outbox/:id/resend',
    group: 'audit',
    permission: P.OutboxManage,
    scope: 'write',
    target: 'outbox',
    fresh: true,
  },
  {
    route: 'POST /api/outbox/:id/cancel',
    group: 'audit',
    permission: P.OutboxManage,
    scope: 'write',
    target: 'outbox',
    fresh: true,
  },

  // audit
  { route: 'GET /api/audit-logs', group: 'audit', permission: P.AuditRead, scope: 'list', query: byOffice },
  { route: 'GET /api/audit-logs/:id', group: 'audit', permission: P.AuditRead, scope: 'read', target: 'audit' },

  // holidays and rules
  { route: 'GET /api/settings', group: 'calendar', permission: P.SettingRead, scope: 'none' },
  {
    route: 'PATCH /api/settings',
    group: 'calendar',
    permission: P.SettingManage,
    scope: 'none',
    body: () => ({ 'sop.step3Minutes': 5 }),
  },
  {
    route: 'PUT /api/settings',
    group: 'calendar',
    permission: P.SettingManage,
    scope: 'none',
    body: () => ({ 'sop.step2Minutes': 15 }),
  },
  { route: 'GET /api/mail-templates', group: 'calendar', permission: P.SettingRead, scope: 'none', leak: false },
  {
    route: 'PUT /api/mail-templates/:kind/:lang',
    group: 'calendar',
    permission: P.SettingManage,
    scope: 'none',
    leak: false,
    path: () => '/api/mail-templates/request.received/id',
    body: () => ({ subject: 'Tanda bukti {number}', intro: 'Yth. {name},', closing: 'Salam,\n{office}' }),
  },
  {
    route: 'DELETE /api/mail-templates/:kind/:lang',
    group: 'calendar',
    permission: P.SettingManage,
    scope: 'none',
    leak: false,
    path: () => '/api/mail-templates/request.received/en',
  },
  { route: 'GET /api/rule-sets', group: 'calendar', permission: P.SettingRead, scope: 'none', leak: false },
  { route: 'GET /api/rule-sets/current', group: 'calendar', permission: P.SettingRead, scope: 'none', leak: false },
  { route: 'GET /api/rule-sets/catalogue', group: 'calendar', permission: P.SettingRead, scope: 'none', leak: false },
  {
    route: 'POST /api/rule-sets',
    group: 'calendar',
    permission: P.SettingManage,
    scope: 'none',
    leak: false,
    body: ({ w }) => ({
      regime: 'general',
      national: false,
      effectiveFrom: w.today(),
      values: { liaisonDays: 3 },
      reason: 'Uji matriks hak akses',
    }),
  },
  {
    route: 'GET /api/holidays',
    group: 'calendar',
    permission: P.HolidayRead,
    scope: 'list',
    query: byOffice,
    exceptions: [
      {
        targets: ['parent', 'unrelated'],
        expect: 404,
        reason:
          'the holiday list names the office whose calendar it shows; an office one cannot see answers 404 rather than an empty list',
      },
    ],
  },
  {
    route: 'GET /api/holidays/:id',
    variant: 'local closure',
    group: 'calendar',
    permission: P.HolidayRead,
    scope: 'read',
    target: 'holiday:local',
  },
  {
    route: 'GET /api/holidays/:id',
    variant: 'national holiday',
    group: 'calendar',
    permission: P.HolidayRead,
    scope: 'none',
    target: 'holiday:national',
  },
  {
    route: 'POST /api/holidays',
    variant: 'local closure',
    group: 'calendar',
    permission: P.HolidayManage,
    scope: 'none',
    body: ({ w }) => ({ date: futureDate(w), name: 'Penutupan kantor', kind: 'local' }),
  },
  {
    route: 'POST /api/holidays',
    variant: 'national holiday',
    group: 'calendar',
    permission: P.HolidayManage,
    scope: 'none',
    body: ({ w }) => ({ date: futureDate(w), name: 'Libur nasional', kind: 'national' }),
    exceptions: [NATIONAL_ONLY],
  },
  {
    route: 'POST /api/holidays/prefill',
    group: 'calendar',
    permission: P.HolidayManage,
    scope: 'none',
    body: () => ({ year: 2031, dryRun: true }),
    exceptions: [NATIONAL_ONLY],
  },
  {
    route: 'PATCH /api/holidays/:id',
    variant: 'local closure',
    group: 'calendar',
    permission: P.HolidayManage,
    scope: 'write',
    target: 'holiday:local',
    body: () => ({ name: 'Penutupan kantor (diubah)' }),
  },
  {
    route: 'PATCH /api/holidays/:id',
    variant: 'national holiday',
    group: 'calendar',
    permission: P.HolidayManage,
    scope: 'none',
    target: 'holiday:national',
    body: () => ({ name: 'Libur nasional (diubah)' }),
    exceptions: [NATIONAL_ONLY],
  },
  {
    route: 'PUT /api/holidays/:id',
    variant: 'local closure',
    group: 'calendar',
    permission: P.HolidayManage,
    scope: 'write',
    target: 'holiday:local',
    body: () => ({ name: 'Penutupan kantor (diganti)' }),
  },
  {
    route: 'PUT /api/holidays/:id',
    variant: 'national holiday',
    group: 'calendar',
    permission: P.HolidayManage,
    scope: 'none',
    target: 'holiday:national',
    body: () => ({ name: 'Libur nasional (diganti)' }),
    exceptions: [NATIONAL_ONLY],
  },
  {
    route: 'DELETE /api/holidays/:id',
    variant: 'local closure',
    group: 'calendar',
    permission: P.HolidayManage,
    scope: 'write',
    target: 'holiday:local',
    fresh: true,
  },
  {
    route: 'DELETE /api/holidays/:id',
    variant: 'national holiday',
    group: 'calendar',
    permission: P.HolidayManage,
    scope: 'none',
    target: 'holiday:national',
    exceptions: [NATIONAL_ONLY],
  },

  // requesters
  { route: 'GET /api/requesters', group: 'requesters', permission: P.RequesterRead, scope: 'none' },
  {
    route: 'GET /api/requesters/:id',
    group: 'requesters',
    permission: P.RequesterRead,
    scope: 'read',
    target: 'requester',
    // the full NIK only for roles holding requester.pii, and only in the office that holds the record: a parent
    // office reading its child office's requester sees it masked (and no identity scans)
    check: (body, role, target) => {
      const pii = policyGrants(role, P.RequesterPii) && target === 'own';
      if (pii && (body.nikMasked || body.nik?.includes('*'))) return 'NIK masked for a role holding requester.pii';
      if (!pii && (!body.nikMasked || !body.nik?.includes('*')))
        return 'NIK shown in full outside the owning office or to a role without requester.pii';
      if (!pii && body.files?.length) return 'identity scans listed outside the owning office';
      return null;
    },
  },
  {
    route: 'POST /api/requesters',
    group: 'requesters',
    permission: P.RequesterManage,
    scope: 'none',
    body: ({ w }) => requesterBody(w),
  },
  {
    route: 'PATCH /api/requesters/:id',
    group: 'requesters',
    permission: P.RequesterManage,
    scope: 'write',
    target: 'requester',
    body: () => ({ occupation: 'Guru', reason: 'Pekerjaan berubah' }),
  },
  {
    route: 'PUT /api/requesters/:id',
    group: 'requesters',
    permission: P.RequesterManage,
    scope: 'write',
    target: 'requester',
    body: () => ({ occupation: 'Dosen', reason: 'Pekerjaan berubah' }),
  },
  {
    route: 'POST /api/requesters/:id/files',
    group: 'requesters',
    permission: P.RequesterManage,
    scope: 'write',
    target: 'requester',
    upload: () => pdfUpload({ kind: 'ktp' }),
  },
  {
    route: 'GET /api/attachments/:id',
    variant: 'identity scan',
    group: 'requesters',
    permission: 'authenticated',
    scope: 'read',
    target: 'requester:scan',
    exceptions: [
      {
        roles: ['admin', 'atasan', 'penghubung', 'pertimbangan'],
        targets: ['own', 'child'],
        expect: 403,
        reason:
          'identity scans are served only to roles holding requester.pii (desk, PPID); an administrator sees no requester PII',
      },
      {
        roles: ['desk', 'ppid'],
        targets: ['child'],
        expect: 403,
        reason: 'identity scans stay in the office that holds them: a parent office reads the requests, not the scans',
      },
    ],
  },
  {
    route: 'GET /api/requesters/:id/versions',
    group: 'requesters',
    permission: P.RequesterRead,
    scope: 'read',
    target: 'requester',
    leak: false,
  },

  // requests
  { route: 'GET /api/requests', group: 'requests', permission: P.RequestRead, scope: 'list', query: byOffice },
  { route: 'GET /api/requests/queue', group: 'requests', permission: P.RequestRead, scope: 'none', leak: false },
  {
    route: 'GET /api/requests/:id',
    group: 'requests',
    permission: P.RequestRead,
    scope: 'read',
    target: 'request:registered',
  },
  {
    route: 'GET /api/requests/:id/events',
    group: 'requests',
    permission: P.RequestRead,
    scope: 'read',
    target: 'request:registered',
  },
  {
    route: 'POST /api/requests',
    group: 'requests',
    permission: P.RequestCreate,
    scope: 'none',
    body: ({ w }) => requestBody({ informationRequested: `Permohonan baru ${w.seq()}` }),
  },
  {
    route: 'PATCH /api/requests/:id',
    group: 'requests',
    permission: P.RequestUpdate,
    scope: 'write',
    target: 'request:registered',
    body: () => ({ purpose: 'Bahan penelitian' }),
  },
  {
    route: 'PUT /api/requests/:id',
    group: 'requests',
    permission: P.RequestUpdate,
    scope: 'write',
    target: 'request:registered',
    body: () => ({ purpose: 'Bahan liputan' }),
  },
  {
    route: 'POST /api/requests/:id/classify',
    group: 'requests',
    permission: P.RequestUpdate,
    scope: 'write',
    target: 'request:registered',
    fresh: true,
    body: () => ({ regime: 'election', electionKind: 'pemilihan', electionName: 'Pemilihan Bupati 2029' }),
  },
  {
    route: 'POST /api/requests/:id/incomplete',
    group: 'requests',
    permission: P.RequestUpdate,
    scope: 'write',
    target: 'request:registered',
    fresh: true,
    body: note('Fotokopi KTP belum dilampirkan'),
  },
  {
    route: 'POST /api/requests/:id/complete',
    group: 'requests',
    permission: P.RequestUpdate,
    scope: 'write',
    target: 'request:incomplete',
    fresh: true,
    body: () => ({}),
  },
  {
    route: 'POST /api/requests/:id/lapse',
    group: 'requests',
    permission: P.RequestUpdate,
    scope: 'write',
    target: 'request:lapsable',
    fresh: true,
    body: () => ({}),
  },
  {
    route: 'POST /api/requests/:id/assign',
    group: 'requests',
    permission: P.RequestAssign,
    scope: 'write',
    target: 'request:registered',
    fresh: true,
    body: ({ o }) => ({ assignments: [{ unitId: o.liaisonUnitId, instruction: 'Mohon siapkan salinan' }] }),
  },
  {
    route: 'POST /api/requests/:id/extend',
    group: 'requests',
    permission: P.RequestExtend,
    scope: 'write',
    target: 'request:registered',
    fresh: true,
    body: () => ({ reason: 'Informasi tersebar di beberapa unit' }),
  },
  {
    route: 'POST /api/requests/:id/decide',
    group: 'requests',
    permission: P.RequestDecide,
    scope: 'write',
    target: 'request:registered',
    fresh: true,
    body: () => ({
      decision: 'granted_full',
      form: 'softcopy',
      materialProvided: 'Salinan dokumen yang diminta (PDF)',
    }),
  },
  {
    route: 'POST /api/requests/:id/deliver',
    group: 'requests',
    permission: P.RequestDeliver,
    scope: 'write',
    target: 'request:decided',
    fresh: true,
    body: () => ({ via: 'email' }),
  },
  {
    route: 'POST /api/requests/:id/close',
    group: 'requests',
    permission: P.RequestUpdate,
    scope: 'write',
    target: 'request:delivered',
    fresh: true,
    body: () => ({}),
  },
  {
    route: 'POST /api/requests/:id/withdraw',
    group: 'requests',
    permission: P.RequestUpdate,
    scope: 'write',
    target: 'request:registered',
    fresh: true,
    body: note('Dicabut oleh pemohon'),
  },
  {
    route: 'PUT /api/requests/:id/steps/:step',
    group: 'requests',
    permission: P.RequestUpdate,
    scope: 'write',
    target: 'request:registered',
    path: ({ f }) => `/api/requests/${f.id}/steps/2`,
    body: () => ({
      startedAt: new Date(Date.now() - 300_000).toISOString(),
      endedAt: new Date(Date.now() - 60_000).toISOString(),
    }),
  },
  {
    route: 'GET /api/requests/:id/documents',
    group: 'requests',
    permission: P.RequestRead,
    scope: 'read',
    target: 'request:receipt-issued',
    leak: false,
  },
  // issuing is a legal act of the owning office: a write permission there (a parent office: 403)
  {
    route: 'POST /api/requests/:id/documents/receipt',
    group: 'requests',
    permission: P.RequestCreate,
    scope: 'write',
    target: 'request:registered',
    leak: false,
  },
  {
    route: 'POST /api/requests/:id/documents/notice',
    group: 'requests',
    permission: P.RequestDecide,
    scope: 'write',
    target: 'request:decided',
    leak: false,
  },
  {
    route: 'POST /api/requests/:id/documents/extension-notice',
    group: 'requests',
    permission: P.RequestDecide,
    scope: 'write',
    target: 'request:extended',
    leak: false,
  },
  {
    route: 'POST /api/requests/:id/documents/refusal-decree',
    group: 'requests',
    permission: P.RequestDecide,
    scope: 'write',
    target: 'request:refused',
    leak: false,
  },
  // reading an issued document: the stored bytes (a read permission, parent offices included)
  {
    route: 'GET /api/requests/:id/receipt.pdf',
    group: 'requests',
    permission: P.RequestRead,
    scope: 'read',
    target: 'request:receipt-issued',
  },
  {
    route: 'GET /api/requests/:id/notice.pdf',
    group: 'requests',
    permission: P.RequestRead,
    scope: 'read',
    target: 'request:notice-issued',
  },
  {
    route: 'GET /api/requests/:id/extension-notice.pdf',
    group: 'requests',
    permission: P.RequestRead,
    scope: 'read',
    target: 'request:extension-issued',
  },
  {
    route: 'GET /api/requests/:id/refusal-decree.pdf',
    group: 'requests',
    permission: P.RequestRead,
    scope: 'read',
    target: 'request:refusal-issued',
  },
  {
    route: 'GET /api/requests/:id/receipt.pdf',
    variant: 'DRAF preview, not issued',
    group: 'requests',
    permission: P.RequestRead,
    scope: 'read',
    target: 'request:registered',
    query: () => ({ preview: '1' }),
  },
  {
    route: 'GET /api/daily-sheets',
    group: 'requests',
    permission: P.RequestRead,
    scope: 'read',
    target: 'office',
    path: () => '/api/daily-sheets',
    query: (c) => ({ date: c.w.today(), ...officeQuery(c) }),
  },
  {
    route: 'GET /api/daily-sheets/pdf',
    group: 'requests',
    permission: P.RequestRead,
    scope: 'read',
    target: 'office',
    path: () => '/api/daily-sheets/pdf',
    query: (c) => ({ date: c.w.today(), ...officeQuery(c) }),
  },
  {
    route: 'POST /api/daily-sheets/pdf',
    group: 'requests',
    permission: P.RequestRead,
    scope: 'none',
    body: ({ w }) => ({ date: w.today() }),
  },
  {
    route: 'POST /api/registers/requests.pdf',
    group: 'requests',
    permission: P.RequestRegister,
    scope: 'none',
    body: () => lastYearRange(),
  },
  {
    route: 'GET /api/registers/requests.pdf',
    group: 'requests',
    permission: P.RequestRegister,
    scope: 'read',
    target: 'office',
    path: () => '/api/registers/requests.pdf',
    query: (c) => ({ ...lastYearRange(), ...officeQuery(c) }),
  },
  {
    route: 'GET /api/registers/requests.xlsx',
    group: 'requests',
    permission: P.RequestRegister,
    scope: 'read',
    target: 'office',
    path: () => '/api/registers/requests.xlsx',
    query: (c) => ({ ...lastYearRange(), ...officeQuery(c) }),
  },

  // web submissions
  { route: 'GET /api/submissions', group: 'submissions', permission: P.RequestCreate, scope: 'none' },
  {
    route: 'GET /api/submissions/:id',
    group: 'submissions',
    permission: P.RequestCreate,
    scope: 'read',
    target: 'submission',
  },
  {
    route: 'POST /api/submissions/:id/accept',
    group: 'submissions',
    permission: P.RequestCreate,
    scope: 'write',
    target: 'submission',
    fresh: true,
  },
  {
    route: 'POST /api/submissions/:id/reject',
    group: 'submissions',
    permission: P.RequestCreate,
    scope: 'write',
    target: 'submission',
    fresh: true,
    body: note('Identitas tidak dapat diverifikasi'),
  },

  // liaison tasks
  {
    route: 'GET /api/tasks',
    group: 'tasks',
    permission: P.TaskRead,
    scope: 'none',
    check: (body: Array<{ unitId: number }>, role) =>
      role === 'penghubung' && new Set(body.map((x) => x.unitId)).size > 1
        ? 'a liaison officer sees tasks of several units'
        : null,
  },
  {
    route: 'GET /api/tasks/:id',
    group: 'tasks',
    permission: P.TaskRead,
    scope: 'read',
    target: 'task',
    exceptions: [LIAISON_OWN_UNIT],
    rules: [
      {
        who: 'penghubung',
        case: 'a task of another unit of the own office',
        target: 'task:other-unit',
        expect: 404,
        reason: LIAISON_OWN_UNIT.reason,
      },
    ],
  },
  {
    route: 'POST /api/tasks/:id/answer',
    group: 'tasks',
    permission: P.TaskAnswer,
    scope: 'write',
    target: 'task',
    fresh: true,
    body: () => ({ answer: 'Salinan tersedia di Subbagian PDI' }),
    exceptions: [LIAISON_OWN_UNIT],
    rules: [
      {
        who: 'penghubung',
        case: 'a task of another unit of the own office',
        target: 'task:other-unit',
        expect: 404,
        reason: LIAISON_OWN_UNIT.reason,
      },
    ],
  },
  {
    route: 'POST /api/tasks/:id/files',
    group: 'tasks',
    permission: P.TaskAnswer,
    scope: 'write',
    target: 'task',
    upload: () => pdfUpload(),
    exceptions: [LIAISON_OWN_UNIT],
  },
  {
    route: 'GET /api/attachments/:id',
    variant: 'liaison answer file',
    group: 'tasks',
    permission: 'authenticated',
    scope: 'read',
    target: 'task:file',
    exceptions: [
      {
        roles: ['admin', 'pertimbangan'],
        targets: ['own', 'child'],
        expect: 403,
        reason:
          'answer files are served to roles holding request.read, and to the liaison unit the task is assigned to',
      },
      {
        roles: ['penghubung'],
        targets: ['child'],
        expect: 403,
        reason: 'a liaison officer opens only the files of tasks assigned to their own unit',
      },
    ],
  },

  // objections
  { route: 'GET /api/objections', group: 'objections', permission: P.ObjectionRead, scope: 'list', query: byOffice },
  {
    route: 'GET /api/objections/:id',
    group: 'objections',
    permission: P.ObjectionRead,
    scope: 'read',
    target: 'objection:registered',
  },
  {
    route: 'POST /api/objections',
    group: 'objections',
    permission: P.ObjectionCreate,
    scope: 'write',
    target: 'request:decided',
    path: () => '/api/objections',
    body: ({ f }) => ({ requestId: f.id, grounds: ['d'], reasons: 'Jawaban tidak sesuai dengan yang diminta' }),
  },
  {
    route: 'POST /api/objections/:id/decide',
    group: 'objections',
    permission: P.ObjectionDecide,
    scope: 'write',
    target: 'objection:registered',
    fresh: true,
    body: () => ({ decision: 'rejected', reason: 'Jawaban sudah sesuai permintaan' }),
  },
  {
    route: 'POST /api/objections/:id/dispute',
    group: 'objections',
    permission: P.ObjectionCreate,
    scope: 'write',
    target: 'objection:decided',
    fresh: true,
    body: ({ w }) => ({ filedDate: w.today() }),
  },
  {
    route: 'POST /api/objections/:id/conclude',
    group: 'objections',
    permission: P.ObjectionCreate,
    scope: 'write',
    target: 'objection:disputed',
    fresh: true,
    body: () => ({ stage: 'mediation', outcome: 'Mediasi berhasil' }),
  },
  {
    route: 'POST /api/objections/:id/close',
    group: 'objections',
    permission: P.ObjectionCreate,
    scope: 'write',
    target: 'objection:decided',
    fresh: true,
    body: () => ({}),
  },
  {
    route: 'POST /api/objections/:id/withdraw',
    group: 'objections',
    permission: P.ObjectionCreate,
    scope: 'write',
    target: 'objection:registered',
    fresh: true,
    body: note('Dicabut oleh pemohon'),
  },
  {
    route: 'GET /api/objections/:id/documents',
    group: 'objections',
    permission: P.ObjectionRead,
    scope: 'read',
    target: 'objection:response-issued',
    leak: false,
  },
  {
    route: 'POST /api/objections/:id/documents/response',
    group: 'objections',
    permission: P.ObjectionDecide,
    scope: 'write',
    target: 'objection:decided',
    leak: false,
  },
  {
    route: 'GET /api/objections/:id/response.pdf',
    group: 'objections',
    permission: P.ObjectionRead,
    scope: 'read',
    target: 'objection:response-issued',
  },
  {
    route: 'POST /api/registers/objections.pdf',
    group: 'objections',
    permission: P.ObjectionRead,
    scope: 'none',
    body: () => lastYearRange(),
  },
  {
    route: 'GET /api/registers/objections.pdf',
    group: 'objections',
    permission: P.ObjectionRead,
    scope: 'read',
    target: 'office',
    path: () => '/api/registers/objections.pdf',
    query: (c) => ({ ...lastYearRange(), ...officeQuery(c) }),
  },
  {
    route: 'GET /api/registers/objections.xlsx',
    group: 'objections',
    permission: P.ObjectionRead,
    scope: 'read',
    target: 'office',
    path: () => '/api/registers/objections.xlsx',
    query: (c) => ({ ...lastYearRange(), ...officeQuery(c) }),
  },

  // DIP
  { route: 'GET /api/dip-entries', group: 'dip', permission: P.DipRead, scope: 'list', query: byOffice },
  { route: 'GET /api/dip-entries/:id', group: 'dip', permission: P.DipRead, scope: 'read', target: 'dip:draft' },
  {
    route: 'POST /api/dip-entries',
    group: 'dip',
    permission: P.DipDraft,
    scope: 'none',
    body: ({ w }) => dipEntryBody(w),
  },
  {
    route: 'PATCH /api/dip-entries/:id',
    group: 'dip',
    permission: P.DipDraft,
    scope: 'write',
    target: 'dip:draft',
    body: () => ({ summary: 'Diperbarui' }),
    rules: [
      {
        who: 'penghubung',
        case: 'a draft of another unit of the own office',
        target: 'dip:draft-other-unit',
        expect: 403,
        reason: "liaison staff change only their own unit's drafts; the PPID any of the office",
      },
    ],
  },
  {
    route: 'PUT /api/dip-entries/:id',
    group: 'dip',
    permission: P.DipDraft,
    scope: 'write',
    target: 'dip:draft',
    body: () => ({ summary: 'Diperbarui lagi' }),
  },
  {
    route: 'POST /api/dip-entries/:id/submit',
    group: 'dip',
    permission: P.DipDraft,
    scope: 'write',
    target: 'dip:draft',
    fresh: true,
    rules: [
      {
        who: 'penghubung',
        case: 'a draft of another unit of the own office',
        target: 'dip:draft-other-unit',
        expect: 403,
        reason: "liaison staff submit only their own unit's drafts",
      },
    ],
  },
  {
    route: 'POST /api/dip-entries/:id/classify',
    group: 'dip',
    permission: P.DipManage,
    scope: 'write',
    target: 'dip:draft',
    fresh: true,
    body: () => ({ category: 'setiap_saat' }),
  },
  { route: 'GET /api/dip-versions', group: 'dip', permission: P.DipRead, scope: 'list', query: byOffice },
  { route: 'GET /api/dip-versions/:id', group: 'dip', permission: P.DipRead, scope: 'read', target: 'dip:version' },
  {
    route: 'POST /api/dip-versions',
    group: 'dip',
    permission: P.DipManage,
    scope: 'none',
    target: 'dip:classified',
    path: () => '/api/dip-versions',
    body: ({ w }) => ({ decreeNumber: `${w.seq()}/PPID/2026`, decreeDate: w.today() }),
  },
  {
    route: 'PATCH /api/dip-versions/:id',
    group: 'dip',
    permission: P.DipManage,
    scope: 'write',
    target: 'dip:version',
    body: () => ({}),
    exceptions: [
      {
        expect: 409,
        reason:
          'an established version is never edited (a new version is established instead): the route answers 409 for any id, without reading the record, so it reveals nothing',
      },
    ],
  },
  {
    route: 'POST /api/dip-versions/:id/publish',
    group: 'dip',
    permission: P.DipManage,
    scope: 'write',
    target: 'dip:version',
    fresh: true,
  },
  {
    route: 'GET /api/requests/:id/dip-links',
    group: 'dip',
    permission: P.RequestRead,
    scope: 'read',
    target: 'request:registered',
    leak: false,
  },
  {
    route: 'PUT /api/requests/:id/dip-links',
    group: 'dip',
    permission: P.RequestUpdate,
    scope: 'write',
    target: 'request:registered',
    body: () => ({ entryIds: [] }),
    leak: false,
  },

  // metrics and monthly reports
  ...(['summary', 'daily', 'monthly', 'dashboard', 'offices'] as const).map((m): Row => ({
    route: `GET /api/metrics/${m}`,
    group: 'metrics',
    permission: P.MetricsRead,
    scope: 'read',
    target: 'office',
    path: () => `/api/metrics/${m}`,
    query: officeQuery,
    leak: false,
  })),
  { route: 'GET /api/monthly-reports', group: 'metrics', permission: P.MetricsRead, scope: 'list', query: byOffice },
  {
    route: 'GET /api/monthly-reports/:id',
    group: 'metrics',
    permission: P.MetricsRead,
    scope: 'read',
    target: 'monthly:draft',
  },
  {
    route: 'POST /api/monthly-reports',
    group: 'metrics',
    permission: P.ReportPrepare,
    scope: 'none',
    body: async ({ w }) => ({ month: await w.freshMonth(w.office('own')) }),
  },
  {
    route: 'POST /api/monthly-reports/:id/sign',
    group: 'metrics',
    permission: P.ReportPrepare,
    scope: 'write',
    target: 'monthly:draft',
    fresh: true,
  },
  {
    route: 'POST /api/monthly-reports/:id/countersign',
    group: 'metrics',
    permission: P.ReportApprove,
    scope: 'write',
    target: 'monthly:signed',
    fresh: true,
    rules: [
      {
        who: 'ppidatasan',
        case: 'a user who is both PPID and Atasan PPID, on a report they signed',
        target: 'monthly:signed-by-ppidatasan',
        expect: 409,
        reason: 'the signer cannot also countersign as the Atasan PPID (a guard of the lifecycle)',
      },
    ],
  },
  {
    route: 'GET /api/monthly-reports/:id/report.pdf',
    group: 'metrics',
    permission: P.MetricsRead,
    scope: 'read',
    target: 'monthly:draft',
  },

  // annual report
  { route: 'GET /api/annual-reports', group: 'annual', permission: P.AnnualRead, scope: 'list', query: byOffice },
  { route: 'GET /api/annual-reports/overview', group: 'annual', permission: P.AnnualRead, scope: 'none', leak: false },
  {
    route: 'GET /api/annual-reports/:id',
    group: 'annual',
    permission: P.AnnualRead,
    scope: 'read',
    target: 'annual:draft',
  },
  {
    route: 'POST /api/annual-reports',
    group: 'annual',
    permission: P.AnnualPrepare,
    scope: 'none',
    body: async ({ w }) => ({ year: await w.freshYear(w.office('own')) }),
  },
  {
    route: 'PATCH /api/annual-reports/:id',
    group: 'annual',
    permission: P.AnnualPrepare,
    scope: 'write',
    target: 'annual:draft',
    body: () => ({ narrative: { policy: 'Pelayanan informasi berpedoman pada PKPU 22/2023.' } }),
  },
  {
    route: 'POST /api/annual-reports/:id/submit',
    group: 'annual',
    permission: P.AnnualPrepare,
    scope: 'write',
    target: 'annual:draft',
    fresh: true,
  },
  {
    route: 'POST /api/annual-reports/:id/return',
    group: 'annual',
    permission: P.AnnualApprove,
    scope: 'write',
    target: 'annual:submitted',
    fresh: true,
    body: note('Lengkapi bagian anggaran'),
  },
  {
    route: 'POST /api/annual-reports/:id/approve',
    group: 'annual',
    permission: P.AnnualApprove,
    scope: 'write',
    target: 'annual:submitted',
    fresh: true,
    rules: [
      {
        who: 'ppidatasan',
        case: 'a user who is both PPID and Atasan PPID, on a report they prepared',
        target: 'annual:submitted-by-ppidatasan',
        expect: 409,
        reason: 'the author of the report cannot approve it as the Atasan PPID (a guard of the lifecycle)',
      },
    ],
  },
  {
    route: 'POST /api/annual-reports/:id/comments',
    group: 'annual',
    permission: P.AnnualReview,
    scope: 'write',
    target: 'annual:in_review',
    body: () => ({ section: 'general', text: 'Mohon tambahkan rincian sengketa' }),
  },
  {
    route: 'POST /api/annual-reports/:id/review-approve',
    group: 'annual',
    permission: P.AnnualReview,
    scope: 'write',
    target: 'annual:in_review',
    fresh: true,
  },
  {
    route: 'POST /api/annual-reports/:id/review-return',
    group: 'annual',
    permission: P.AnnualReview,
    scope: 'write',
    target: 'annual:in_review',
    fresh: true,
    body: note('Perbaiki bab statistik'),
  },
  {
    route: 'POST /api/annual-reports/:id/pleno',
    group: 'annual',
    permission: P.AnnualPrepare,
    scope: 'write',
    target: 'annual:reviewed',
    fresh: true,
    body: ({ w, o }) => plenoBody(w, o),
  },
  {
    route: 'POST /api/annual-reports/:id/pleno/attendance',
    group: 'annual',
    permission: P.AnnualPrepare,
    scope: 'write',
    target: 'annual:pleno_scheduled',
    fresh: true,
    body: ({ f }) => attendanceBody(f),
  },
  {
    route: 'POST /api/annual-reports/:id/ratify',
    group: 'annual',
    permission: P.AnnualPrepare,
    scope: 'write',
    target: 'annual:attended',
    fresh: true,
    body: ({ f }) => ratifyBody(f),
  },
  {
    route: 'POST /api/annual-reports/:id/sign',
    group: 'annual',
    permission: P.AnnualSign,
    scope: 'write',
    target: 'annual:ratified',
    fresh: true,
    rules: [
      {
        who: 'atasan',
        case: 'a signatory who has already signed',
        target: 'annual:signed-by-atasan',
        expect: 409,
        reason: 'each signatory signs once, with their own account',
      },
    ],
  },
  {
    route: 'POST /api/annual-reports/:id/berita-acara/wet',
    group: 'annual',
    permission: P.AnnualPrepare,
    scope: 'write',
    target: 'annual:ratified',
    fresh: true,
  },
  {
    route: 'POST /api/annual-reports/:id/berita-acara/scan',
    group: 'annual',
    permission: P.AnnualPrepare,
    scope: 'write',
    target: 'annual:wet-printed',
    fresh: true,
    upload: () => pdfUpload(),
  },
  {
    route: 'POST /api/annual-reports/:id/publish',
    group: 'annual',
    permission: P.AnnualPrepare,
    scope: 'write',
    target: 'annual:signed',
    fresh: true,
    body: ({ w }) => ({ eppidUploadedAt: w.today(), eppidLink: 'https://e-ppid.kpu.go.id/laporan-tahunan' }),
  },
  {
    route: 'POST /api/annual-reports/:id/revise',
    group: 'annual',
    permission: P.AnnualPrepare,
    scope: 'write',
    target: 'annual:ratified',
    fresh: true,
    body: () => ({ reason: 'Perbaikan angka keberatan' }),
  },
  {
    route: 'GET /api/annual-reports/:id/report.pdf',
    group: 'annual',
    permission: P.AnnualRead,
    scope: 'read',
    target: 'annual:ratified',
  },
  {
    route: 'GET /api/annual-reports/:id/berita-acara.pdf',
    group: 'annual',
    permission: P.AnnualRead,
    scope: 'read',
    target: 'annual:ratified',
  },
  {
    route: 'GET /api/annual-reports/:id/berita-acara-scan.pdf',
    group: 'annual',
    permission: P.AnnualRead,
    scope: 'read',
    target: 'annual:wet-scanned',
  },
  {
    route: 'POST /api/liaison-reports',
    group: 'annual',
    permission: P.AnnualContribute,
    scope: 'none',
    body: async ({ w }) => ({
      ...(await w.freshLiaisonPeriod(w.office('own'))),
      title: 'Laporan pelayanan informasi unit',
      body: 'Menyediakan 4 dokumen.',
    }),
  },
  {
    route: 'GET /api/liaison-reports',
    group: 'annual',
    permission: P.AnnualRead,
    scope: 'read',
    target: 'office',
    path: () => '/api/liaison-reports',
    query: officeQuery,
  },
];

// ── public routes: anyone, without a token ───────────────────────────────────

export interface PublicCall {
  /** default: the route's path */
  path?: string;
  query?: Record<string, string>;
  body?: unknown;
  /** an HTML form post (application/x-www-form-urlencoded) */
  form?: Record<string, string>;
  upload?: Upload;
  headers?: Record<string, string>;
}

export interface PublicRow {
  route: string;
  what: string;
  /** a valid anonymous call (default: the route's path, no body) */
  call?: (w: World) => PublicCall | Promise<PublicCall>;
  /** what it answers without a token */
  expect: number;
  /** a call that succeeds (for routes that need a requester's portal session): the route walk reads with it */
  walk?: (w: World) => Promise<PublicCall>;
}

/** The verification code of an issued document (a receipt of a request registered in the own office). */
async function issuedCode(w: World): Promise<string> {
  const o = w.office('own');
  const r = await registered(w, o);
  const doc = await w.api(o, 'desk', 'POST', `/api/requests/${r.id}/documents/receipt`);
  return String(doc.verificationCode);
}
/** The year of a published annual report of the own office. */
/**
 * A requester's portal session (a session row as the code sign-in writes it) for a request of the own office registered
 * with the requester's e-mail, its receipt issued.
 */
let portal: Promise<{ headers: Record<string, string>; requestId: number; documentId: number }> | undefined;
function portalSession(w: World) {
  portal ??= (async () => {
    const o = w.office('own');
    const r = await registered(w, o);
    const doc = await w.api(o, 'desk', 'POST', `/api/requests/${r.id}/documents/receipt`);
    const token = `matriks-portal-${w.seq()}`;
    const now = new Date().toISOString().slice(0, 19).replace('T', ' ');
    const later = new Date(Date.now() + 86400_000).toISOString().slice(0, 19).replace('T', ' ');
    await w.sql(
      'INSERT INTO portal_sessions (email, tokenHash, createdAt, expiresAt, revokedAt) VALUES (?, ?, ?, ?, NULL)',
      ['budi@example.id', createHash('sha256').update(token).digest('hex'), now, later],
    );
    return { headers: { Authorization: `Bearer ${token}` }, requestId: Number(r.id), documentId: Number(doc.id) };
  })();
  return portal;
}

async function publishedYear(w: World): Promise<number> {
  const o = w.office('own');
  // every signatory has signed: the berita acara and the report are issued, so it may be published
  const r = await annual(w, o, 'signed');
  await w.api(o, 'ppid', 'POST', `/api/annual-reports/${r.id}/publish`, {
    eppidUploadedAt: w.today(),
    eppidLink: 'https://e-ppid.kpu.go.id/laporan-tahunan',
  });
  return Number(r.year);
}
/** the refresh cookie of a fresh sign-in, and the header the auth routes require (CSRF protection) */
const refreshCookie = async (w: World) => ({
  headers: { Cookie: (await w.login(`btn.desk`)).cookie, 'X-Requested-With': 'XMLHttpRequest' },
});
const own = (w: World) => w.office('own').code;

/**
 * Every route that answers without a token, on purpose (test/e2e/routes.e2e-spec.ts refuses any other route that
 * declares no permission). The matrix test calls each one anonymously, with a valid request, and expects `expect`.
 */
export const PUBLIC_ROWS: PublicRow[] = [
  {
    route: 'POST /api/auth/login',
    what: 'sign in',
    call: (w) => ({ body: { username: 'btn.desk', password: w.password } }),
    expect: 200,
  },
  {
    route: 'POST /api/auth/refresh',
    what: 'a new access token for the refresh cookie',
    call: refreshCookie,
    expect: 200,
  },
  {
    route: 'POST /api/auth/logout',
    what: 'sign out (revokes the session of the refresh cookie)',
    call: refreshCookie,
    expect: 204,
  },
  { route: 'GET /api/health', what: 'liveness and readiness', expect: 200 },
  {
    route: 'GET /api/documents/verify/:code',
    what: 'what an issued document is (number, title, office, signers)',
    call: async (w) => ({ path: `/api/documents/verify/${await issuedCode(w)}` }),
    expect: 200,
  },
  {
    route: 'POST /api/documents/verify/:code',
    what: 'whether a file is exactly the issued document (SHA-256)',
    call: async (w) => ({ path: `/api/documents/verify/${await issuedCode(w)}`, upload: pdfUpload() }),
    expect: 200,
  },
  {
    route: 'GET /verifikasi/:code',
    what: 'the verification page the QR code points to',
    call: async (w) => ({ path: `/verifikasi/${await issuedCode(w)}` }),
    expect: 200,
  },
  {
    route: 'POST /verifikasi/:code',
    what: 'the verification page: compare a file',
    call: async (w) => ({ path: `/verifikasi/${await issuedCode(w)}`, upload: pdfUpload() }),
    expect: 200,
  },
  { route: 'GET /api/public/offices', what: 'the offices of the public form (code, name, level, parent)', expect: 200 },
  {
    route: 'POST /api/public/requests',
    what: 'the public web form (the desk verifies it before it becomes a request)',
    call: (w) => ({ body: webRequestBody(w, w.office('own'), `Pemohon Publik ${w.seq()}`) }),
    expect: 201,
  },
  {
    route: 'GET /api/public/track/:code',
    what: "a request's status by its tracking code (no personal data)",
    call: async (w) => ({ path: `/api/public/track/${(await registered(w, w.office('own'))).trackingCode}` }),
    expect: 200,
  },
  {
    route: 'GET /api/public/dip/:officeCode',
    what: 'the published DIP of an office',
    call: (w) => ({ path: `/api/public/dip/${own(w)}` }),
    expect: 200,
  },
  {
    route: 'GET /api/public/dip/:officeCode/export',
    what: 'the published DIP as PDF (the one issued when the version was published), XLSX or JSON',
    call: async (w) => {
      const o = w.office('own');
      const v = await dipVersion(w, o);
      await w.api(o, 'ppid', 'POST', `/api/dip-versions/${v.id}/publish`);
      return { path: `/api/public/dip/${own(w)}/export` };
    },
    expect: 200,
  },
  {
    route: 'GET /informasi-publik/:officeCode',
    what: 'the published DIP page',
    call: (w) => ({ path: `/informasi-publik/${own(w)}` }),
    expect: 200,
  },
  {
    route: 'POST /api/public/portal/code',
    what: 'requester portal: e-mail a sign-in code (the same answer whether the address is registered or not)',
    call: () => ({ body: { email: 'siapa.saja@example.id' } }),
    expect: 200,
  },
  {
    route: 'POST /api/public/portal/session',
    what: 'requester portal: sign in with the code (a wrong code is refused)',
    call: () => ({ body: { email: 'siapa.saja@example.id', code: '000000' } }),
    expect: 401,
  },
  { route: 'DELETE /api/public/portal/session', what: 'requester portal: sign out', expect: 204 },
  {
    route: 'GET /api/public/portal/requests',
    what: "requester portal: one's requests (needs the session)",
    expect: 401,
    walk: async (w) => ({ headers: (await portalSession(w)).headers }),
  },
  {
    route: 'GET /api/public/portal/requests/:id',
    what: 'requester portal: one request (needs the session)',
    call: () => ({ path: '/api/public/portal/requests/1' }),
    expect: 401,
    walk: async (w) => {
      const s = await portalSession(w);
      return { headers: s.headers, path: `/api/public/portal/requests/${s.requestId}` };
    },
  },
  {
    route: 'GET /api/public/portal/requests/:id/documents/:documentId',
    what: 'requester portal: an issued document (needs the session)',
    call: () => ({ path: '/api/public/portal/requests/1/documents/1' }),
    expect: 401,
    walk: async (w) => {
      const s = await portalSession(w);
      return { headers: s.headers, path: `/api/public/portal/requests/${s.requestId}/documents/${s.documentId}` };
    },
  },
  {
    route: 'POST /api/public/portal/requests/:id/files',
    what: 'requester portal: upload what an incomplete request lacks (needs the session)',
    call: () => ({ path: '/api/public/portal/requests/1/files', upload: pdfUpload() }),
    expect: 401,
  },
  {
    route: 'POST /api/public/portal/requests/:id/objections',
    what: 'requester portal: file an objection (needs the session)',
    call: () => ({
      path: '/api/public/portal/requests/1/objections',
      body: { grounds: ['c'], reasons: 'Belum dijawab' },
    }),
    expect: 401,
  },
  { route: 'GET /portal', what: 'requester portal page: sign in (type the e-mail address)', expect: 200 },
  {
    route: 'POST /portal/kode',
    what: "requester portal page: e-mail a code (refused without this site's Origin or Referer: CSRF)",
    call: () => ({ form: { email: 'budi@example.id' } }),
    expect: 403,
  },
  {
    route: 'GET /portal/kode',
    what: 'requester portal page: type the code (without a pending sign-in: back to /portal)',
    expect: 303,
  },
  {
    route: 'POST /portal/masuk',
    what: 'requester portal page: sign in with the code (without a pending sign-in: back to /portal)',
    call: () => ({ form: { code: '123456' } }),
    expect: 303,
  },
  {
    route: 'POST /portal/keluar',
    what: "requester portal page: sign out (refused without this site's Origin and the session's form token)",
    expect: 403,
  },
  {
    route: 'GET /portal/permohonan',
    what: "requester portal page: one's requests and objections (without the session: to the sign-in page)",
    expect: 303,
    walk: async (w) => ({ headers: (await portalSession(w)).headers }),
  },
  {
    route: 'GET /portal/permohonan/:id',
    what: 'requester portal page: one request (without the session: to the sign-in page)',
    call: () => ({ path: '/portal/permohonan/1' }),
    expect: 303,
    walk: async (w) => {
      const s = await portalSession(w);
      return { headers: s.headers, path: `/portal/permohonan/${s.requestId}` };
    },
  },
  {
    route: 'POST /portal/permohonan/:id/berkas',
    what: "requester portal page: upload what an incomplete request lacks (refused without this site's Origin)",
    call: () => ({ path: '/portal/permohonan/1/berkas', upload: pdfUpload() }),
    expect: 403,
  },
  {
    route: 'POST /portal/permohonan/:id/keberatan',
    what: "requester portal page: file an objection (refused without this site's Origin)",
    call: () => ({ path: '/portal/permohonan/1/keberatan', form: { grounds: 'c', reasons: 'Belum dijawab' } }),
    expect: 403,
  },
  { route: 'GET /permohonan-informasi', what: 'the public request form page', expect: 200 },
  {
    route: 'POST /permohonan-informasi',
    what: 'the public request form page: send',
    call: (w) => {
      const b = webRequestBody(w, w.office('own'), `Pemohon Formulir ${w.seq()}`);
      return {
        form: {
          officeCode: b.officeCode,
          ...b.requester,
          informationRequested: b.informationRequested,
          purpose: b.purpose,
          obtainMethods: 'softcopy',
          deliveryMethods: 'email',
        },
      };
    },
    expect: 201,
  },
  {
    route: 'GET /lacak',
    what: 'the tracking page',
    call: async (w) => ({ query: { kode: String((await registered(w, w.office('own'))).trackingCode) } }),
    expect: 200,
  },
  {
    route: 'GET /laporan-tahunan/:officeCode',
    what: 'the published annual reports of an office',
    call: (w) => ({ path: `/laporan-tahunan/${own(w)}` }),
    expect: 200,
  },
  {
    route: 'GET /api/public/annual-reports/:officeCode/:year.pdf',
    what: 'a published annual report',
    call: async (w) => ({ path: `/api/public/annual-reports/${own(w)}/${await publishedYear(w)}.pdf` }),
    expect: 200,
  },
];

// ── expectations ─────────────────────────────────────────────────────────────

export function rowKey(r: Pick<Row, 'route' | 'variant'>): string {
  return r.variant ? `${r.route} (${r.variant})` : r.route;
}

/** Who may call a route: from the reviewed policy (docs/access-policy.json), never from the server's ROLE_PERMISSIONS. */
export function holds(role: Role, permission: Row['permission']): boolean {
  return permission === 'authenticated' || policyGrants(role, permission);
}

/** The exception that decides a cell, if any. */
export function exceptionFor(row: Row, role: Role, target: Target): Exception | undefined {
  if (!holds(role, row.permission)) return undefined;
  return row.exceptions?.find(
    (e) => (!e.roles || e.roles.includes(role)) && (!e.targets || e.targets.includes(target)),
  );
}

/** What the table says one cell answers. For 'none' scope the target is always 'own'. */
export function expected(row: Row, actor: Actor, target: Target): Outcome {
  if (actor === 'anonymous') return 401;
  if (!holds(actor, row.permission)) return 403;
  const ex = exceptionFor(row, actor, target);
  if (ex) return ex.expect;
  if (row.scope === 'none' || target === 'own') return 'ok';
  if (row.scope === 'list') return target === 'child' ? 'ok' : 'empty';
  if (target === 'child') return row.scope === 'read' ? 'ok' : 403;
  return 404;
}

export function targetsOf(row: Row): readonly Target[] {
  return row.scope === 'none' ? ['own'] : TARGETS;
}

// ── docs/access-matrix.md ────────────────────────────────────────────────────

const TOKEN: Record<string, string> = { ok: '✓', empty: '∅' };
const token = (o: Outcome) => TOKEN[String(o)] ?? String(o);

export const REGENERATE =
  'UPDATE_ACCESS_DOCS=1 node node_modules/jest/bin/jest.js -c test/jest.config.js permission-matrix --selectProjects e2e -t "access-matrix.md"';

/** The published table, rendered from ROWS (the permission matrix test fails when docs/access-matrix.md differs). */
export function renderAccessDocs(rows: readonly Row[] = ROWS): string {
  const out: string[] = [];
  out.push('# Matriks akses (access matrix)');
  out.push('');
  out.push(
    'Generated from [`test/support/access-matrix.ts`](../test/support/access-matrix.ts) — do not edit by hand. ' +
      '[`test/e2e/permission-matrix.e2e-spec.ts`](../test/e2e/permission-matrix.e2e-spec.ts) sends every cell below as a real HTTP ' +
      'request, with a valid body and a fresh record of the right kind in the right office, on SQLite and on MariaDB, and fails on any ' +
      'cell that answers otherwise, on a registered route missing from the table, on a table row whose route no longer exists, and ' +
      'when this file differs from what the table renders. Regenerate it with:',
  );
  out.push('');
  out.push('```sh');
  out.push(REGENERATE);
  out.push('```');
  out.push('');
  out.push(
    `**Who asks.** One user per role, all in **${OFFICES.own.name}** (a province office). Without a token every route below answers **401**. ` +
      'Who holds which permission comes from the reviewed policy [`docs/access-policy.json`](access-policy.json) (written from the SOPs, see [`access-policy.md`](access-policy.md)), not from the code; ' +
      '[`server/src/common/permissions.ts`](../server/src/common/permissions.ts) must grant exactly that. Every route declares the permission it needs, and the guard refuses a role without it with **403** before any record is read — shown as a single `403`.',
  );
  out.push('');
  out.push(
    `**About what.** Four outcomes per role, for a record of: **own** office (${OFFICES.own.name}) · **child** office (${OFFICES.child.name}) · ` +
      `**parent** office (${OFFICES.parent.name}) · **unrelated** office (${OFFICES.unrelated.name}). A route with no office in the request shows one outcome (the own office).`,
  );
  out.push('');
  out.push(
    "**The office rule.** A user reads the records of their own office and of the offices under it, and changes only their own office's: " +
      'reads are ✓ ✓ 404 404, changes ✓ 403 404 404 — a record of an office one cannot see answers 404, a visible record one may not change answers 403. ' +
      "Lists filtered by `officeId` answer ∅ (success, with none of that office's rows) for an office one cannot see. Cells that differ from the rule are numbered and explained under each table.",
  );
  out.push('');
  out.push(
    "✓ success (the route's 200, 201 or 204) · ∅ success without any row of that office · 403 forbidden · 404 not found · 409 refused by a business rule",
  );
  out.push('');
  const roleHeader = ROLES.map((r) => `${r} — ${ROLE_LABELS[r].id}`);
  for (const [key, g] of Object.entries(GROUPS) as Array<[GroupKey, (typeof GROUPS)[GroupKey]]>) {
    const mine = rows.filter((r) => r.group === key);
    if (!mine.length) continue;
    out.push(`## ${g.id} (${g.en})`);
    out.push('');
    out.push(`| route | permission | who may | ${roleHeader.join(' | ')} |`);
    out.push(`|---|---|---|${ROLES.map(() => '---').join('|')}|`);
    const notes: string[] = [];
    const noteNo = (text: string) => {
      let i = notes.indexOf(text);
      if (i < 0) i = notes.push(text) - 1;
      return i + 1;
    };
    for (const row of mine) {
      const who = ROLES.filter((r) => holds(r, row.permission));
      const cells = ROLES.map((role) => {
        if (!holds(role, row.permission)) return '403';
        const refs = new Set<number>();
        const tokens = targetsOf(row).map((t) => {
          const ex = exceptionFor(row, role, t);
          if (ex) refs.add(noteNo(ex.reason));
          return token(expected(row, role, t));
        });
        for (const rule of row.rules ?? []) if (rule.who === role) refs.add(noteNo(ruleText(rule)));
        return `${tokens.join(' ')}${refs.size ? ` [${[...refs].join(',')}]` : ''}`;
      });
      const ruleRefs = (row.rules ?? [])
        .filter((r) => !(ROLES as readonly string[]).includes(r.who))
        .map((r) => noteNo(ruleText(r)));
      const route = `\`${row.route}\`${row.variant ? ` (${row.variant})` : ''}${ruleRefs.length ? ` [${ruleRefs.join(',')}]` : ''}`;
      const whoText = who.length === ROLES.length ? 'every role' : who.join(', ');
      out.push(`| ${route} | \`${row.permission}\` | ${whoText} | ${cells.join(' | ')} |`);
    }
    out.push('');
    notes.forEach((n, i) => out.push(`${i + 1}. ${n}`));
    if (notes.length) out.push('');
  }
  out.push('## Rute publik (public routes)');
  out.push('');
  out.push(
    'Anyone may call these, without a token; every other route declares a permission (a route that declares neither is refused, ' +
      'see [`test/e2e/routes.e2e-spec.ts`](../test/e2e/routes.e2e-spec.ts)). The matrix test sends each one anonymously, with a valid request, and expects the status shown.',
  );
  out.push('');
  out.push('| route | what | without a token |');
  out.push('|---|---|---|');
  for (const r of PUBLIC_ROWS) out.push(`| \`${r.route}\` | ${r.what} | ${r.expect} |`);
  return `${out.join('\n').trimEnd()}\n`;
}

function ruleText(rule: RuleCell): string {
  const who = rule.who === 'ppidatasan' ? 'ppid + atasan' : rule.who;
  return `Also tested: ${who}, ${rule.case} → ${token(rule.expect)} — ${rule.reason}.`;
}
