/**
 * The legal catalogue: the one source of the law's wording and of the service's clocks, used by the server (rules,
 * deadlines, validation), the console (labels, hints) and the documents (notices, decrees). Pure data, no imports.
 *
 * Sources (docs/legal/perki-1-2019-clocks.md): UU 14/2008 read in full; PerKI 1/2021, 1/2013 and 1/2019 only in part.
 * Every value that could not be confirmed in the regulation's own text is marked `confirmed: false` and shown as such
 * in the console, so an administrator can correct it as data (a new rule-set version) without a release.
 */

export interface Text2 {
  id: string;
  en: string;
}

const t = (id: string, en: string): Text2 => ({ id, en });

// ── UU 14/2008 Pasal 17: informasi yang dikecualikan ────────────────────────────────────────────────────────────────

export const EXEMPTION_LETTERS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'] as const;
export type ExemptionLetter = (typeof EXEMPTION_LETTERS)[number];

/** Pasal 17 huruf a–j: the clause as the law words it (Indonesian) and a short title in both languages. */
export const EXEMPTIONS: Record<ExemptionLetter, { title: Text2; clause: string }> = {
  a: {
    title: t('Proses penegakan hukum', 'Law enforcement'),
    clause:
      'informasi yang apabila dibuka dan diberikan kepada Pemohon Informasi Publik dapat menghambat proses penegakan hukum',
  },
  b: {
    title: t('Hak kekayaan intelektual dan persaingan usaha', 'Intellectual property and fair competition'),
    clause:
      'informasi yang apabila dibuka dan diberikan kepada Pemohon Informasi Publik dapat mengganggu kepentingan perlindungan hak atas kekayaan intelektual dan perlindungan dari persaingan usaha tidak sehat',
  },
  c: {
    title: t('Pertahanan dan keamanan negara', 'Defence and national security'),
    clause:
      'informasi yang apabila dibuka dan diberikan kepada Pemohon Informasi Publik dapat membahayakan pertahanan dan keamanan negara',
  },
  d: {
    title: t('Kekayaan alam Indonesia', "Indonesia's natural resources"),
    clause:
      'informasi yang apabila dibuka dan diberikan kepada Pemohon Informasi Publik dapat mengungkapkan kekayaan alam Indonesia',
  },
  e: {
    title: t('Ketahanan ekonomi nasional', 'National economic resilience'),
    clause:
      'informasi yang apabila dibuka dan diberikan kepada Pemohon Informasi Publik dapat merugikan ketahanan ekonomi nasional',
  },
  f: {
    title: t('Hubungan luar negeri', 'Foreign relations'),
    clause:
      'informasi yang apabila dibuka dan diberikan kepada Pemohon Informasi Publik dapat merugikan kepentingan hubungan luar negeri',
  },
  g: {
    title: t('Akta otentik pribadi dan wasiat', 'Private authentic deeds and wills'),
    clause:
      'informasi yang apabila dibuka dapat mengungkapkan isi akta otentik yang bersifat pribadi dan kemauan terakhir ataupun wasiat seseorang',
  },
  h: {
    title: t('Rahasia pribadi', 'Personal secrets'),
    clause:
      'informasi yang apabila dibuka dan diberikan kepada Pemohon Informasi Publik dapat mengungkap rahasia pribadi',
  },
  i: {
    title: t('Memorandum atau surat yang dirahasiakan', 'Confidential memoranda and letters'),
    clause:
      'memorandum atau surat-surat antar Badan Publik atau intra Badan Publik, yang menurut sifatnya dirahasiakan kecuali atas putusan Komisi Informasi atau pengadilan',
  },
  j: {
    title: t('Dikecualikan oleh undang-undang', 'Exempt by statute'),
    clause: 'informasi yang tidak boleh diungkapkan berdasarkan Undang-Undang',
  },
};

