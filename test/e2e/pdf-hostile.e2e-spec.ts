import { writeFileSync } from 'node:fs';
import { PdfService } from '../../server/src/documents/pdf.service';
import { bearer } from '../support/fixtures';
import { Canary, CANARY_RESPONSE, pdfBytesContaining, startCanary } from '../support/hostile-canary';
import { BIDI_VECTOR, flat, HostileFields, hostileVectors, ZERO_WIDTH_VECTOR } from '../support/hostile-payloads';
import { binaryParser, pdfTextReader, type PdfTextReader } from '../support/pdf';
import { createTestApp, officeId, TestApp, userId } from '../support/test-app';

jest.setTimeout(120_000);

const NIK = '3602011203850004';
const PASSWD = 'root:x:0:0';

/**
 * Hostile text typed into every field that reaches a PDF, through the real API, by the role that types it; then every
 * document the server issues is downloaded and read back. Each value must print as plain text, whole; no script may
 * run, no file may be read, and no request may leave the renderer (canary HTTP servers on two addresses, a canary file
 * whose atime would move if it were opened).
 */
describe('hostile text in documents: printed as plain text, nothing loaded', () => {
  let t: TestApp;
  let canary: Canary;
  let h: HostileFields;
  let reader: PdfTextReader;
  let lebak: number;
  const at = (instant: string) => t.clock.set(new Date(instant));
  const as = (username: string) => bearer(t, username);
  const ids: Record<string, number> = {};
  const rendered: string[] = [];

  /** Downloads a PDF, checks it carries the given fields whole and nothing hostile took effect; returns its text. */
  /**
   * Issues the document the way the console does (a POST by the role that issues it), then reads it: per-matter
   * documents are read back from their GET; registers, lists and the daily sheet are answered by the POST itself.
   */
  async function fetchPdf(url: string, username: string | null) {
    const u = new URL(url, 'http://lentera.test');
    const get = async () => {
      let req = t.http().get(url);
      if (username) req = req.set(await as(username));
      return req.buffer(true).parse(binaryParser);
    };
    const post = async (path: string, who: string, body?: object) => {
      const req = t
        .http()
        .post(path)
        .set(await as(who));
      return (body ? req.send(body) : req).buffer(true).parse(binaryParser);
    };
    let m = /^\/api\/requests\/(\d+)\/(receipt|notice|extension-notice|refusal-decree)\.pdf$/.exec(u.pathname);
    if (m) {
      const issued = await post(`/api/requests/${m[1]}/documents/${m[2]}`, m[2] === 'receipt' ? 'desk' : 'ppid');
      expect([url, issued.status]).toEqual([url, 200]);
      return get();
    }
    m = /^\/api\/objections\/(\d+)\/response\.pdf$/.exec(u.pathname);
    if (m) {
      const issued = await post(`/api/objections/${m[1]}/documents/response`, 'atasan');
      expect([url, issued.status]).toEqual([url, 200]);
      return get();
    }
    if (/^\/api\/(offices\/\d+\/users\.pdf|daily-sheets\/pdf|registers\/\w+\.pdf)$/.test(u.pathname))
      return post(u.pathname, username!, Object.fromEntries(u.searchParams));
    return get();
  }

  async function document(name: string, url: string, username: string | null, fields: string[]): Promise<string> {
    const res = await fetchPdf(url, username);
    expect([name, res.status, res.headers['content-type']]).toEqual([name, 200, 'application/pdf']);
    const pdf = res.body as Buffer;
    const text = await reader.text(pdf);
    rendered.push(name);
    if (process.env.HOSTILE_DUMP) dump(process.env.HOSTILE_DUMP, rendered.length, pdf, text);
    expect({ document: name, missing: h.missing(text, fields) }).toEqual({ document: name, missing: [] });
    // a value whose tag is printed is printed whole (also in documents where the field was not listed)
    expect({ document: name, partial: h.partial(text) }).toEqual({ document: name, partial: [] });
    // every PWNED is part of a literal `document.write('PWNED')`: no script ran
    const f = flat(text).toLowerCase();
    expect({ document: name, pwned: f.split('pwned').length - 1 }).toEqual({
      document: name,
      pwned: f.split("document.write('pwned')").length - 1,
    });
    // neither the canary file's secret, /etc/passwd nor a canary server's answer is in the text or anywhere in the bytes
    const secrets = [canary.secret, PASSWD, CANARY_RESPONSE];
    expect({
      document: name,
      inText: secrets.filter((s) => text.includes(s)),
      inBytes: pdfBytesContaining(pdf, secrets),
    }).toEqual({ document: name, inText: [], inBytes: [] });
    return text;
  }

  /** HOSTILE_DUMP=<dir>: keeps each PDF, its text and the hostile values, to look at a failure. */
  function dump(dir: string, n: number, pdf: Buffer, text: string): void {
    writeFileSync(`${dir}/${n}.pdf`, pdf);
    writeFileSync(`${dir}/${n}.txt`, text);
    writeFileSync(
      `${dir}/values.json`,
      JSON.stringify(Object.fromEntries(h.fields().map((f) => [f, h.value(f)])), null, 1),
    );
  }

  beforeAll(async () => {
    canary = await startCanary();
    reader = pdfTextReader();
    h = new HostileFields(hostileVectors(canary.bases, canary.file));
    t = await createTestApp();
    lebak = await officeId(t, 'KPU-LBK');
    for (const u of ['admin', 'desk', 'ppid', 'atasan', 'penghubung', 'pertimbangan']) ids[u] = await userId(t, u);
  });
  afterAll(async () => {
    await t?.close();
    await canary?.close();
    await reader?.close();
  });

  it('accepts hostile letterhead, user, unit and closure names from the admin (validation does not strip them)', async () => {
    at('2025-12-01T02:00:00Z'); // Monday 09:00 WIB
    const admin = await as('admin');
    const office = {
      // the office name is printed inside sentences: its bidi override must not reverse what follows it
      name: h.make('office.name', 200, {
        lead: `KPU Kabupaten Lebak ${BIDI_VECTOR} ${ZERO_WIDTH_VECTOR}`,
        budget: 200,
      }),
      letterheadLine1: h.make('office.letterheadLine1', 200, { budget: 110 }),
      letterheadLine2: h.make('office.letterheadLine2', 200, { budget: 110 }),
      address: h.make('office.address', 500, { budget: 220 }),
      city: h.make('office.city', 100),
      phone: h.make('office.phone', 50),
      website: h.make('office.website', 200, { budget: 70 }),
    };
    expect(office.name).toContain('\u202E');
    const saved = await t.http().patch(`/api/offices/${lebak}`).set(admin).send(office).expect(200);
    expect(saved.body).toMatchObject(office);
    for (const u of ['admin', 'desk', 'ppid', 'atasan', 'penghubung', 'pertimbangan']) {
      const body = {
        fullName: h.make(`${u}.fullName`, 200, { budget: 120 }),
        position: h.make(`${u}.position`, 200, { budget: 120 }),
      };
      const res = await t.http().patch(`/api/users/${ids[u]}`).set(admin).send(body).expect(200);
      expect(res.body).toMatchObject(body);
    }
    const units = (await t.http().get('/api/units').set(admin).expect(200)).body as Array<{ id: number; code: string }>;
    ids.unit = units.find((u) => u.code === 'PDI')!.id;
    await t
      .http()
      .patch(`/api/units/${ids.unit}`)
      .set(admin)
      .send({ name: h.make('unit.name', 200, { budget: 120 }) })
      .expect(200);
    // a local closure on Wednesday 3 December: it pushes the deadlines, and its name is printed in their explanation
    await t
      .http()
      .post('/api/holidays')
      .set(admin)
      .send({ date: '2025-12-03', name: h.make('closure.name', 200), kind: 'local' })
      .expect(201);
  });

  it('prints the office user list with the hostile names and positions as text', async () => {
    const users = ['admin', 'desk', 'ppid', 'atasan', 'penghubung', 'pertimbangan'].flatMap((u) => [
      `${u}.fullName`,
      `${u}.position`,
    ]);
    await document('user list', `/api/offices/${lebak}/users.pdf`, 'admin', [...letterhead(), ...users]);
  });

  it('registers requests with hostile requester data and request text, and prints the receipts', async () => {
    const desk = await as('desk');
    const a = await t
      .http()
      .post('/api/requests')
      .set(desk)
      .send({
        requester: {
          type: 'person',
          name: h.make('a.requester.name', 200, { budget: 120 }),
          nik: NIK,
          address: h.make('a.requester.address', 500),
          phone: '081234567890',
          email: 'budi@example.id',
          occupation: h.make('a.requester.occupation', 100),
        },
        channel: 'in_person',
        informationRequested: h.make('a.informationRequested', 5000, { budget: 200 }),
        purpose: h.make('a.purpose', 2000),
        obtainMethods: ['read', 'softcopy'],
        deliveryMethods: ['email'],
      })
      .expect(201);
    ids.a = a.body.id;
    ids.requesterA = a.body.requester?.id ?? a.body.requesterId;
    const b = await t
      .http()
      .post('/api/requests')
      .set(desk)
      .send({
        requester: {
          type: 'entity',
          name: h.make('b.requester.name', 200, { budget: 120 }),
          deedNumber: h.make('b.requester.deedNumber', 100),
          ratificationNumber: h.make('b.requester.ratificationNumber', 100),
          powerOfAttorney: h.make('b.requester.powerOfAttorney', 200),
          representativeName: h.make('b.requester.representativeName', 200, { budget: 120 }),
          address: h.make('b.requester.address', 500),
          email: 'redaksi@example.id',
          occupation: h.make('b.requester.occupation', 100),
        },
        channel: 'letter',
        informationRequested: h.make('b.informationRequested', 5000, { budget: 200 }),
        purpose: h.make('b.purpose', 2000),
        obtainMethods: ['softcopy'],
        deliveryMethods: ['email', 'post'],
      })
      .expect(201);
    ids.b = b.body.id;
    ids.requesterB = b.body.requester?.id ?? b.body.requesterId;
    const c = await t
      .http()
      .post('/api/requests')
      .set(desk)
      .send({
        requesterId: ids.requesterA,
        channel: 'email',
        informationRequested: h.make('c.informationRequested', 5000, { budget: 200 }),
        purpose: h.make('c.purpose', 2000),
        obtainMethods: ['softcopy'],
        deliveryMethods: ['email'],
      })
      .expect(201);
    ids.c = c.body.id;
    expect(ids.requesterA).toEqual(expect.any(Number));
    expect(ids.requesterB).toEqual(expect.any(Number));

    const receiptA = await document('receipt (person)', `/api/requests/${ids.a}/receipt.pdf`, 'desk', [
      ...letterhead(),
      'a.requester.name',
      'a.requester.address',
      'a.requester.occupation',
      'a.informationRequested',
      'a.purpose',
      'closure.name',
      'desk.fullName',
      'desk.position',
    ]);
    // the office name's U+202E did not reverse the rest of the sentence it is printed in
    expect(flat(receiptA)).toContain(flat('dengan keterangan sebagai berikut:'));
    expect(flat(receiptA)).toContain(flat('Hak mengajukan keberatan.'));
    await document('receipt (legal entity)', `/api/requests/${ids.b}/receipt.pdf`, 'desk', [
      ...letterhead(),
      'b.requester.name',
      'b.requester.deedNumber',
      'b.requester.ratificationNumber',
      'b.requester.powerOfAttorney',
      'b.requester.representativeName',
      'b.requester.address',
      'b.requester.occupation',
      'b.informationRequested',
      'b.purpose',
      'closure.name',
      'desk.fullName',
    ]);
  });

  it('prints the written notices (refused, not held) and the extension notice with hostile reasons', async () => {
    const ppid = await as('ppid');
    await t
      .http()
      .post(`/api/requests/${ids.a}/decide`)
      .set(ppid)
      .send({
        decision: 'refused',
        refusalBasis: ['h'],
        consequenceTest: h.make('a.consequenceTest', 10000, { all: true }),
        refusalReason: h.make('a.refusalReason', 5000, { budget: 200 }),
      })
      .expect(200);
    await t
      .http()
      .post(`/api/requests/${ids.c}/decide`)
      .set(ppid)
      .send({ decision: 'not_held', holderBody: h.make('c.holderBody', 200) })
      .expect(200);
    await t
      .http()
      .post(`/api/requests/${ids.b}/extend`)
      .set(ppid)
      .send({ reason: h.make('b.extensionReason', 2000, { all: true }) })
      .expect(200);

    const requesterA = ['a.requester.name', 'a.requester.address'];
    await document('written notice (refused)', `/api/requests/${ids.a}/notice.pdf`, 'ppid', [
      ...letterhead(),
      ...requesterA,
      'a.consequenceTest',
      'a.refusalReason',
      'ppid.fullName',
      'ppid.position',
    ]);
    await document('written notice (not held)', `/api/requests/${ids.c}/notice.pdf`, 'ppid', [
      ...letterhead(),
      ...requesterA,
      'c.holderBody',
      'ppid.fullName',
    ]);
    await document('extension notice', `/api/requests/${ids.b}/extension-notice.pdf`, 'ppid', [
      ...letterhead(),
      'b.requester.name',
      'b.requester.address',
      'b.extensionReason',
      'closure.name',
      'ppid.fullName',
      'ppid.position',
    ]);
    await document('daily service sheet', '/api/daily-sheets/pdf?date=2025-12-01', 'desk', [
      ...letterhead(),
      'a.requester.name',
      'b.requester.name',
      'a.informationRequested',
      'b.informationRequested',
      'c.informationRequested',
      'ppid.fullName',
      'ppid.position',
    ]);
  });

  it('prints the partly granted notice and the request register', async () => {
    at('2025-12-04T03:00:00Z');
    await t
      .http()
      .post(`/api/requests/${ids.b}/decide`)
      .set(await as('ppid'))
      .send({
        decision: 'granted_partial',
        refusalBasis: ['h'],
        consequenceTest: h.make('b.consequenceTest', 10000, { all: true }),
        redactions: h.make('b.redactions', 5000, { all: true }),
        form: 'softcopy',
        materialProvided: h.make('b.materialProvided', 5000, { all: true }),
        deliveryPlan: h.make('b.deliveryPlan', 200),
      })
      .expect(200);
    await document('written notice (granted in part)', `/api/requests/${ids.b}/notice.pdf`, 'ppid', [
      ...letterhead(),
      'b.requester.name',
      'b.requester.address',
      'b.consequenceTest',
      'b.redactions',
      'b.deliveryPlan',
      'ppid.fullName',
    ]);
    await document('request register', '/api/registers/requests.pdf?from=2025-12-01&to=2025-12-31', 'ppid', [
      ...letterhead(),
      ...['a', 'b'].flatMap((r) => [`${r}.requester.name`, `${r}.requester.address`, `${r}.requester.occupation`]),
      ...['a', 'b', 'c'].flatMap((r) => [`${r}.informationRequested`, `${r}.purpose`]),
      'a.refusalReason',
      'c.holderBody',
      'atasan.fullName',
      'atasan.position',
      'ppid.fullName',
      'ppid.position',
    ]);
  });

  it('prints the Atasan PPID responses and the objection register with hostile reasons, dispute and reaction', async () => {
    at('2025-12-05T03:00:00Z');
    const desk = await as('desk');
    const o1 = await t
      .http()
      .post('/api/objections')
      .set(desk)
      .send({
        requestId: ids.a,
        grounds: ['a'],
        reasons: h.make('o1.reasons', 5000, { all: true }),
        proxyName: h.make('o1.proxyName', 200, { budget: 120 }),
      })
      .expect(201);
    ids.o1 = o1.body.id;
    // ground (b) on its own, filed late and accepted with a reason
    const o2 = await t
      .http()
      .post('/api/objections')
      .set(desk)
      .send({
        requesterId: ids.requesterB,
        grounds: ['b'],
        groundDate: '2025-09-01',
        reasons: h.make('o2.reasons', 5000, { all: true }),
        lateAcceptedReason: h.make('o2.lateAcceptedReason', 2000, { all: true }),
      })
      .expect(201);
    ids.o2 = o2.body.id;
    expect(o2.body.late).toBe(true);

    at('2025-12-10T03:00:00Z');
    const atasan = await as('atasan');
    await t
      .http()
      .post(`/api/objections/${ids.o1}/decide`)
      .set(atasan)
      .send({
        decision: 'accepted',
        reason: h.make('o1.decisionReason', 10000, { all: true }),
        instruction: h.make('o1.instruction', 5000, { all: true }),
      })
      .expect(200);
    await t
      .http()
      .post(`/api/objections/${ids.o2}/decide`)
      .set(atasan)
      .send({ decision: 'settled', reason: h.make('o2.decisionReason', 10000, { all: true }) })
      .expect(200);
    await document('objection response (accepted)', `/api/objections/${ids.o1}/response.pdf`, 'desk', [
      ...letterhead(),
      'a.requester.name',
      'a.requester.address',
      'o1.proxyName',
      'a.informationRequested',
      'a.purpose',
      'o1.reasons',
      'o1.decisionReason',
      'o1.instruction',
      'atasan.fullName',
      'atasan.position',
    ]);
    await document('objection response (settled, late)', `/api/objections/${ids.o2}/response.pdf`, 'desk', [
      ...letterhead(),
      'b.requester.name',
      'b.requester.address',
      'o2.lateAcceptedReason',
      'o2.reasons',
      'o2.decisionReason',
      'atasan.fullName',
    ]);

    at('2025-12-11T03:00:00Z');
    await t
      .http()
      .post(`/api/objections/${ids.o1}/dispute`)
      .set(await as('desk'))
      .send({
        filedDate: '2025-12-11',
        kiRegistrationNumber: h.make('o1.kiRegistrationNumber', 100),
        stage: 'mediation',
      })
      .expect(200);
    at('2025-12-15T03:00:00Z');
    await t
      .http()
      .post(`/api/objections/${ids.o1}/conclude`)
      .set(await as('desk'))
      .send({
        stage: 'adjudication',
        outcome: h.make('o1.disputeOutcome', 5000, { budget: 200 }),
        courtAction: h.make('o1.courtAction', 5000, { budget: 200 }),
      })
      .expect(200);
    await t
      .http()
      .post(`/api/objections/${ids.o1}/close`)
      .set(await as('desk'))
      .send({ requesterReaction: h.make('o1.requesterReaction', 2000) })
      .expect(200);
    await document('objection register', '/api/registers/objections.pdf?from=2025-12-01&to=2025-12-31', 'desk', [
      ...letterhead(),
      'a.requester.name',
      'a.requester.address',
      'b.requester.name',
      'b.requester.address',
      'o1.proxyName',
      'a.informationRequested',
      'a.purpose',
      'atasan.fullName',
      'atasan.position',
      'o1.requesterReaction',
      'o1.kiRegistrationNumber',
      'o1.disputeOutcome',
      'ppid.fullName',
    ]);
  });

  it('prints the published DIP with hostile entry fields and decree number (public download)', async () => {
    const liaison = await as('penghubung');
    const entry = await t
      .http()
      .post('/api/dip-entries')
      .set(liaison)
      .send({
        title: h.make('dip.title', 300),
        summary: h.make('dip.summary', 5000, { budget: 300 }),
        holder: h.make('dip.holder', 200),
        responsible: h.make('dip.responsible', 200),
        madeWhenWhere: h.make('dip.madeWhenWhere', 200),
        formAvailable: h.make('dip.formAvailable', 100),
        retention: h.make('dip.retention', 100),
      })
      .expect(201);
    await t.http().post(`/api/dip-entries/${entry.body.id}/submit`).set(liaison).expect(200);
    const ppid = await as('ppid');
    await t
      .http()
      .post(`/api/dip-entries/${entry.body.id}/classify`)
      .set(ppid)
      .send({ category: 'setiap_saat' })
      .expect(200);
    const version = await t
      .http()
      .post('/api/dip-versions')
      .set(ppid)
      .send({ decreeNumber: h.make('dip.decreeNumber', 100), decreeDate: '2025-12-15' })
      .expect(201);
    await t.http().post(`/api/dip-versions/${version.body.id}/publish`).set(ppid).expect(200);
    await document('DIP list (public)', '/api/public/dip/KPU-LBK/export?format=pdf', null, [
      ...letterhead(),
      'dip.title',
      'dip.summary',
      'dip.holder',
      'dip.responsible',
      'dip.madeWhenWhere',
      'dip.formAvailable',
      'dip.retention',
      'dip.decreeNumber',
      'ppid.fullName',
      'ppid.position',
    ]);
  });

  it('prints the monthly report, draft and countersigned, with the hostile signers', async () => {
    at('2026-01-05T03:00:00Z');
    const ppid = await as('ppid');
    const report = await t.http().post('/api/monthly-reports').set(ppid).send({ month: '2025-12' }).expect(201);
    await document(
      'monthly report (draft preview)',
      `/api/monthly-reports/${report.body.id}/report.pdf`,
      'ppid',
      letterhead(),
    );
    await t.http().post(`/api/monthly-reports/${report.body.id}/sign`).set(ppid).expect(200);
    at('2026-01-06T03:00:00Z');
    await t
      .http()
      .post(`/api/monthly-reports/${report.body.id}/countersign`)
      .set(await as('atasan'))
      .expect(200);
    await document('monthly report', `/api/monthly-reports/${report.body.id}/report.pdf`, 'atasan', [
      ...letterhead(),
      'ppid.fullName',
      'ppid.position',
      'atasan.fullName',
      'atasan.position',
    ]);
  });

  it('prints the annual report and the berita acara with hostile narrative, liaison report, pleno and decision', async () => {
    at('2026-01-07T03:00:00Z');
    await t
      .http()
      .post('/api/liaison-reports')
      .set(await as('penghubung'))
      .send({
        year: 2025,
        period: 'S2',
        title: h.make('liaison.title', 300, { budget: 200 }),
        body: h.make('liaison.body', 20000, { all: true }),
      })
      .expect(201);
    const ppid = await as('ppid');
    const created = await t.http().post('/api/annual-reports').set(ppid).send({ year: 2025 }).expect(201);
    const id = created.body.id;
    const sections = ['policy', 'facilities', 'staff', 'budget', 'obstacles', 'recommendations'];
    const narrative = Object.fromEntries(sections.map((s) => [s, h.make(`narrative.${s}`, 20000, { all: true })]));
    await t.http().patch(`/api/annual-reports/${id}`).set(ppid).send({ narrative }).expect(200);
    const disputes = ['o1.kiRegistrationNumber', 'o1.disputeOutcome', 'o1.courtAction'];
    const liaison = ['liaison.title', 'unit.name', 'penghubung.fullName'];
    await document('annual report (draft preview)', `/api/annual-reports/${id}/report.pdf`, 'ppid', [
      ...letterhead(),
      ...sections.map((s) => `narrative.${s}`),
      ...disputes,
      ...liaison,
    ]);

    await t.http().post(`/api/annual-reports/${id}/submit`).set(ppid).expect(200);
    at('2026-01-08T03:00:00Z');
    await t
      .http()
      .post(`/api/annual-reports/${id}/approve`)
      .set(await as('atasan'))
      .expect(200);
    at('2026-01-09T03:00:00Z');
    const reviewed = await t
      .http()
      .post(`/api/annual-reports/${id}/review-approve`)
      .set(await as('pertimbangan'))
      .expect(200);
    expect(reviewed.body.status).toBe('reviewed');
    at('2026-01-12T03:00:00Z');
    const [atasan] = await t.ds.query("SELECT id FROM users WHERE username = 'atasan'");
    const attendees = [
      ...[1, 2, 3].map((i) => ({
        name: h.make(`pleno.attendee${i}.name`, 200, { budget: 110 }),
        position: h.make(`pleno.attendee${i}.position`, 200, { budget: 110 }),
      })),
      { userId: Number(atasan.id) },
    ];
    const scheduled = await t
      .http()
      .post(`/api/annual-reports/${id}/pleno`)
      .set(await as('ppid'))
      .send({ date: '2026-01-15', place: h.make('pleno.place', 300, { budget: 250 }), attendees, quorum: 2 })
      .expect(200);
    at('2026-01-15T03:00:00Z');
    const ids: string[] = scheduled.body.plenary.attendees.map((a: { id: string }) => a.id);
    await t
      .http()
      .post(`/api/annual-reports/${id}/pleno/attendance`)
      .set(await as('ppid'))
      .send({ attendance: ids.map((x) => ({ id: x, present: true })) })
      .expect(200);
    await t
      .http()
      .post(`/api/annual-reports/${id}/ratify`)
      .set(await as('ppid'))
      .send({ signatories: [`u${atasan.id}`], decision: h.make('pleno.decision', 4000, { all: true }) })
      .expect(200);
    // the berita acara and the report are issued when the signatory signs with their own account
    const ratified = await t
      .http()
      .post(`/api/annual-reports/${id}/sign`)
      .set(await as('atasan'))
      .expect(200);
    expect(ratified.body.status).toBe('ratified');
    expect(ratified.body.beritaAcaraDocument).not.toBeNull();
    await document('annual report', `/api/annual-reports/${id}/report.pdf`, 'ppid', [
      ...letterhead(),
      ...sections.map((s) => `narrative.${s}`),
      ...disputes,
      ...liaison,
      'ppid.fullName',
      'ppid.position',
      'atasan.fullName',
      'atasan.position',
    ]);
    await document('berita acara', `/api/annual-reports/${id}/berita-acara.pdf`, 'ppid', [
      ...letterhead(),
      'pleno.place',
      ...[1, 2, 3].flatMap((i) => [`pleno.attendee${i}.name`, `pleno.attendee${i}.position`]),
      'pleno.decision',
    ]);
  });

  it('sent no request to the canary servers, never opened the canary file, and used every hostile string', async () => {
    expect(rendered).toHaveLength(18);
    // late requests (a meta refresh, a prefetch) cannot leave a renderer that is gone: close Chromium, then let the
    // canary servers take any connection the kernel already accepted (one turn of the event loop's I/O phase)
    await t.app.get(PdfService).onModuleDestroy();
    await new Promise((r) => setImmediate(r));
    // both canary servers answered a probe from this process before the first render (startCanary), so zero hits is
    // not a server that could not be reached
    expect(canary.bases.length).toBe(2);
    expect(canary.requests).toEqual([]);
    expect(canary.connections()).toBe(0);
    // the canary file: its secret is in no document (checked per document above), and its atime did not move —
    // evidence only where this file system records reads (a control file made the same way was read, and its atime moved)
    if (canary.readsObservable) expect(canary.fileWasRead()).toBe(false);
    else
      console.warn(
        `reads of ${canary.file} cannot be observed here (noatime?): only the secret's absence from every PDF shows it was not read`,
      );
    const typed = h
      .fields()
      .map((f) => h.value(f))
      .join('\n');
    const vectors = hostileVectors(canary.bases, canary.file);
    expect(vectors.filter((v) => !typed.includes(v))).toEqual([]);
  });
});

/** The letterhead fields (every document carries the kop surat). */
function letterhead(): string[] {
  return [
    'office.name',
    'office.letterheadLine1',
    'office.letterheadLine2',
    'office.address',
    'office.city',
    'office.phone',
    'office.website',
  ];
}
