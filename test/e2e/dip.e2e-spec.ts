import ExcelJS from 'exceljs';
import { bearer, register } from '../support/fixtures';
import { binaryParser, pdfText } from '../support/pdf';
import { createTestApp, TestApp } from '../support/test-app';

const ENTRY = {
  holder: 'Subbagian Perencanaan, Data dan Informasi',
  responsible: 'Kepala Subbagian PDI',
  madeWhenWhere: '2024, Rangkasbitung',
  formAvailable: 'softcopy dan hardcopy',
  retention: '5 tahun',
};

describe('DIP: drafts, classification, versions with diff, flags, publication', () => {
  let t: TestApp;
  const ids: Record<string, number> = {};
  beforeAll(async () => {
    t = await createTestApp();
    t.clock.set(new Date('2026-11-23T03:00:00Z'));
  });
  afterAll(async () => t?.close());

  it('lets a liaison unit draft entries for its own unit only', async () => {
    const liaison = await bearer(t, 'penghubung');
    for (const [key, title] of [
      ['dpt', 'Keputusan KPU Kabupaten Lebak tentang Penetapan DPT Pemilu 2024'],
      ['lhkpn', 'Laporan keuangan berkala tahun 2025'],
      ['ktp', 'Salinan KTP anggota PPK se-Kabupaten Lebak'],
    ] as const) {
      const res = await t
        .http()
        .post('/api/dip-entries')
        .set(liaison)
        .send({ ...ENTRY, title })
        .expect(201);
      expect(res.body).toMatchObject({ status: 'draft', category: null });
      ids[key] = res.body.id;
    }
    const units = (
      await t
        .http()
        .get('/api/units')
        .set(await bearer(t, 'ppid'))
        .expect(200)
    ).body;
    const other = units.find((u: { code: string }) => u.code === 'KUL');
    await t
      .http()
      .post('/api/dip-entries')
      .set(liaison)
      .send({ ...ENTRY, title: 'x', unitId: other.id })
      .expect(403);
    await t.http().post(`/api/dip-entries/${ids.dpt}/submit`).set(liaison).expect(200);
    await t
      .http()
      .patch(`/api/dip-entries/${ids.dpt}`)
      .set(liaison)
      .send({ title: 'diubah setelah diajukan' })
      .expect(403);
    await t
      .http()
      .post(`/api/dip-entries/${ids.dpt}/classify`)
      .set(liaison)
      .send({ category: 'setiap_saat' })
      .expect(403);
  });

  it('requires the Pasal 17 basis, the consequence test and the period for an exempt entry', async () => {
    const ppid = await bearer(t, 'ppid');
    const bad = await t
      .http()
      .post(`/api/dip-entries/${ids.ktp}/classify`)
      .set(ppid)
      .send({ category: 'dikecualikan' })
      .expect(400);
    expect(Object.keys(bad.body.fields).sort()).toEqual([
      'consequenceHarm',
      'exemptUntil',
      'exemptionBasis',
      'publicInterest',
    ]);
    const entry = await t.http().get(`/api/dip-entries/${ids.ktp}`).set(ppid).expect(200);
    expect(entry.body.status).toBe('draft');
    await t
      .http()
      .post(`/api/dip-entries/${ids.ktp}/classify`)
      .set(ppid)
      .send({
        category: 'dikecualikan',
        exemptionBasis: ['h'],
        consequenceHarm: 'Membuka data pribadi',
        publicInterest: 'Daftar nama sudah diumumkan',
        exemptUntil: '2026-12-31',
      })
      .expect(200);
    await t.http().post(`/api/dip-entries/${ids.dpt}/classify`).set(ppid).send({ category: 'setiap_saat' }).expect(200);
    const periodic = await t
      .http()
      .post(`/api/dip-entries/${ids.lhkpn}/classify`)
      .set(ppid)
      .send({ category: 'berkala', lastUpdated: '2026-03-01' })
      .expect(200);
    expect(periodic.body.flags).toEqual({ declassify: false, renew: true });
  });

  it('establishes a version; it cannot be edited; the next version shows its diff; empty lists are refused', async () => {
    const ppid = await bearer(t, 'ppid');
    const v1 = await t
      .http()
      .post('/api/dip-versions')
      .set(ppid)
      .send({ decreeNumber: '01/PPID/KPU-LBK/XI/2026', decreeDate: '2026-11-23' })
      .expect(201);
    expect(v1.body).toMatchObject({ versionNo: 1, entryCount: 3 });
    expect(v1.body.diff.added).toHaveLength(3);
    const edit = await t
      .http()
      .patch(`/api/dip-versions/${v1.body.id}`)
      .set(ppid)
      .send({ decreeNumber: 'x' })
      .expect(409);
    expect(edit.body.message).toMatch(/tidak dapat diubah/);

    await t.http().post(`/api/dip-entries/${ids.dpt}/classify`).set(ppid).send({ category: 'serta_merta' }).expect(200);
    const liaison = await bearer(t, 'penghubung');
    const added = await t
      .http()
      .post('/api/dip-entries')
      .set(liaison)
      .send({ ...ENTRY, title: 'Rekapitulasi partisipasi pemilih 2024' })
      .expect(201);
    await t
      .http()
      .post(`/api/dip-entries/${added.body.id}/classify`)
      .set(ppid)
      .send({ category: 'setiap_saat' })
      .expect(200);
    const v2 = await t
      .http()
      .post('/api/dip-versions')
      .set(ppid)
      .send({ decreeNumber: '02/PPID/KPU-LBK/XI/2026', decreeDate: '2026-11-23' })
      .expect(201);
    expect(v2.body.versionNo).toBe(2);
    expect(v2.body.diff.added.map((e: { title: string }) => e.title)).toEqual([
      'Rekapitulasi partisipasi pemilih 2024',
    ]);
    expect(v2.body.diff.changed).toEqual([
      {
        entryId: ids.dpt,
        title: expect.any(String),
        changes: { category: { from: 'setiap_saat', to: 'serta_merta' } },
      },
    ]);
    expect(v2.body.diff.removed).toEqual([]);
    // the first version is unchanged
    const again = await t.http().get(`/api/dip-versions/${v1.body.id}`).set(ppid).expect(200);
    expect(again.body.snapshot.find((e: { entryId: number }) => e.entryId === ids.dpt).category).toBe('setiap_saat');

    const empty = await t
      .http()
      .post('/api/dip-versions')
      .set(await bearer(t, 'ppid.serang'))
      .send({ decreeNumber: '01', decreeDate: '2026-11-23' })
      .expect(400);
    expect(empty.body.message).toMatch(/Daftar kosong/);
  });

  it('flags exemptions whose period ended and periodic items older than 6 months', async () => {
    t.clock.set(new Date('2027-01-05T03:00:00Z'));
    const ppid = await bearer(t, 'ppid');
    const declassify = await t
      .http()
      .get('/api/dip-entries')
      .set(ppid)
      .query({ filter: JSON.stringify({ flag: 'declassify' }) })
      .expect(200);
    expect(declassify.body.map((e: { id: number }) => e.id)).toEqual([ids.ktp]);
    const renew = await t
      .http()
      .get('/api/dip-entries')
      .set(ppid)
      .query({ filter: JSON.stringify({ flag: 'renew' }) })
      .expect(200);
    expect(renew.body.map((e: { id: number }) => e.id)).toEqual([ids.lhkpn]);
    t.clock.set(new Date('2026-11-23T03:00:00Z'));
  });

  it('publishes a version (audited, once) and serves it publicly without exempt items', async () => {
    const ppid = await bearer(t, 'ppid');
    const before = await t.http().get('/api/public/dip/KPU-LBK').expect(200);
    expect(before.body).toMatchObject({ version: null, entries: [] });
    const [latest] = (await t.http().get('/api/dip-versions').set(ppid).expect(200)).body;
    await t
      .http()
      .post(`/api/dip-versions/${latest.id}/publish`)
      .set(await bearer(t, 'ppid.banten'))
      .expect(403);
    await t.http().post(`/api/dip-versions/${latest.id}/publish`).set(ppid).expect(200);
    await t.http().post(`/api/dip-versions/${latest.id}/publish`).set(ppid).expect(409);
    const pub = await t.http().get('/api/public/dip/KPU-LBK').expect(200);
    expect(pub.body.version).toMatchObject({ versionNo: 2, decreeNumber: '02/PPID/KPU-LBK/XI/2026' });
    const titles = pub.body.entries.map((e: { title: string }) => e.title);
    expect(titles).toContain('Rekapitulasi partisipasi pemilih 2024');
    expect(titles).not.toContain('Salinan KTP anggota PPK se-Kabupaten Lebak');
    expect(JSON.stringify(pub.body)).not.toMatch(/consequenceHarm|Membuka data pribadi/);
    const berkala = await t.http().get('/api/public/dip/KPU-LBK').query({ category: 'berkala' }).expect(200);
    expect(berkala.body.entries.map((e: { category: string }) => e.category)).toEqual(['berkala']);
    await t.http().get('/api/public/dip/KPU-XXX').expect(404);
    await t.http().get('/api/public/dip/KPU-LBK').query({ category: 'dikecualikan' }).expect(400);
    const audit = await t.ds.query("SELECT COUNT(*) AS n FROM audit_logs WHERE action = 'dip.version_publish'");
    expect(Number(audit[0].n)).toBe(1);
  });

  it('offers the published list as PDF (issued when published), XLSX and JSON, without exempt items', async () => {
    // the PDF was issued by the publication (a POST, in the PPID's name); the public GET issues nothing
    const issued = await t.ds.query("SELECT COUNT(*) AS n FROM documents WHERE type = 'dip-list'");
    const pdf = await t
      .http()
      .get('/api/public/dip/KPU-LBK/export')
      .query({ format: 'pdf' })
      .buffer(true)
      .parse(binaryParser)
      .expect(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = (await pdfText(pdf.body)).replace(/\s+/g, ' ');
    expect(text).toContain('DAFTAR INFORMASI PUBLIK');
    expect(text).toContain('02/PPID/KPU-LBK/XI/2026');
    expect(text).toContain('Rekapitulasi partisipasi pemilih 2024');
    expect(text).not.toContain('Salinan KTP anggota PPK');
    const again = await t
      .http()
      .get('/api/public/dip/KPU-LBK/export')
      .query({ format: 'pdf' })
      .buffer(true)
      .parse(binaryParser)
      .expect(200);
    expect(Buffer.compare(again.body, pdf.body)).toBe(0);
    expect(await t.ds.query("SELECT COUNT(*) AS n FROM documents WHERE type = 'dip-list'")).toEqual(issued);
    const byPublisher = await t.ds.query(
      "SELECT COUNT(*) AS n FROM audit_logs WHERE action = 'document.issue' AND username = 'ppid' AND changes LIKE '%dip-list%'",
    );
    expect(Number(byPublisher[0].n)).toBeGreaterThanOrEqual(1);
    const xlsx = await t
      .http()
      .get('/api/public/dip/KPU-LBK/export')
      .query({ format: 'xlsx' })
      .buffer(true)
      .parse(binaryParser)
      .expect(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.body as unknown as ArrayBuffer);
    const titles = wb.getWorksheet('DIP')!.getColumn(3).values.map(String);
    expect(titles).toContain('Rekapitulasi partisipasi pemilih 2024');
    expect(titles).not.toContain('Salinan KTP anggota PPK se-Kabupaten Lebak');
    const json = await t.http().get('/api/public/dip/KPU-LBK/export').query({ format: 'json' }).expect(200);
    expect(JSON.parse(json.text ?? JSON.stringify(json.body)).entries.length).toBe(3);
    await t.http().get('/api/public/dip/KPU-LBK/export').query({ format: 'docx' }).expect(400);
    await t.http().get('/api/public/dip/KPU-SRG/export').query({ format: 'pdf' }).expect(404);
  });

  it('links a request to DIP entries at intake; an exempt entry pre-fills the refusal basis and consequence test', async () => {
    const r = await register(t);
    const desk = await bearer(t, 'desk');
    const found = await t
      .http()
      .get('/api/dip-entries')
      .set(desk)
      .query({ filter: JSON.stringify({ q: 'KTP anggota PPK' }) })
      .expect(200);
    expect(found.body.map((e: { id: number }) => e.id)).toEqual([ids.ktp]);
    const linked = await t
      .http()
      .put(`/api/requests/${r.id}/dip-links`)
      .set(desk)
      .send({ entryIds: [ids.ktp] })
      .expect(200);
    expect(linked.body.suggestedDecision).toEqual({
      decision: 'refused',
      refusalBasis: ['h'],
      consequenceTest: expect.stringContaining('Membuka data pribadi'),
    });
    const both = await t
      .http()
      .put(`/api/requests/${r.id}/dip-links`)
      .set(desk)
      .send({ entryIds: [ids.ktp, ids.dpt] })
      .expect(200);
    expect(both.body.suggestedDecision.decision).toBe('granted_partial');
    await t
      .http()
      .put(`/api/requests/${r.id}/dip-links`)
      .set(desk)
      .send({ entryIds: [999999] })
      .expect(400);
    await t
      .http()
      .get(`/api/requests/${r.id}/dip-links`)
      .set(await bearer(t, 'desk.serang'))
      .expect(404);
  });
});
