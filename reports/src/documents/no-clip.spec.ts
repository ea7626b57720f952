/**
 * "Documents never clip" (issue 14.4): every document type is rendered by the real Chromium with long, realistic
 * and hostile values, and checked from the PDF's OWN text positions (poppler's `pdftotext -raw -bbox`: every word with its box, in drawing order):
 *  - every character of every value is printed (whitespace ignored: wrapping breaks lines);
 *  - no word lies outside the printable area (page size minus PAGE_MARGIN; the footer lives in the bottom margin);
 *  - no page holds only the verification box / signatures (or nothing but an image);
 *  - a word that fits its column is never broken across lines, and table headers repeat on every page;
 *  - the daily sheet of 19 requests is landscape and at most 3 pages.
 * Set LENTERA_PDF_DUMP=/some/dir to keep the PDFs (e.g. to look at them with `pdftoppm -png -r 60`).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  annualReportHtml,
  beritaAcaraHtml,
  dailyServiceSheetHtml,
  dipListHtml,
  extensionNoticeHtml,
  formatNip,
  monthlyReportHtml,
  objectionRegisterHtml,
  objectionResponseHtml,
  officeUserListHtml,
  PAGE_MARGIN,
  PdfRenderer,
  requestReceiptHtml,
  requestRegisterHtml,
  writtenNoticeHtml,
  refusalDecreeHtml,
  type DailySheetRow,
  type ObjectionRegisterRow,
  type RenderOptions,
  type RequestRegisterRow,
  type Signer,
} from '../index';
import { fontCoverage, printableText, type GlyphCoverage } from '../fonts';
import { DECEMBER_DEADLINE } from '../spec.fixtures';

jest.setTimeout(120_000);

// ---------------------------------------------------------------------------------------------------------------
// Hostile but realistic values
// ---------------------------------------------------------------------------------------------------------------

/** A 300-character URL without a single space. */
const URL_300 = (
  'https://ppid.kpu-lebakkab.go.id/arsip-dokumen/unduh?berkas=Salinan_Keputusan_KPU_Kabupaten_Lebak_Nomor_1234' +
  '_Tahun_2026_tentang_Penetapan_Daftar_Pemilih_Tetap_Pemilihan_Bupati_dan_Wakil_Bupati_Lebak_Tahun_2026.pdf' +
  '&versi=3&token=' +
  '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08'.repeat(2)
).slice(0, 300);
/** A 60-character reference number with no break opportunity. */
const REF_60 = 'SK3602PPIDKPULBK20261214000123456789REGPERMOHONANINFORMASI01';
const PARA =
  'Sehubungan dengan penyelenggaraan Pemilihan Bupati dan Wakil Bupati Lebak Tahun 2026, kami memohon salinan ' +
  'berita acara rekapitulasi hasil penghitungan suara di setiap kecamatan beserta lampirannya, daftar pemilih tetap ' +
  'yang telah ditetapkan per desa dan kelurahan, serta keputusan penetapan calon terpilih; informasi tersebut akan ' +
  'dipergunakan untuk penelitian akademik mengenai partisipasi pemilih perempuan dan penyandang disabilitas di ' +
  'wilayah Kabupaten Lebak, Provinsi Banten, yang hasilnya akan dipublikasikan dalam jurnal ilmiah terakreditasi.';
const NAME = 'Ni Luh Putu Ṣāliḥah Müller-Ñúñez Dewantari, S.H., M.Kn.';
const ARABIC = 'بسم الله الرحمن الرحيم';
const CHINESE = '中华人民共和国';
const JAVANESE = 'ꦲꦤꦕꦫꦏ';
const EMOJI = '🙂🇮🇩';
const HTMLISH = '<b>x</b>';
const SCRIPTS = `${ARABIC} ${JAVANESE} ${CHINESE} ${EMOJI} ${HTMLISH}`;
const REQUESTER_NAME = `${NAME} ${EMOJI} ${HTMLISH}`;
const ADDRESS = `Jl. Multatuli No. 5, RT 003/RW 012, Desa Ṣukamanah, Kecamatan Rangkasbitung ${ARABIC} ${JAVANESE}`;
const INFO = `${PARA}\nTautan: ${URL_300}\nNomor referensi: ${REF_60}`;
const PURPOSE = `Penelitian skripsi: ${SCRIPTS}`;

const office = {
  code: '3602',
  name: 'KPU Kabupaten Lebak',
  letterheadLine1: 'Komisi Pemilihan Umum',
  letterheadLine2: 'Kabupaten Lebak',
  address: 'Jalan Siliwangi Nomor 4, Kelurahan Muara Ciujung Timur, Kecamatan Rangkasbitung',
  city: 'Rangkasbitung',
  postalCode: '42312',
  phone: '(0252) 201234',
  email: 'ppid.kabupaten.lebak.provinsi.banten@kpu-lebakkab.go.id',
  website: 'https://kab-lebak.kpu.go.id/ppid/layanan-informasi-publik/permohonan-informasi/formulir-daring-dan-status',
};
const officeValues = [office.address, office.email, office.website];
const verification = { code: 'K7QF-3M9P-X2RT', url: URL_300 };
const dateText = '14 Desember 2026';

