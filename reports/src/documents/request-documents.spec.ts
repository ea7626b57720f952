import {
  countWords,
  deadlineSentence,
  formatRupiah,
  maskNikEnds,
  maskNikLast4,
  PASAL_17,
  terbilang,
} from './request-common';
import { requestReceiptHtml } from './request-receipt';
import { writtenNoticeHtml } from './written-notice';
import { refusalDecreeHtml } from './refusal-decree';
import { NOTICE_ITEM_LETTERS, NOTICE_ITEMS } from '../legal/catalogue';
import { extensionNoticeHtml } from './extension-notice';
import { registerSummary, requestRegisterHtml, type RequestRegisterRow } from './request-register';
import { DECEMBER_DEADLINE } from '../spec.fixtures';

const office = {
  name: 'KPU Kabupaten Lebak',
  letterheadLine1: 'KOMISI PEMILIHAN UMUM',
  letterheadLine2: 'KABUPATEN LEBAK',
  city: 'Lebak',
};
const verification = { code: 'ABCD-EFGH-JKMN', url: 'https://lentera.example/verifikasi/ABCD-EFGH-JKMN' };
const HOSTILE = '<img src=x onerror=alert(1)>';
const requester = {
  type: 'person',
  name: `Budi ${HOSTILE}`,
  nik: '3602011203850004',
  address: 'Jl. Multatuli No. 5',
  phone: '081234567890',
  occupation: 'Wartawan',
};
const request = {
  number: '001/PPID/KPU-LBK/XII/2026',
  receivedAt: new Date('2026-12-14T03:00:00Z'),
  receivedDate: '2026-12-14',
  channel: 'in_person',
  informationRequested: `Salinan DPT ${HOSTILE}`,
  purpose: 'Liputan',
  obtainMethods: ['read', 'softcopy'],
  deliveryMethods: ['email'],
};
const deadline = DECEMBER_DEADLINE;
const ppid = {
  role: 'Pejabat Pengelola Informasi dan Dokumentasi',
  name: 'Ahmad Fauzi, S.Sos.',
  nip: '198204102006041003',
  position: 'Kepala Subbagian',
};