/** "UU 14/2008 Pasal 17 huruf h — mengungkap rahasia pribadi" */
export function exemptionCitation(letter: string, lang: 'id' | 'en' = 'id'): string {
  const e = EXEMPTIONS[letter as ExemptionLetter];
  const head = lang === 'id' ? `UU 14/2008 Pasal 17 huruf ${letter}` : `Law 14/2008 Article 17 letter ${letter}`;
  return e ? `${head} — ${lang === 'id' ? e.title.id : e.title.en}` : head;
}

// ── UU 14/2008 Pasal 35 ayat (1): alasan keberatan ──────────────────────────────────────────────────────────────────

export const GROUND_LETTERS = ['a', 'b', 'c', 'd', 'e', 'f', 'g'] as const;
export type ObjectionGroundLetter = (typeof GROUND_LETTERS)[number];

export const OBJECTION_GROUNDS_PASAL_35: Record<ObjectionGroundLetter, Text2> = {
  a: t(
    'penolakan atas permintaan informasi berdasarkan alasan pengecualian sebagaimana dimaksud dalam Pasal 17',
    'refusal of the request on the exemption grounds of Article 17',
  ),
  b: t(
    'tidak disediakannya informasi berkala sebagaimana dimaksud dalam Pasal 9',
    'periodic information (Article 9) not provided',
  ),
  c: t('tidak ditanggapinya permintaan informasi', 'the request was not answered'),
  d: t(
    'permintaan informasi ditanggapi tidak sebagaimana yang diminta',
    'the request was answered other than as asked',
  ),
  e: t('tidak dipenuhinya permintaan informasi', 'the request was not fulfilled'),
  f: t('pengenaan biaya yang tidak wajar', 'unreasonable fees'),
  g: t(
    'penyampaian informasi yang melebihi waktu yang diatur dalam Undang-Undang ini',
    'information delivered later than the law allows',
  ),
};

/** UU 14/2008 Pasal 40 ayat (2) (mediation) and Pasal 36 ayat (1): grounds b–g may be settled by agreement. */
export const SETTLEABLE_GROUNDS: readonly ObjectionGroundLetter[] = ['b', 'c', 'd', 'e', 'f', 'g'];

// ── UU 14/2008 Pasal 22 ayat (7): isi pemberitahuan tertulis ───────────────────────────────────────────────────────

export const NOTICE_ITEM_LETTERS = ['a', 'b', 'c', 'd', 'e', 'f', 'g'] as const;
export type NoticeItemLetter = (typeof NOTICE_ITEM_LETTERS)[number];

/** What the written notice must state, item by item (the heading of each numbered part of the notice). */
export const NOTICE_ITEMS: Record<NoticeItemLetter, Text2> = {
  a: t('Penguasaan informasi', 'Whether the office holds the information'),
  b: t('Badan publik yang menguasai informasi', 'The public body that holds it'),
  c: t('Penerimaan atau penolakan permohonan', 'Request granted or refused'),
  d: t('Materi informasi yang akan diberikan', 'The material to be provided'),
  e: t('Bagian yang dihitamkan dan alasannya', 'What is blacked out, and why'),
  f: t('Alat penyampai dan format informasi', 'Means of delivery and format'),
  g: t('Biaya serta cara pembayaran', 'Cost and how to pay it'),
};

export const NOTICE_BASIS = 'Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik Pasal 22 ayat (7)';

// ── Regimes and rule sets ───────────────────────────────────────────────────────────────────────────────────────────

export const REGIMES = ['general', 'election'] as const;
export type Regime = (typeof REGIMES)[number];

export const REGIME_LABELS: Record<Regime, Text2> = {
  general: t('Informasi publik (umum)', 'Public information (general)'),
  election: t('Informasi Pemilu dan Pemilihan', 'Election information'),
};

export const REGIME_BASIS: Record<Regime, string> = {
  general: 'UU 14/2008 jo. PerKI 1/2021 (Standar Layanan Informasi Publik) dan PerKI 1/2013',
  election: 'PerKI 1/2019 (Standar Layanan dan Prosedur Penyelesaian Sengketa Informasi Pemilu dan Pemilihan)',
};