const ppid: Signer = {
  role: 'Pejabat Pengelola Informasi dan Dokumentasi',
  name: NAME,
  nip: '198204102006041003',
  position: 'Kepala Subbagian Teknis Penyelenggaraan Pemilu, Partisipasi dan Hubungan Masyarakat',
  place: 'Rangkasbitung',
  date: dateText,
};
const atasan: Signer = {
  role: 'Mengetahui, Atasan PPID',
  name: 'Drs. H. Muḥammad Ḥusain Al-Bantani, M.Si.',
  nip: '197001011995031001',
  position: 'Sekretaris KPU Kabupaten Lebak',
};
const deskOfficer: Signer = {
  role: 'Petugas Pelayanan Informasi',
  name: 'Siti Nur’aini Dzakiyyah',
  nip: '199508172019032011',
  place: 'Rangkasbitung',
  date: dateText,
};
const requesterSigner: Signer = { role: 'Pemohon Informasi', name: REQUESTER_NAME };

const requester = {
  type: 'person',
  name: REQUESTER_NAME,
  nik: '3602011203850004',
  address: ADDRESS,
  phone: '081234567890',
  email: 'ni.luh.putu.saliha.dewantari.peneliti.pemilu@universitas-sultan-ageng-tirtayasa.ac.id',
  occupation: `Peneliti ${REF_60}`,
};
const request = {
  number: '001/PPID/KPU-LBK/XII/2026',
  receivedAt: new Date('2026-12-14T03:00:00Z'),
  receivedDate: '2026-12-14',
  channel: 'web',
  informationRequested: INFO,
  purpose: PURPOSE,
  obtainMethods: ['read', 'softcopy', `cara lain: ${URL_300}`],
  deliveryMethods: ['email'],
};
const deadline = DECEMBER_DEADLINE;
const requesterValues = [REQUESTER_NAME, ADDRESS, requester.email, requester.occupation];

// ---------------------------------------------------------------------------------------------------------------
// The documents
// ---------------------------------------------------------------------------------------------------------------

interface Case {
  name: string;
  html: () => Promise<string>;
  /** Every one of these must be printed in full. */
  values: string[];
  signers: Signer[];
  number: string;
  landscape?: boolean;
  /** Passed to render() (default: `landscape` as above, as the server does for its landscape documents). */
  render?: RenderOptions;
  maxPages?: number;
  /** Every page that shows one of these row texts also shows the table header text. */
  header?: { text: string; rows: string[] };
}

function registerRow(i: number): RequestRegisterRow {
  const hostile = i % 3 === 0;
  return {
    number: hostile ? REF_60 : `${String(i + 1).padStart(3, '0')}/PPID/KPU-LBK/XII/2026`,
    receivedDate: '2026-12-14',
    requester: {
      type: 'person',
      name: hostile ? REQUESTER_NAME : `Budi Santoso ${i + 1}`,
      nik: '3602011203850004',
      address: hostile ? ADDRESS : 'Jl. Ahmad Yani No. 12, Rangkasbitung',
      phone: '081234567890',
      email: hostile ? requester.email : null,
      occupation: hostile ? `Peneliti ${REF_60}` : 'Wiraswasta',
    },
    informationRequested: hostile ? INFO : 'Salinan daftar pemilih tetap Kecamatan Cibadak',
    purpose: hostile ? PURPOSE : 'Penelitian',
    obtainMethods: ['softcopy'],
    held: false,
    holderBody: hostile ? `Dinas Kependudukan dan Pencatatan Sipil ${URL_300}` : null,
    form: 'softcopy',
    decision: hostile ? 'granted_partial' : 'granted_full',
    refusalBasis: hostile ? ['h', 'c'] : null,
    refusalReason: hostile ? `Memuat data pribadi ${SCRIPTS}` : null,
    decisionDate: '2026-12-22',
    cost: 0,
    status: 'decided',
    statusLabel: 'Diputuskan',
  };
}
const registerRows = Array.from({ length: 12 }, (_, i) => registerRow(i));

function dailyRow(i: number): DailySheetRow {
  const hostile = i === 4;
  return {
    number: `${String(i + 1).padStart(3, '0')}/PPID/KPU-LBK/XII/2026`,
    receivedTime: `${String(8 + Math.floor(i / 3)).padStart(2, '0')}.${String((i * 7) % 60).padStart(2, '0')}`,
    requesterName: hostile
      ? REQUESTER_NAME
      : ['Budi Santoso', 'Ratna Sari Dewi', 'Yayasan Pemilu Bersih Banten'][i % 3],
    channel: ['Datang langsung', 'Surat elektronik (email)', 'Laman (formulir daring)'][i % 3],
    informationRequested: hostile
      ? INFO
      : i % 2
        ? 'Salinan keputusan penetapan daftar pemilih tetap dan berita acara rekapitulasi di Kecamatan Cibadak beserta lampirannya'
        : 'Salinan surat keputusan penetapan calon terpilih',
    status: ['Diterima', 'Menunggu kelengkapan', 'Diproses'][i % 3],
    dueDate: '30 Desember 2026',
  };
}
const dailyRows = Array.from({ length: 19 }, (_, i) => dailyRow(i));