describe('request document helpers', () => {
  it('masks the NIK: last four, or first and last four', () => {
    expect(maskNikLast4('3602011203850004')).toBe('************0004');
    expect(maskNikEnds('3602011203850004')).toBe('3602********0004');
    expect(maskNikLast4(null)).toBeNull();
    expect(maskNikEnds('  ')).toBeNull();
    // an already masked value stays masked
    expect(maskNikLast4('3602********0004')).toBe('************0004');
  });

  it('writes counts in words and money as rupiah', () => {
    expect(terbilang(10)).toBe('sepuluh');
    expect(terbilang(17)).toBe('tujuh belas');
    expect(terbilang(30)).toBe('tiga puluh');
    expect(terbilang(111)).toBe('seratus sebelas');
    expect(countWords(7)).toBe('7 (tujuh)');
    expect(formatRupiah(25000)).toBe('Rp 25.000');
    expect(formatRupiah(null)).toBe('-');
  });

  it('explains a deadline with the holidays it skipped', () => {
    expect(deadlineSentence(deadline)).toBe(
      '10 (sepuluh) hari kerja sejak permohonan diterima pada Senin, 14 Desember 2026, tidak termasuk hari Sabtu, Minggu dan hari libur ' +
        '24\u201325 Desember 2026 (Cuti bersama Hari Raya Natal, Hari Raya Natal), sehingga paling lambat Rabu, 30 Desember 2026',
    );
    expect(deadlineSentence({ ...deadline, startReason: 'completed', skipped: [] })).toContain(
      'sejak permohonan dinyatakan lengkap pada',
    );
  });

  it('knows all ten Pasal 17 letters', () => {
    expect(Object.keys(PASAL_17)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j']);
  });
});

describe('request document templates (HTML)', () => {
  const common = { office, number: '001/X/KPU-LBK/XII/2026', dateText: '14 Desember 2026', verification };
  /** a notice or decree about the request, signed by the PPID */
  const signed = { ...common, request, requester, signers: [ppid] };

  it('receipt: escaped data, masked NIK, ticked methods, deadline, both signers', async () => {
    const out = await requestReceiptHtml({
      ...common,
      request,
      requester,
      deadline,
      trackingCode: 'K7QX-2M9P',
      signers: [
        { role: 'Petugas Pelayanan Informasi', name: 'Siti', nip: '199508172019032011' },
        { role: 'Pemohon Informasi', name: requester.name },
      ],
    });
    expect(out).not.toContain('<img src=x');
    expect(out).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(out).toContain('************0004');
    expect(out).not.toContain('3602011203850004');
    expect(out).toContain('<span class="cb">X</span>Membaca');
    expect(out).toContain('<span class="cb">\u00a0</span>Melihat');
    expect(out).toContain('Rabu, 30 Desember 2026');
    expect(out).toContain('K7QX-2M9P');
    expect(out).toContain('Petugas Pelayanan Informasi');
    expect(out).toContain('Pemohon Informasi');
  });

  it('written notice: Pasal 17 basis with meaning, consequence test, partial grant with redactions and cost', async () => {
    const out = await writtenNoticeHtml({
      ...signed,
      decision: {
        decision: 'granted_partial',
        decisionDate: '2026-12-20',
        held: true,
        holderBody: null,
        refusalBasis: ['h', 'c'],
        consequenceTest: `Uji ${HOSTILE}`,
        refusalReason: null,
        redactions: 'NIK dihitamkan',
        form: 'softcopy',
        cost: 25000,
        deliveryPlan: 'Email, 3 hari kerja',
        materialProvided: 'Salinan SK penetapan DPT (12 halaman)',
        paymentMethod: 'Transfer ke rekening BRI 0123-01-000123-30-1',
      },
    });
    // the law's clause, from the legal catalogue (EXEMPTIONS)
    expect(out).toContain('Pasal 17 huruf c (Pertahanan dan keamanan negara): informasi yang apabila dibuka');
    expect(out).toContain('dapat membahayakan pertahanan dan keamanan negara');
    expect(out).toContain('Pasal 17 huruf h (Rahasia pribadi)');
    expect(out).toContain('dapat mengungkap rahasia pribadi');
    // Pasal 22 ayat (7) a–g: each its own item under the catalogue's heading
    for (const l of NOTICE_ITEM_LETTERS)
      expect(out).toContain(`<td class="no">${l}.</td><td class="label">${NOTICE_ITEMS[l].id}</td>`);
    expect(out).toContain('Salinan SK penetapan DPT (12 halaman)');
    expect(out).toContain('Cara pembayaran: <span class="pre">Transfer ke rekening BRI 0123-01-000123-30-1</span>');
    expect(out.indexOf('huruf c')).toBeLessThan(out.indexOf('huruf h'));
    expect(out).toContain('Dikabulkan sebagian');
    expect(out).toContain('NIK dihitamkan');
    expect(out).toContain('Rp 25.000');
    expect(out).toContain('Email, 3 hari kerja');
    expect(out).toContain('Uji &lt;img');
    expect(out).not.toContain('<img src=x');
  });

  it('written notice: names the body that holds the information when the office does not', async () => {
    const out = await writtenNoticeHtml({
      ...signed,
      decision: {
        decision: 'not_held',
        decisionDate: '2026-12-15',
        held: false,
        holderBody: 'Bawaslu Kabupaten Lebak',
        refusalBasis: null,
        consequenceTest: null,
        refusalReason: null,
        redactions: null,
        form: null,
        cost: 0,
        deliveryPlan: null,
      },
    });
    expect(out).toContain('tidak berada</span> di bawah penguasaan KPU Kabupaten Lebak');
    expect(out).toContain('Bawaslu Kabupaten Lebak');
    expect(out).toContain('Tanpa biaya (Rp 0).');
    expect(out).toContain('Tidak ada materi informasi yang diberikan.');
  });

  it('refusal decree: considerations, the Pasal 17 basis, the consequence test, DITOLAK, the right to object', async () => {
    const out = await refusalDecreeHtml({
      ...signed,
      partial: false,
      refusalBasis: ['h'],
      consequenceTest: `Membuka data pribadi ${HOSTILE}`,
      refusalReason: 'Data pribadi pemilih',
      redactions: null,
      decisionDate: '2026-12-15',
      regimeBasis: 'UU 14/2008 jo. PerKI 1/2021',
      objectionFilingDays: 30,
    });
    expect(out).toContain('Surat Keputusan PPID');
    expect(out).toContain('tentang Penolakan Permohonan Informasi');
    expect(out).toContain('Menimbang:');
    expect(out).toContain('Mengingat:');
    expect(out).toContain('INFORMASI YANG DIKECUALIKAN');
    expect(out).toContain('Pasal 17 huruf h (Rahasia pribadi)');
    expect(out).toContain('Membuka data pribadi &lt;img');
    expect(out).toContain('PERMOHONAN INFORMASI DITOLAK');
    expect(out).toContain('30 (tiga puluh) hari kerja');
    expect(out).not.toContain('<img src=x');
  });

  it('extension notice: reason and both deadlines', async () => {
    const out = await extensionNoticeHtml({
      ...signed,
      reason: `Perlu dihimpun ${HOSTILE}`,
      extendedAt: new Date('2026-12-15T03:00:00Z'),
      original: deadline,
      extended: {
        ...deadline,
        days: 17,
        due: '2027-01-12',
        skipped: [...deadline.skipped, { date: '2027-01-01', name: 'Tahun Baru 2027 Masehi' }],
      },
    });
    expect(out).toContain('diperpanjang 7 (tujuh) hari kerja');
    expect(out).toContain('Rabu, 30 Desember 2026');
    expect(out).toContain('Selasa, 12 Januari 2027');
    expect(out).toContain('Perlu dihimpun &lt;img');
  });

  it('register: NIK masked at both ends, counts by decision, landscape', async () => {
    const row: RequestRegisterRow = {
      number: request.number,
      receivedDate: '2026-12-14',
      requester: { ...requester },
      informationRequested: request.informationRequested,
      purpose: 'Liputan',
      obtainMethods: ['softcopy'],
      held: true,
      holderBody: null,
      form: null,
      decision: 'refused',
      refusalBasis: ['h'],
      refusalReason: 'Data pribadi',
      decisionDate: '2026-12-14',
      cost: 0,
      status: 'decided',
      statusLabel: 'Diputuskan',
    };
    const undecided: RequestRegisterRow = {
      ...row,
      number: '002/PPID/KPU-LBK/XII/2026',
      decision: null,
      held: null,
      refusalBasis: null,
      refusalReason: null,
      decisionDate: null,
      cost: null,
      status: 'registered',
      statusLabel: 'Terdaftar',
    };
    const out = await requestRegisterHtml({
      ...common,
      from: '2026-12-01',
      to: '2026-12-31',
      rows: [row, undecided],
      signers: [ppid],
    });
    expect(out).toContain('size: A4 landscape');
    expect(out).toContain('3602********0004');
    expect(out).not.toContain('3602011203850004');
    expect(out).toContain('UU KIP Pasal 17 huruf h; Data pribadi');
    expect(out).toContain('Jumlah permohonan: 2');
    expect(out).toContain('001/<wbr>PPID/<wbr>KPU-LBK/<wbr>XII/<wbr>2026');
    expect(registerSummary([row, undecided]).map((s) => [s.key, s.count])).toEqual([
      ['granted_full', 0],
      ['granted_partial', 0],
      ['refused', 1],
      ['not_held', 0],
      ['none', 1],
    ]);
  });
});