/** The register each regime keeps (SOP 1 step 6; PerKI 1/2019 keeps its own register of election information). */
export const REGISTER_TITLES: Record<Regime, Text2> = {
  general: t('Buku Register Permohonan Informasi Publik', 'Register of information requests'),
  election: t('Buku Register Layanan Informasi Pemilu dan Pemilihan', 'Register of election information requests'),
};

/** The objection register of each regime (an objection follows the regime of the request it objects to). */
export const OBJECTION_REGISTER_TITLES: Record<Regime, Text2> = {
  general: t('Buku Register Keberatan', 'Register of objections'),
  election: t(
    'Buku Register Keberatan Informasi Pemilu dan Pemilihan',
    'Register of objections on election information',
  ),
};

/** The elections a request may concern (KPU: Pemilu — the general election; Pemilihan — regional head elections). */
export const ELECTION_KINDS = ['pemilu', 'pemilihan'] as const;
export type ElectionKind = (typeof ELECTION_KINDS)[number];
export const ELECTION_KIND_LABELS: Record<ElectionKind, Text2> = {
  pemilu: t('Pemilihan Umum (Pemilu)', 'General election (Pemilu)'),
  pemilihan: t('Pemilihan Gubernur, Bupati, dan Wali Kota', 'Regional head election (Pemilihan)'),
};

export type RuleUnit = 'working_days' | 'calendar_days' | 'months';

export interface RuleDef {
  key: RuleKey;
  label: Text2;
  unit: RuleUnit;
  min: number;
  max: number;
}

/** The values a rule set holds. Every legal clock and every constant a deadline depends on is one of these. */
export const RULE_KEYS = [
  'answerDays',
  'extensionDays',
  'incompleteNoticeDays',
  'completeDays',
  'liaisonDays',
  'objectionFilingDays',
  'objectionAnswerDays',
  'disputeFilingDays',
  'kiStartDays',
  'kiDecisionDays',
  'backdateLimitDays',
  'periodicRenewalMonths',
  'monthlyReportDueDays',
  'annualReportDueMonths',
] as const;
export type RuleKey = (typeof RULE_KEYS)[number];
export type RuleValues = Record<RuleKey, number>;

export const RULE_DEFS: Record<RuleKey, RuleDef> = {
  answerDays: {
    key: 'answerDays',
    label: t('Batas waktu pemberitahuan tertulis', 'Deadline of the written notice'),
    unit: 'working_days',
    min: 1,
    max: 60,
  },
  extensionDays: {
    key: 'extensionDays',
    label: t('Perpanjangan (sekali, dengan alasan tertulis)', 'Extension (once, with written reasons)'),
    unit: 'working_days',
    min: 0,
    max: 60,
  },
  incompleteNoticeDays: {
    key: 'incompleteNoticeDays',
    label: t('Pemberitahuan permohonan belum lengkap', 'Notice that a request is incomplete'),
    unit: 'working_days',
    min: 1,
    max: 30,
  },
  completeDays: {
    key: 'completeDays',
    label: t('Waktu pemohon melengkapi permohonan', 'Time for the requester to complete the request'),
    unit: 'working_days',
    min: 1,
    max: 30,
  },
  liaisonDays: {
    key: 'liaisonDays',
    label: t('Batas jawaban unit penghubung (bawaan)', 'Liaison unit answer (default)'),
    unit: 'working_days',
    min: 1,
    max: 30,
  },
  objectionFilingDays: {
    key: 'objectionFilingDays',
    label: t('Pengajuan keberatan sejak alasan ditemukan', 'Filing an objection after the ground arises'),
    unit: 'working_days',
    min: 1,
    max: 90,
  },
  objectionAnswerDays: {
    key: 'objectionAnswerDays',
    label: t('Tanggapan tertulis Atasan PPID atas keberatan', "The Atasan PPID's written answer to an objection"),
    unit: 'working_days',
    min: 1,
    max: 90,
  },
  disputeFilingDays: {
    key: 'disputeFilingDays',
    label: t('Pengajuan sengketa ke Komisi Informasi', 'Filing a dispute at the Information Commission'),
    unit: 'working_days',
    min: 1,
    max: 60,
  },
  kiStartDays: {
    key: 'kiStartDays',
    label: t('Komisi Informasi memulai penyelesaian sengketa', 'The Commission starts settling the dispute'),
    unit: 'working_days',
    min: 1,
    max: 60,
  },
  kiDecisionDays: {
    key: 'kiDecisionDays',
    label: t('Komisi Informasi menyelesaikan sengketa', 'The Commission settles the dispute'),
    unit: 'working_days',
    min: 1,
    max: 200,
  },
  backdateLimitDays: {
    key: 'backdateLimitDays',
    label: t('Batas pencatatan mundur permohonan', 'How far back a request may be registered'),
    unit: 'calendar_days',
    min: 1,
    max: 365,
  },
  periodicRenewalMonths: {
    key: 'periodicRenewalMonths',
    label: t('Pemutakhiran informasi berkala', 'Renewal of periodic information'),
    unit: 'months',
    min: 1,
    max: 12,
  },
  monthlyReportDueDays: {
    key: 'monthlyReportDueDays',
    label: t(
      'Laporan bulanan kepada Atasan PPID setelah akhir bulan',
      'Monthly report to the Atasan PPID after month end',
    ),
    unit: 'working_days',
    min: 1,
    max: 30,
  },
  annualReportDueMonths: {
    key: 'annualReportDueMonths',
    label: t('Laporan tahunan setelah tahun anggaran berakhir', 'Annual report after the fiscal year ends'),
    unit: 'months',
    min: 1,
    max: 12,
  },
};