function objectionRow(i: number): ObjectionRegisterRow {
  const hostile = i % 2 === 0;
  return {
    number: hostile ? REF_60 : `00${i + 1}/KEB/KPU-LBK/XII/2026`,
    filedDate: '2026-12-01',
    requester: { name: hostile ? REQUESTER_NAME : 'Ratna Sari Dewi', address: hostile ? ADDRESS : 'Serang' },
    proxyName: hostile ? `Kuasa hukum ${NAME}` : null,
    requestNumber: hostile ? REF_60 : '001/PPID/KPU-LBK/XI/2026',
    informationRequested: hostile ? INFO : 'Salinan DPT',
    purpose: hostile ? PURPOSE : 'Penelitian',
    grounds: ['a', 'c'],
    decision: hostile ? 'rejected' : null,
    decisionDate: hostile ? '2026-12-10' : null,
    responseDueDate: '2027-01-14',
    decidedBy: hostile ? { name: atasan.name, position: atasan.position } : null,
    requesterReaction: hostile ? `Tidak puas ${URL_300}` : null,
    dispute: hostile
      ? { filedDate: '2026-12-20', kiRegistrationNumber: REF_60, stage: 'mediation', outcome: PARA }
      : null,
    status: hostile ? 'decided' : 'open',
    statusLabel: hostile ? 'Ditanggapi' : 'Dalam proses',
  };
}
const objectionRows = Array.from({ length: 4 }, (_, i) => objectionRow(i));

const emptyFigures = {
  received: {
    total: 19,
    byChannel: [
      { label: 'Laman (formulir daring)', n: 12 },
      { label: `Saluran lain: ${URL_300}`, n: 7 },
    ],
    byRequesterType: [{ label: 'Perorangan', n: 19 }],
  },
  decided: { total: 10, byOutcome: [{ label: 'Dikabulkan seluruhnya', n: 10 }] },
  timeliness: { withinDeadline: 8, withinExtension: 2, late: 0, onTimeRate: 1, medianDays: 6, p90Days: 9 },
  onTimeTargetPercent: 95,
  queue: { open: 9, overdue: 0 },
  objections: { received: 1, decided: 1, byDecision: [{ label: 'Ditolak', n: 1 }] },
  disputes: { filed: 1, concluded: 0 },
};
// the same figures split by regime: a column per regime beside the total in every table that counts
const regimeFigures = {
  ...emptyFigures,
  regimes: [
    { ...emptyFigures, label: 'Informasi publik (umum)', basis: `UU 14/2008 ${URL_300}` },
    { ...emptyFigures, label: `Informasi Pemilu dan Pemilihan ${SCRIPTS}`, basis: 'PerKI 1/2019' },
  ],
};

const beritaAttendees = [
  {
    name: 'Dr. H. Ahmad Ṣāliḥ Baidhowi, S.Ag., M.Si.',
    position: 'Ketua KPU Kabupaten Lebak',
    nip: null,
    present: true,
  },
  {
    name: NAME,
    position:
      'Anggota KPU Kabupaten Lebak, Divisi Sosialisasi, Pendidikan Pemilih, Partisipasi Masyarakat dan Sumber Daya Manusia',
    nip: null,
    present: true,
  },
  { name: `Siti Rohmah ${EMOJI}`, position: `Anggota KPU ${SCRIPTS}`, nip: null, present: true },
  { name: 'Ir. Bambang Wiryawan', position: 'Anggota KPU Kabupaten Lebak', nip: null, present: false },
  { name: atasan.name, position: 'Sekretaris KPU Kabupaten Lebak', nip: '197001011995031001', present: true },
  { name: 'Ratna Sari Dewi, S.H.', position: ppid.position ?? null, nip: '198204102006041003', present: true },
];
// As the server builds them: one block per present attendee, without the NIP (the template takes it from the list).
const beritaSigners: Signer[] = beritaAttendees
  .filter((a) => a.present)
  .map((a) => ({ role: a.position ?? 'Peserta Rapat Pleno', name: a.name, place: office.city, date: dateText }));

/** a monthly or annual report, signed by the PPID and the Atasan PPID */
const signedReport = { office, number: REF_60, dateText, verification, signers: [ppid, atasan] };