/** A value with the article it comes from; `confirmed: false` where the article's own text could not be read. */
export interface RuleSource {
  basis: string;
  confirmed: boolean;
  note?: string;
}

export interface RuleSetTemplate {
  regime: Regime;
  name: string;
  basis: string;
  values: RuleValues;
  sources: Record<RuleKey, RuleSource>;
}

const uu = (article: string): RuleSource => ({ basis: `UU 14/2008 ${article}`, confirmed: true });
const local = (why: string): RuleSource => ({ basis: 'Kebijakan kantor / SOP PPID KPU', confirmed: true, note: why });

const GENERAL_SOURCES: Record<RuleKey, RuleSource> = {
  answerDays: uu('Pasal 22 ayat (7)'),
  extensionDays: uu('Pasal 22 ayat (8)'),
  incompleteNoticeDays: {
    basis: 'PerKI 1/2021 (permohonan tidak lengkap)',
    confirmed: false,
    note: 'Nilai SOP KPU; pasal PerKI 1/2021 belum terbaca',
  },
  completeDays: {
    basis: 'PerKI 1/2021 (permohonan tidak lengkap)',
    confirmed: false,
    note: 'Nilai SOP KPU; pasal PerKI 1/2021 belum terbaca',
  },
  liaisonDays: local('Batas internal disposisi PPID kepada unit penghubung (SOP 1 langkah 4)'),
  objectionFilingDays: uu('Pasal 36 ayat (1)'),
  objectionAnswerDays: uu('Pasal 36 ayat (2)'),
  disputeFilingDays: uu('Pasal 37 ayat (2)'),
  kiStartDays: uu('Pasal 38 ayat (1)'),
  kiDecisionDays: uu('Pasal 38 ayat (2)'),
  backdateLimitDays: local('Permohonan yang diterima lewat surat dicatat paling lama 90 hari kemudian'),
  periodicRenewalMonths: uu('Pasal 9 ayat (3) (paling singkat 6 bulan sekali)'),
  monthlyReportDueDays: local('SOP 1 langkah 8: laporan bulanan kepada Sekretaris / Kabag'),
  annualReportDueMonths: {
    basis: 'PerKI 1/2021 (laporan layanan informasi publik); SOP 4',
    confirmed: false,
    note: 'SOP 4: paling lambat 3 bulan setelah tahun anggaran berakhir',
  },
};

const perki2019 = (article: string, note: string): RuleSource => ({
  basis: `PerKI 1/2019 ${article}`,
  confirmed: false,
  note,
});

/** The national rule sets Lentera starts with. Administrators publish new versions with an effective date. */
export const DEFAULT_RULE_SETS: Record<Regime, RuleSetTemplate> = {
  general: {
    regime: 'general',
    name: 'Layanan informasi publik',
    basis: REGIME_BASIS.general,
    values: {
      answerDays: 10,
      extensionDays: 7,
      incompleteNoticeDays: 3,
      completeDays: 3,
      liaisonDays: 3,
      objectionFilingDays: 30,
      objectionAnswerDays: 30,
      disputeFilingDays: 14,
      kiStartDays: 14,
      kiDecisionDays: 100,
      backdateLimitDays: 90,
      periodicRenewalMonths: 6,
      monthlyReportDueDays: 10,
      annualReportDueMonths: 3,
    },
    sources: GENERAL_SOURCES,
  },
  election: {
    regime: 'election',
    name: 'Layanan informasi Pemilu dan Pemilihan',
    basis: REGIME_BASIS.election,
    values: {
      answerDays: 3,
      extensionDays: 2,
      incompleteNoticeDays: 1,
      completeDays: 3,
      liaisonDays: 1,
      objectionFilingDays: 30,
      objectionAnswerDays: 3,
      disputeFilingDays: 14,
      kiStartDays: 14,
      kiDecisionDays: 14,
      backdateLimitDays: 90,
      periodicRenewalMonths: 6,
      monthlyReportDueDays: 10,
      annualReportDueMonths: 3,
    },
    sources: {
      ...GENERAL_SOURCES,
      answerDays: perki2019('Pasal 12', 'Ringkasan publik: 3 hari kerja; teks pasal belum terbaca'),
      extensionDays: perki2019('Pasal 12', 'Ringkasan publik: +2 hari kerja; teks pasal belum terbaca'),
      incompleteNoticeDays: perki2019('Pasal 12', 'Tidak ditemukan; diselaraskan dengan jawaban 3 hari kerja'),
      liaisonDays: local('Disposisi internal dalam jangka jawaban 3 hari kerja'),
      objectionFilingDays: {
        basis: 'UU 14/2008 Pasal 36 ayat (1)',
        confirmed: false,
        note: 'PerKI 1/2019 tidak ditemukan mengatur jangka pengajuan keberatan; berlaku ketentuan UU',
      },
      objectionAnswerDays: perki2019('Pasal 14', 'Ringkasan publik: 3 hari kerja; teks pasal belum terbaca'),
      disputeFilingDays: {
        basis: 'UU 14/2008 Pasal 37 ayat (2)',
        confirmed: false,
        note: 'Jangka khusus PerKI 1/2019 tidak ditemukan; berlaku ketentuan UU',
      },
      kiStartDays: {
        basis: 'UU 14/2008 Pasal 38 ayat (1)',
        confirmed: false,
        note: 'Tahapan khusus PerKI 1/2019 tidak ditemukan',
      },
      kiDecisionDays: perki2019(
        '(penyelesaian sengketa informasi Pemilu)',
        'Keterangan komisioner KI: 14 hari kerja; pasal belum terbaca',
      ),
    },
  },
};

// ── The clocks ──────────────────────────────────────────────────────────────────────────────────────────────────────

export const CLOCK_KINDS = [
  'request.answer',
  'request.incomplete_notice',
  'request.completion',
  'assignment.answer',
  'objection.filing',
  'objection.answer',
  'dispute.filing',
  'dispute.ki_start',
  'dispute.ki_decision',
  'dip.renewal',
  'monthly_report.due',
  'annual_report.due',
] as const;
export type ClockKind = (typeof CLOCK_KINDS)[number];

export interface ClockDef {
  kind: ClockKind;
  label: Text2;
  /** the rule that gives its length (and, for the answer, the extension) */
  rule: RuleKey;
  extensionRule?: RuleKey;
  /** the event that starts it */
  starts: Text2;
  /** what stops it (a stopped clock keeps its dates) or pauses it */
  stops: Text2;
  /** kept in the clocks table and recomputed when the calendar changes (working-day clocks of open matters) */
  tracked: boolean;
}