const CASES: Case[] = [
  {
    name: 'request receipt',
    number: REF_60,
    signers: [deskOfficer, requesterSigner],
    values: [
      ...officeValues,
      ...requesterValues,
      INFO,
      PURPOSE,
      `cara lain: ${URL_300}`,
      'K7QX-2M9P-LONGTRACKINGCODE0001',
    ],
    html: () =>
      requestReceiptHtml({
        office,
        request,
        requester,
        deadline,
        trackingCode: 'K7QX-2M9P-LONGTRACKINGCODE0001',
        number: REF_60,
        dateText,
        verification,
        signers: [deskOfficer, requesterSigner],
      }),
  },
  {
    name: 'written notice',
    number: REF_60,
    signers: [ppid],
    values: [
      ...officeValues,
      REQUESTER_NAME,
      ADDRESS,
      INFO,
      PURPOSE,
      PARA,
      SCRIPTS,
      `NIK dan alamat pemilih ${REF_60}`,
    ],
    html: () =>
      writtenNoticeHtml({
        office,
        request,
        requester,
        decision: {
          decision: 'granted_partial',
          decisionDate: '2026-12-22',
          held: true,
          holderBody: `Badan ${URL_300}`,
          refusalBasis: ['h', 'c'],
          consequenceTest: PARA,
          refusalReason: SCRIPTS,
          redactions: `NIK dan alamat pemilih ${REF_60}`,
          form: 'softcopy',
          cost: 0,
          deliveryPlan: `Dikirim melalui surat elektronik ke ${requester.email}`,
        },
        number: REF_60,
        dateText,
        verification,
        signers: [ppid],
      }),
  },
  {
    name: 'refusal decree',
    number: REF_60,
    signers: [ppid],
    values: [...officeValues, REQUESTER_NAME, ADDRESS, INFO, PARA, SCRIPTS, `NIK dan alamat pemilih ${REF_60}`],
    html: () =>
      refusalDecreeHtml({
        office,
        request,
        requester,
        partial: true,
        refusalBasis: ['h', 'c'],
        consequenceTest: PARA,
        refusalReason: SCRIPTS,
        redactions: `NIK dan alamat pemilih ${REF_60}`,
        decisionDate: '2026-12-22',
        regimeBasis: 'PerKI 1/2019 (Standar Layanan dan Prosedur Penyelesaian Sengketa Informasi Pemilu dan Pemilihan)',
        objectionFilingDays: 30,
        number: REF_60,
        dateText,
        verification,
        signers: [ppid],
      }),
  },
  {
    name: 'extension notice',
    number: REF_60,
    signers: [ppid],
    values: [...officeValues, REQUESTER_NAME, ADDRESS, INFO, `${PARA} ${URL_300}`],
    html: () =>
      extensionNoticeHtml({
        office,
        request,
        requester,
        reason: `${PARA} ${URL_300}`,
        extendedAt: new Date('2026-12-28T03:00:00Z'),
        original: deadline,
        extended: { ...deadline, days: 17, due: '2027-01-08' },
        number: REF_60,
        dateText,
        verification,
        signers: [ppid],
      }),
  },
  {
    name: 'request register',
    number: REF_60,
    landscape: true,
    signers: [atasan, ppid],
    header: { text: 'Informasi yang diminta', rows: ['002/PPID/KPU-LBK/XII/2026', '012/PPID/KPU-LBK/XII/2026'] },
    values: [...officeValues, REF_60, REQUESTER_NAME, ADDRESS, INFO, PURPOSE, `Memuat data pribadi ${SCRIPTS}`],
    html: () =>
      requestRegisterHtml({
        office,
        from: '2026-12-01',
        to: '2026-12-31',
        rows: registerRows,
        number: REF_60,
        dateText,
        verification,
        signers: [atasan, ppid],
      }),
  },
  {
    name: 'daily service sheet',
    number: REF_60,
    landscape: true,
    render: {}, // as the server renders it: the document itself must set the page orientation
    maxPages: 3,
    signers: [{ ...ppid, role: 'Pejabat Pengelola Informasi dan Dokumentasi,' }],
    header: { text: 'Informasi yang diminta', rows: dailyRows.map((r) => r.number) },
    values: [
      ...officeValues,
      REQUESTER_NAME,
      INFO,
      ...dailyRows.flatMap((r) => [r.informationRequested, r.requesterName, r.channel, r.status, r.dueDate]),
    ],
    html: () =>
      dailyServiceSheetHtml({
        office,
        dayText: 'Senin, 14 Desember 2026',
        number: REF_60,
        dateText,
        verification,
        signers: [{ ...ppid, role: 'Pejabat Pengelola Informasi dan Dokumentasi,' }],
        received: dailyRows,
        decided: [
          {
            number: '045/PPID/KPU-LBK/XI/2026',
            requesterName: REQUESTER_NAME,
            decision: 'Dikabulkan sebagian',
            workingDays: 7,
          },
          { number: REF_60, requesterName: 'Budi Santoso', decision: 'Ditolak', workingDays: 10 },
        ],
        delivered: 3,
        openAtEnd: 21,
        overdueAtEnd: 1,
        steps: [
          {
            step: 1,
            label: 'Pengisian formulir dan pemeriksaan identitas',
            standardMinutes: 10,
            recorded: 19,
            withinStandard: 17,
            medianMinutes: 7.5,
          },
          {
            step: 2,
            label: 'Informasi tentang informasi yang diminta',
            standardMinutes: 5,
            recorded: 19,
            withinStandard: 19,
            medianMinutes: 3,
          },
          {
            step: 3,
            label: 'Penjelasan informasi yang dikecualikan',
            standardMinutes: 5,
            recorded: 0,
            withinStandard: 0,
            medianMinutes: null,
          },
        ],
      }),
  },
  {
    name: 'objection response',
    number: REF_60,
    signers: [atasan],
    values: [...officeValues, REQUESTER_NAME, ADDRESS, INFO, PURPOSE, PARA, `Perintah ${URL_300}`, `Kuasa ${NAME}`],
    html: () =>
      objectionResponseHtml({
        office,
        objection: {
          number: REF_60,
          filedAt: new Date('2026-12-01T02:00:00Z'),
          filedDate: '2026-12-01',
          grounds: [
            { letter: 'a', label: 'penolakan atas permintaan informasi berdasarkan alasan pengecualian' },
            { letter: 'c', label: `tidak ditanggapinya permintaan informasi ${SCRIPTS}` },
          ],
          reasons: `${PARA}\n${URL_300}`,
          proxyName: `Kuasa ${NAME}`,
          responseDueDate: '2027-01-14',
          late: true,
          lateAcceptedReason: SCRIPTS,
        },
        requester: { type: 'person', name: REQUESTER_NAME, address: ADDRESS },
        request: {
          number: REF_60,
          receivedDate: '2026-11-02',
          informationRequested: INFO,
          purpose: PURPOSE,
          decision: 'refused',
          decisionDate: '2026-11-16',
        },
        decision: {
          decision: 'accepted',
          reason: PARA,
          instruction: `Perintah ${URL_300}`,
          decisionDate: '2026-12-14',
          disputeDeadline: '2027-01-05',
        },
        number: REF_60,
        dateText,
        verification,
        signers: [atasan],
      }),
  },
  {
    name: 'objection register',
    number: REF_60,
    landscape: true,
    signers: [atasan, ppid],
    values: [...officeValues, REQUESTER_NAME, ADDRESS, INFO, PURPOSE, PARA, `Tidak puas ${URL_300}`, REF_60],
    html: () =>
      objectionRegisterHtml({
        office,
        from: '2026-12-01',
        to: '2026-12-31',
        rows: objectionRows,
        groundLabels: [
          { letter: 'a', label: 'penolakan atas permintaan informasi berdasarkan alasan pengecualian' },
          { letter: 'c', label: `tidak ditanggapinya permintaan informasi ${URL_300}` },
        ],
        number: REF_60,
        dateText,
        verification,
        signers: [atasan, ppid],
      }),
  },
  {
    name: 'DIP list',
    number: REF_60,
    landscape: true,
    signers: [ppid],
    values: [...officeValues, REF_60, PARA, URL_300, SCRIPTS, `Bidang ${REF_60}`],
    html: () =>
      dipListHtml({
        office,
        versionNo: 3,
        decreeNumber: REF_60,
        decreeDateText: dateText,
        entries: ['berkala', 'serta_merta', 'setiap_saat'].flatMap((category) => [
          {
            title: `Profil KPU Kabupaten Lebak ${SCRIPTS}`,
            summary: PARA,
            holder: `Bidang ${REF_60}`,
            responsible: NAME,
            madeWhenWhere: `2026, Rangkasbitung ${URL_300}`,
            formAvailable: 'Softcopy dan hardcopy',
            retention: 'Selama berlaku',
            category,
          },
          {
            title: 'Laporan keuangan',
            summary: null,
            holder: 'Subbagian Keuangan',
            responsible: 'Sekretaris',
            madeWhenWhere: '2026',
            formAvailable: 'Softcopy',
            retention: '10 tahun',
            category,
          },
        ]),
        number: REF_60,
        dateText,
        verification,
        signers: [ppid],
      }),
  },
  {
    name: 'monthly report',
    number: REF_60,
    signers: [ppid, atasan],
    values: [...officeValues, `Saluran lain: ${URL_300}`, `Langkah ${SCRIPTS}`],
    html: () =>
      monthlyReportHtml({
        ...signedReport,
        monthText: 'Desember 2026',
        figures: {
          ...regimeFigures,
          steps: [
            {
              label: `Langkah ${SCRIPTS}`,
              standardMinutes: 10,
              measured: 19,
              withinStandard: 17,
              share: 0.89,
              medianMinutes: 7,
            },
          ],
        },
        days: Array.from({ length: 31 }, (_, i) => ({
          day: String(i + 1),
          received: i % 4,
          decided: i % 3,
          open: 5,
          overdue: 0,
        })),
      }),
  },
  {
    name: 'annual report',
    number: REF_60,
    signers: [ppid, atasan],
    values: [...officeValues, PARA, URL_300, SCRIPTS, REF_60, `Laporan ${SCRIPTS}`, `Disahkan ${URL_300}`],
    html: () =>
      annualReportHtml({
        ...signedReport,
        year: 2026,
        versionNo: 2,
        editionNo: 2,
        replaces: `${REF_60} (disahkan 5 Februari 2026)`,
        figures: {
          ...regimeFigures,
          grantedFull: 8,
          grantedPartial: 1,
          refused: 1,
          notHeld: 0,
          refusalBases: [{ label: `Pasal 17 huruf h ${SCRIPTS}`, n: 2 }],
          disputeCases: [
            {
              objection: REF_60,
              request: URL_300,
              kiNumber: REF_60,
              filedText: dateText,
              stage: 'Mediasi',
              outcome: PARA,
              courtAction: SCRIPTS,
            },
          ],
          lawsuits: 0,
        },
        months: ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'].map(
          (label, i) => ({
            label,
            received: i + 3,
            decided: i + 2,
            late: i % 2,
          }),
        ),
        sections: [
          { title: 'Gambaran umum kebijakan pelayanan informasi publik', text: `${PARA}\n\n${URL_300}\n\n${SCRIPTS}` },
          { title: `Sarana dan prasarana ${REF_60}`, text: PARA },
          { title: 'Sumber daya manusia', text: PARA },
          { title: 'Anggaran', text: PARA },
          { title: 'Rekomendasi dan rencana tindak lanjut', text: `${PARA}\n\n${PARA}` },
        ],
        liaison: [
          { unit: `Kecamatan ${SCRIPTS}`, period: 'Semester I', title: `Laporan ${SCRIPTS}`, submittedText: dateText },
          { unit: 'Kecamatan Cibadak', period: 'Semester II', title: URL_300, submittedText: dateText },
        ],
        ratification: `Disahkan ${URL_300}`,
      }),
  },
  {
    name: 'berita acara',
    number: REF_60,
    signers: beritaSigners.map((s) => ({ ...s, nip: beritaAttendees.find((a) => a.name === s.name)?.nip ?? null })),
    values: [
      ...officeValues,
      ...beritaAttendees.map((a) => a.name),
      ...beritaAttendees.map((a) => a.position ?? ''),
      `Aula ${SCRIPTS} ${URL_300}`,
      PARA,
      URL_300,
      'NIP. 19700101 199503 1 001',
      'NIP. 19820410 200604 1 003',
    ],
    html: () =>
      beritaAcaraHtml({
        office,
        year: 2026,
        number: REF_60,
        dateText,
        verification,
        meetingDateText: '20 Februari 2027',
        weekday: 'Sabtu',
        place: `Aula ${SCRIPTS} ${URL_300}`,
        quorum: 3,
        attendees: beritaAttendees,
        agenda: [`Pembahasan Laporan Tahunan ${REF_60}`, 'Pengesahan laporan tahunan', `Publikasi ${URL_300}`],
        decision: `${PARA}\n${URL_300}\n${PARA}`,
        signers: beritaSigners,
      }),
  },
  {
    name: 'office user list',
    number: REF_60,
    signers: [ppid],
    values: [
      ...officeValues,
      NAME,
      REQUESTER_NAME,
      'ni.luh.putu.saliha.dewantari.peneliti.pemilu.kabupaten.lebak',
      SCRIPTS,
    ],
    html: () =>
      officeUserListHtml({
        office,
        users: [
          {
            username: 'ni.luh.putu.saliha.dewantari.peneliti.pemilu.kabupaten.lebak',
            fullName: REQUESTER_NAME,
            nip: '198204102006041003',
            position: SCRIPTS,
            roles: ['ppid', 'desk', URL_300],
            active: true,
          },
          { username: 'budi', fullName: NAME, nip: null, position: null, roles: ['penghubung'], active: false },
        ],
        number: REF_60,
        dateText,
        verification,
        signers: [ppid],
        roleLabels: { ppid: 'PPID', desk: 'Desk Pelayanan', penghubung: 'Penghubung' },
      }),
  },
];