/** Every deadline Lentera computes, defined once. The unit comes from the rule (RULE_DEFS). */
export const CLOCKS: Record<ClockKind, ClockDef> = {
  'request.answer': {
    kind: 'request.answer',
    label: t('Pemberitahuan tertulis atas permohonan', 'Written notice on a request'),
    rule: 'answerDays',
    extensionRule: 'extensionDays',
    starts: t(
      'permohonan diterima lengkap (hari penerimaan tidak dihitung)',
      'the complete request is received (that day not counted)',
    ),
    stops: t(
      'keputusan, pencabutan, atau tidak diproses; dihentikan selama belum lengkap dan dimulai lagi saat dilengkapi',
      'the decision, withdrawal or lapse; stopped while incomplete and started again on completion',
    ),
    tracked: true,
  },
  'request.incomplete_notice': {
    kind: 'request.incomplete_notice',
    label: t('Pemberitahuan permohonan belum lengkap', 'Notice that a request is incomplete'),
    rule: 'incompleteNoticeDays',
    starts: t('permohonan diterima', 'the request is received'),
    stops: t(
      'pemberitahuan belum lengkap dicatat, atau permohonan diputuskan',
      'the notice is recorded, or a decision',
    ),
    tracked: false,
  },
  'request.completion': {
    kind: 'request.completion',
    label: t('Pemohon melengkapi permohonan', 'The requester completes the request'),
    rule: 'completeDays',
    starts: t('pemberitahuan belum lengkap', 'the notice that it is incomplete'),
    stops: t('permohonan dilengkapi, dicabut, atau tidak diproses', 'completion, withdrawal or lapse'),
    tracked: true,
  },
  'assignment.answer': {
    kind: 'assignment.answer',
    label: t('Jawaban unit penghubung', 'Liaison unit answer'),
    rule: 'liaisonDays',
    starts: t('disposisi PPID kepada unit', "the PPID's assignment to the unit"),
    stops: t(
      'unit menjawab, atau permohonan diputuskan; tidak melewati batas permohonan',
      "the unit answers or the request is decided; never after the request's deadline",
    ),
    tracked: true,
  },
  'objection.filing': {
    kind: 'objection.filing',
    label: t('Pengajuan keberatan', 'Filing an objection'),
    rule: 'objectionFilingDays',
    starts: t(
      'alasan keberatan ditemukan (keputusan, atau batas jawaban terlewati)',
      'the ground arises (the decision, or the missed deadline)',
    ),
    stops: t('keberatan diajukan', 'an objection is filed'),
    tracked: false,
  },
  'objection.answer': {
    kind: 'objection.answer',
    label: t('Tanggapan Atasan PPID atas keberatan', "The Atasan PPID's answer to an objection"),
    rule: 'objectionAnswerDays',
    starts: t('keberatan tertulis diterima', 'the written objection is received'),
    stops: t('tanggapan tertulis, atau keberatan dicabut', 'the written answer, or withdrawal'),
    tracked: true,
  },
  'dispute.filing': {
    kind: 'dispute.filing',
    label: t('Pengajuan sengketa ke Komisi Informasi', 'Filing a dispute at the Information Commission'),
    rule: 'disputeFilingDays',
    starts: t(
      'tanggapan Atasan PPID diterima, atau batas tanggapannya terlewati',
      "the Atasan PPID's answer, or its missed deadline",
    ),
    stops: t('sengketa dicatat, atau keberatan selesai', 'the dispute is recorded, or the objection is closed'),
    tracked: true,
  },
  'dispute.ki_start': {
    kind: 'dispute.ki_start',
    label: t('Komisi Informasi memulai penyelesaian', 'The Commission starts'),
    rule: 'kiStartDays',
    starts: t('permohonan penyelesaian sengketa diterima Komisi Informasi', 'the Commission receives the dispute'),
    stops: t('sengketa selesai', 'the dispute ends'),
    tracked: true,
  },
  'dispute.ki_decision': {
    kind: 'dispute.ki_decision',
    label: t('Komisi Informasi menyelesaikan sengketa', 'The Commission settles the dispute'),
    rule: 'kiDecisionDays',
    starts: t('permohonan penyelesaian sengketa diterima Komisi Informasi', 'the Commission receives the dispute'),
    stops: t('sengketa selesai', 'the dispute ends'),
    tracked: true,
  },
  'dip.renewal': {
    kind: 'dip.renewal',
    label: t('Pemutakhiran informasi berkala', 'Renewal of periodic information'),
    rule: 'periodicRenewalMonths',
    starts: t('pemutakhiran terakhir entri DIP berkala', 'the last update of a periodic DIP entry'),
    stops: t('entri dimutakhirkan', 'the entry is updated'),
    tracked: false,
  },
  'monthly_report.due': {
    kind: 'monthly_report.due',
    label: t('Laporan bulanan kepada Atasan PPID', 'Monthly report to the Atasan PPID'),
    rule: 'monthlyReportDueDays',
    starts: t('bulan laporan berakhir', 'the month ends'),
    stops: t('laporan ditandatangani Atasan PPID', 'the Atasan PPID countersigns'),
    tracked: false,
  },
  'annual_report.due': {
    kind: 'annual_report.due',
    label: t('Laporan tahunan layanan informasi', 'Annual service report'),
    rule: 'annualReportDueMonths',
    starts: t('tahun anggaran berakhir (31 Desember)', 'the fiscal year ends (31 December)'),
    stops: t('laporan dipublikasikan', 'the report is published'),
    tracked: false,
  },
};