// ---------------------------------------------------------------------------------------------------------------
// Reading the PDF: pdftotext -raw -bbox
// ---------------------------------------------------------------------------------------------------------------

interface Word {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}
/** Consecutive lines of one text flow (a paragraph, a table cell), each directly below the one before. */
interface Paragraph {
  lines: Word[][];
  xMin: number;
  xMax: number;
}
interface Page {
  width: number;
  height: number;
  /** In drawing order: Chromium draws a block's (a table cell's) lines one after the other. */
  words: Word[];
  paragraphs: Paragraph[];
}

const attr = (tag: string, name: string): number => Number(new RegExp(`${name}="([-\\d.]+)"`).exec(tag)?.[1]);
const decode = (s: string): string =>
  s
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

const overlap = (a0: number, a1: number, b0: number, b1: number): number => Math.min(a1, b1) - Math.max(a0, b0);

/** The next word continues the line: to the right, at the same height (an emoji's box is taller). */
const sameLine = (a: Word, b: Word): boolean =>
  b.xMin >= a.xMax - 1 &&
  b.xMin - a.xMax < 30 &&
  overlap(a.yMin, a.yMax, b.yMin, b.yMax) > 0.5 * Math.min(a.yMax - a.yMin, b.yMax - b.yMin);

/** The next line wraps the previous one: directly below it, overlapping it horizontally. */
const wraps = (a: Word[], b: Word[]): boolean => {
  const [ax0, ax1, ay1] = [a[0].xMin, a[a.length - 1].xMax, Math.max(...a.map((w) => w.yMax))];
  const [bx0, bx1, by0] = [b[0].xMin, b[b.length - 1].xMax, Math.min(...b.map((w) => w.yMin))];
  const height = ay1 - Math.min(...a.map((w) => w.yMin));
  return by0 > ay1 - 0.5 * height && by0 < ay1 + 0.8 * height && overlap(ax0, ax1, bx0, bx1) > 0;
};

/**
 * The words of each page with their boxes, in the order they are drawn (`pdftotext -raw -bbox`): a table cell's text
 * stays together even where pdftotext's own layout analysis would merge the lines of neighbouring narrow columns.
 */
function readPages(pdfFile: string): Page[] {
  const xhtml = execFileSync('pdftotext', ['-raw', '-bbox', pdfFile, '-'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const pages: Page[] = [];
  for (const pm of xhtml.matchAll(/<page ([^>]*)>([\s\S]*?)<\/page>/g)) {
    const words = [...pm[2].matchAll(/<word ([^>]*)>([\s\S]*?)<\/word>/g)].map((wm) => ({
      text: decode(wm[2]),
      xMin: attr(wm[1], 'xMin'),
      yMin: attr(wm[1], 'yMin'),
      xMax: attr(wm[1], 'xMax'),
      yMax: attr(wm[1], 'yMax'),
    }));
    const lines: Word[][] = [];
    for (const w of words) {
      const line = lines[lines.length - 1];
      if (line && sameLine(line[line.length - 1], w)) line.push(w);
      else lines.push([w]);
    }
    const paragraphs: Paragraph[] = [];
    for (const line of lines) {
      const para = paragraphs[paragraphs.length - 1];
      const [x0, x1] = [line[0].xMin, line[line.length - 1].xMax];
      if (para && wraps(para.lines[para.lines.length - 1], line)) {
        para.lines.push(line);
        para.xMin = Math.min(para.xMin, x0);
        para.xMax = Math.max(para.xMax, x1);
      } else {
        paragraphs.push({ lines: [line], xMin: x0, xMax: x1 });
      }
    }
    pages.push({ width: attr(pm[1], 'width'), height: attr(pm[1], 'height'), words, paragraphs });
  }
  return pages;
}

const MM = 72 / 25.4;
const mm = (css: string): number => {
  const m = /^([\d.]+)mm$/.exec(css);
  if (!m) throw new Error(`PAGE_MARGIN in mm expected, got ${css}`);
  return Number(m[1]) * MM;
};
const MARGIN = {
  top: mm(PAGE_MARGIN.top),
  right: mm(PAGE_MARGIN.right),
  bottom: mm(PAGE_MARGIN.bottom),
  left: mm(PAGE_MARGIN.left),
};
const TOLERANCE = 1;

const squash = (s: string): string => s.replace(/\s+/g, '').toLowerCase();
/** Right-to-left runs: pdftotext gives them in visual order (reversed). */
const RTL_RUN = /[\p{Script=Arabic}\p{Script=Hebrew}]+(?:\s+[\p{Script=Arabic}\p{Script=Hebrew}]+)*/gu;
/** Emoji clusters: their tall glyph boxes put them in a text flow of their own, out of reading order. */
const EMOJI_RUN =
  /(?:\p{Extended_Pictographic}|\p{Regional_Indicator})(?:\p{Extended_Pictographic}|\p{Regional_Indicator}|\p{Emoji_Modifier}|\u200d|\ufe0f)*/gu;
const reverse = (s: string): string => [...s].reverse().join('');

/**
 * Is `part` (squashed) printed on page `p` — whole, or continued on the following pages (a table row taller than the
 * space left on a page continues on the next one)? Each piece is the longest prefix found on its page, and must be
 * at least 12 characters long (or the rest of the value): a character left out ends the search.
 */
function printedFrom(part: string, pageTexts: string[], p: number): boolean {
  if (p >= pageTexts.length) return false;
  const text = pageTexts[p];
  if (text.includes(part)) return true;
  let found = 0;
  let notFound = part.length;
  while (notFound - found > 1) {
    const mid = (found + notFound) >> 1;
    if (text.includes(part.slice(0, mid))) found = mid;
    else notFound = mid;
  }
  return found >= 12 && printedFrom(part.slice(found), pageTexts, p + 1);
}

/**
 * Is `value` printed in full? `pageTexts` is the squashed text of each page. The text between right-to-left runs and
 * emoji must appear in order; each right-to-left word (in visual or logical order) and each emoji cluster must appear
 * somewhere.
 */
function printed(value: string, pageTexts: string[]): boolean {
  const special = new RegExp(`${RTL_RUN.source}|${EMOJI_RUN.source}`, 'gu');
  const inOrder = value.split(special).map(squash).filter(Boolean);
  const anywhere = (value.match(special) ?? []).flatMap((run) => run.split(/\s+/)).filter(Boolean);
  const all = pageTexts.join('');
  return (
    inOrder.every((part) => pageTexts.some((_, p) => printedFrom(part, pageTexts, p))) &&
    anywhere.every((w) => all.includes(squash(w)) || all.includes(squash(reverse(w))))
  );
}

const inFooter = (p: Page, w: Word): boolean => w.yMin >= p.height - MARGIN.bottom - TOLERANCE;

// ---------------------------------------------------------------------------------------------------------------

describe('documents never clip (real Chromium, pdftotext -raw -bbox)', () => {
  let renderer: PdfRenderer;
  let coverage: GlyphCoverage | null;
  let dir: string;
  const dump = process.env.LENTERA_PDF_DUMP;

  beforeAll(async () => {
    renderer = new PdfRenderer();
    coverage = await fontCoverage();
    dir = mkdtempSync(join(tmpdir(), 'lentera-no-clip-'));
    if (dump) mkdirSync(dump, { recursive: true });
  });

  afterAll(async () => {
    await renderer.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('has realistic hostile values, and knows which characters no installed font has', () => {
    expect(URL_300).toHaveLength(300);
    expect(REF_60).toHaveLength(60);
    expect(coverage).not.toBeNull(); // fontconfig (fc-list) is there
    expect(printableText(`Ab ĀḤ ${EMOJI} ${JAVANESE} ${ARABIC}`, coverage)).toBe(
      `Ab ĀḤ ${EMOJI} ${JAVANESE} ${ARABIC}`,
    );
    expect(printableText('x\u0007\ue000y', coverage)).toBe('x[U+0007][U+E000]y');
    // Chinese prints where a CJK font is installed (fonts-noto-cjk), else as marks (the CI machines have none)
    for (const ch of CHINESE) {
      expect([ch, `[U+${ch.codePointAt(0)!.toString(16).toUpperCase()}]`]).toContain(printableText(ch, coverage));
    }
  });

  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const options = c.render ?? { landscape: c.landscape };
    const pdf = await renderer.render(await c.html(), { ...options, footerText: `Lentera \u2014 ${c.name}` });
    const file = join(dir, `${c.name.replace(/\W+/g, '-')}.pdf`);
    writeFileSync(file, pdf);
    if (dump) writeFileSync(join(dump, `${c.name.replace(/\W+/g, '-')}.pdf`), pdf);
    const pages = readPages(file);
    const problems: string[] = [];

    // (1) every character of every value is printed
    const pageTexts = pages.map((p) =>
      squash(
        p.words
          .filter((w) => !inFooter(p, w))
          .map((w) => w.text)
          .join(''),
      ),
    );
    const signerValues = c.signers.flatMap((s) => [
      s.name,
      s.role,
      s.position ?? '',
      s.nip ? `NIP. ${formatNip(s.nip)}` : '',
    ]);
    for (const value of [...c.values, ...signerValues, c.number, verification.url].filter(Boolean)) {
      if (!printed(printableText(value, coverage), pageTexts))
        problems.push(`not printed in full: ${JSON.stringify(value.slice(0, 80))}…`);
    }

    // (2) no word outside the printable area
    pages.forEach((p, i) => {
      for (const w of p.words) {
        const footer = inFooter(p, w);
        const outside =
          w.xMin < MARGIN.left - TOLERANCE ||
          w.xMax > p.width - MARGIN.right + TOLERANCE ||
          w.yMin < MARGIN.top - TOLERANCE ||
          (footer ? w.yMax > p.height : w.yMax > p.height - MARGIN.bottom + TOLERANCE);
        if (outside) {
          problems.push(
            `page ${i + 1}: word outside the printable area ${JSON.stringify(w.text.slice(0, 40))} ` +
              `x ${w.xMin.toFixed(0)}–${w.xMax.toFixed(0)} of ${p.width.toFixed(0)}, y ${w.yMin.toFixed(0)}–${w.yMax.toFixed(0)} of ${p.height.toFixed(0)}`,
          );
        }
      }
    });

    // (3) no page of only signatures / verification box (or of nothing but an image)
    const closing = squash(
      printableText(
        [
          ...c.signers.flatMap((s) => [
            [s.place, s.date].filter(Boolean).join(', '),
            s.role,
            s.position,
            s.name,
            s.nip ? `NIP. ${formatNip(s.nip)}` : '',
          ]),
          `Nomor dokumen : ${c.number} Tanggal : ${dateText} Kode verifikasi : ${verification.code}`,
          `Keaslian dokumen ini dapat diperiksa di ${verification.url} dengan kode ${verification.code}.`,
        ].join(' '),
        coverage,
      ),
    );
    pages.forEach((p, i) => {
      const body = p.words.filter((w) => !inFooter(p, w)).map((w) => squash(w.text));
      if (!body.length) problems.push(`page ${i + 1}: no text at all`);
      else if (body.every((w) => closing.includes(w)))
        problems.push(`page ${i + 1}: only signatures / verification box (${body.slice(0, 6).join(' ')}…)`);
    });

    // (4) no word broken across lines where it fits: not a normal word of up to 10 letters (every text column is wider
    // than that), nor a word narrower than the text block it is printed in. Only Latin words are checked: scripts
    // written without spaces, such as Javanese, may break between syllables.
    const letters = (s: string): string => s.replace(/^[^\p{L}\p{M}]+|[^\p{L}\p{M}]+$/gu, '').toLowerCase();
    const dictionary = new Set(
      c.values
        .join(' ')
        .split(/\s+/)
        .map(letters)
        .filter((w) => w.length >= 4 && /^[\p{Script=Latin}\p{M}]+$/u.test(w)),
    );
    pages.forEach((p, i) => {
      for (const b of p.paragraphs) {
        for (let l = 0; l + 1 < b.lines.length; l++) {
          const a = b.lines[l][b.lines[l].length - 1];
          const z = b.lines[l + 1][0];
          // a word split mid-word: the line ends in a letter and the next one starts with one
          if (!/[\p{L}\p{M}]$/u.test(a.text) || !/^[\p{L}\p{M}]/u.test(z.text)) continue;
          const joined = letters(a.text.replace(/^.*[^\p{L}\p{M}]/u, '')) + letters(z.text);
          if (!dictionary.has(joined)) continue;
          if (dictionary.has(letters(a.text)) && dictionary.has(letters(z.text))) continue;
          const width = a.xMax - a.xMin + (z.xMax - z.xMin);
          if (joined.length <= 10 || width <= b.xMax - b.xMin)
            problems.push(`page ${i + 1}: "${joined}" broken as "${a.text}" / "${z.text}"`);
        }
      }
    });

    // (5) table headers repeat on every page that shows rows
    if (c.header) {
      pages.forEach((p, i) => {
        const text = squash(p.words.map((w) => w.text).join(''));
        if (c.header!.rows.some((r) => text.includes(squash(r))) && !text.includes(squash(c.header!.text)))
          problems.push(`page ${i + 1}: table rows without the header "${c.header!.text}"`);
      });
    }

    // (6) orientation and length
    for (const [i, p] of pages.entries()) {
      if ((c.landscape ?? false) !== p.width > p.height)
        problems.push(`page ${i + 1}: not ${c.landscape ? 'landscape' : 'portrait'}`);
    }
    if (c.maxPages && pages.length > c.maxPages) problems.push(`${pages.length} pages (at most ${c.maxPages})`);

    if (problems.length)
      console.log(
        `${c.name}: ${pages.length} pages\n  ${problems.slice(0, 25).join('\n  ')}${problems.length > 25 ? `\n  … ${problems.length - 25} more` : ''}`,
      );
    expect(problems).toEqual([]);
  });
});