// ── Paragraphs of the notices ───────────────────────────────────────────────────────────────────────────────────────

/** The right to object after a refusal (UU 14/2008 Pasal 35–36), with the rule set's filing window. */
export function rightToObjectText(days: number): string {
  return `Apabila Pemohon Informasi keberatan atas keputusan ini, Pemohon Informasi dapat mengajukan keberatan secara tertulis kepada Atasan PPID paling lambat ${days} (${terbilangSmall(days)}) hari kerja sejak menerima keputusan ini, sesuai Undang-Undang Nomor 14 Tahun 2008 Pasal 35 dan Pasal 36.`;
}

/**
 * The right to take an objection's answer to the Komisi Informasi as an information dispute, with its last day (written
 * by the caller) and the legal basis of the objection's rule set (`sources.disputeFilingDays.basis`).
 */
export function rightToDisputeText(lastDay: string, basis: string, lang: 'id' | 'en' = 'id'): string {
  return lang === 'en'
    ? `If you are not satisfied with this answer, you may file an information dispute with the Information Commission (Komisi Informasi) by ${lastDay} (${basis}).`
    : `Bila Anda tidak puas dengan tanggapan ini, Anda dapat mengajukan sengketa informasi kepada Komisi Informasi paling lambat ${lastDay} (${basis}).`;
}

/** The months as dates are written in Indonesian ("5 Februari 2026"); the console formats with them too. */
export const MONTHS_ID = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
] as const;

const SMALL = [
  'nol',
  'satu',
  'dua',
  'tiga',
  'empat',
  'lima',
  'enam',
  'tujuh',
  'delapan',
  'sembilan',
  'sepuluh',
  'sebelas',
];

/** Indonesian number words for 0..999 ("tujuh belas", "tiga puluh"); other numbers as digits. */
export function terbilangSmall(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 999) return String(n);
  if (n < 12) return SMALL[n];
  if (n < 20) return `${SMALL[n - 10]} belas`;
  if (n < 100) return `${SMALL[Math.floor(n / 10)]} puluh${n % 10 ? ` ${SMALL[n % 10]}` : ''}`;
  if (n < 200) return `seratus${n % 100 ? ` ${terbilangSmall(n % 100)}` : ''}`;
  if (n < 1000) return `${SMALL[Math.floor(n / 100)]} ratus${n % 100 ? ` ${terbilangSmall(n % 100)}` : ''}`;
  return String(n);
}
