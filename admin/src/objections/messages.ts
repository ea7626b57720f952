import { groundLabels } from '../common/legal';
import { OBJECTION_STATUSES, OBJECTION_STATUS_LABELS } from './lifecycle';
import type { SameShape } from '../i18n/shape';

/**
 * The console's messages for objections (keberatan), Indonesian first. Merged into i18n/id.ts and en.ts as
 * `resources.objections` and `lentera.objections`; both languages must keep the same keys (i18n.spec.ts).
 * Statuses come from the server's state table (objection-lifecycle.ts), the grounds of UU KIP Pasal 35 from the legal
 * catalogue (reports/src/legal/catalogue.ts).
 */
const statusesIn = (lang: 'id' | 'en') =>
  Object.fromEntries(OBJECTION_STATUSES.map((s) => [s, OBJECTION_STATUS_LABELS[s][lang]]));
const groundsIn = groundLabels;

const id = {
  resource: {
    name: 'Keberatan |||| Keberatan',
    fields: {
      id: 'ID',
      number: 'Nomor registrasi keberatan',
      status: 'Status',
      filedAt: 'Tanggal diajukan',
      filedDate: 'Tanggal diajukan',
      requester: 'Pemohon',
      'requester.name': 'Pemohon',
      requesterId: 'Pemohon',
      request: 'Permohonan',
      'request.number': 'Nomor permohonan',
      requestId: 'Permohonan yang dikeberatani',
      against: 'Keberatan atas',
      grounds: 'Alasan keberatan (UU KIP Pasal 35 ayat 1)',
      reasons: 'Alasan dan kasus posisi menurut pemohon',
      groundDate: 'Tanggal timbulnya alasan keberatan',
      proxyName: 'Nama kuasa pemohon',
      lateAcceptedReason: 'Alasan menerima keberatan yang terlambat',
      responseDueDate: 'Batas tanggapan',
      decision: 'Tanggapan',
      q: 'Cari nomor, pemohon, alasan',
      from: 'Diajukan dari tanggal',
      to: 'Diajukan sampai tanggal',
    },
  },
  lentera: {
    title: 'Keberatan',
    statuses: statusesIn('id'),
    grounds: groundsIn('id'),
    decisions: {
      accepted: 'Diterima',
      rejected: 'Ditolak',
      settled: 'Diselesaikan dengan musyawarah',
    },
    stages: {
      mediation: 'Mediasi',
      adjudication: 'Ajudikasi nonlitigasi',
    },
    list: { grounds: 'Alasan (Pasal 35)' },
    quick: {
      label: 'Antrean keberatan',
      all: 'Semua',
      queue: 'Antrean Atasan PPID',
      overdue: 'Lewat batas',
    },
    badge: {
      overdue: 'Lewat batas sejak %{date}',
      due_today: 'Batas hari ini',
      days_left: '%{smart_count} hari kerja lagi |||| %{smart_count} hari kerja lagi',
    },
    overdue_banner: {
      title: 'Tanggapan Atasan PPID lewat batas sejak %{date}',
      next: 'Atasan PPID segera memberikan tanggapan tertulis atas keberatan ini. Sejak batas tanggapan lewat, pemohon dapat mengajukan sengketa ke Komisi Informasi.',
    },
    register: {
      pdf: 'Register (PDF)',
      xlsx: 'Register (XLSX)',
      period: 'Register keberatan %{from} s.d. %{to} (filter tanggal diajukan; bawaan: tahun berjalan)',
    },
    create: {
      title: 'Registrasi keberatan',
      against_request: 'Permohonan informasi',
      against_requester: 'Tanpa permohonan — informasi berkala tidak disediakan (alasan b)',
      request_hint: 'Ketik nomor permohonan, nama pemohon atau informasi yang diminta.',
      requester_hint: 'Ketik nama pemohon yang sudah terdaftar di satker ini.',
      selected_request: 'Permohonan yang dikeberatani',
      not_decided: 'Belum diputuskan',
      grounds_hint: 'Pilih paling sedikit satu. Alasan yang tidak berlaku untuk permohonan ini dinonaktifkan.',
      ground_date_hint:
        'Kosongkan bila alasan timbul dari permohonan (tanggal penolakan, lewatnya batas jawaban, atau penyerahan yang terlambat). Wajib untuk alasan b.',
      filed_at_hint: 'Isi bila keberatan (surat, email) diterima lebih dulu; kosongkan bila diterima sekarang.',
      late_title: 'Keberatan yang terlambat',
      late_hint:
        'Keberatan diajukan paling lambat 30 hari kerja sejak alasan timbul (UU KIP Pasal 36). Keberatan yang terlambat ditolak sistem, kecuali diterima dengan alasan yang dicatat di sini.',
      choose_one: 'Pilih paling sedikit satu alasan',
      save: 'Registrasi keberatan',
    },
    show: {
      registration_number: 'Nomor registrasi keberatan',
      filed: 'diajukan %{at}',
      request_link: 'Permohonan %{number}',
      no_request: 'Tanpa permohonan (alasan b)',
      details: 'Rincian keberatan',
      information: 'Informasi yang diminta',
      proxy: 'Diajukan melalui kuasa',
      decision_title: 'Tanggapan Atasan PPID',
      decided_on: 'Ditanggapi %{at}',
      reason: 'Pertimbangan',
      instruction: 'Perintah kepada PPID',
      requester_reaction: 'Tanggapan pemohon',
      dispute_title: 'Sengketa di Komisi Informasi',
      dispute_filed: 'Diajukan ke Komisi Informasi',
      ki_number: 'Nomor register Komisi Informasi',
      stage: 'Tahap',
      outcome: 'Hasil mediasi / putusan ajudikasi',
      compliance: 'Pelaksanaan putusan',
      court_action: 'Gugatan ke pengadilan',
    },
    deadline: {
      title: 'Batas waktu keberatan',
      response_due: 'Batas tanggapan Atasan PPID (%{days} hari kerja)',
      stopped: 'Keberatan tidak lagi menunggu tanggapan; batas waktu tidak berjalan.',
      answered_on: 'Ditanggapi %{date}',
      ground_date: 'Alasan timbul',
      filed: 'Diajukan',
      filing_deadline: 'Batas pengajuan keberatan (%{days} hari kerja)',
      on_time: 'Diajukan dalam batas waktu',
      late: 'Diajukan terlambat',
      late_reason: 'Diterima karena',
      dispute_deadline: 'Batas pengajuan sengketa ke Komisi Informasi (%{days} hari kerja)',
    },
    documents: {
      response: 'Tanggapan Atasan PPID',
    },
    timeline: { title: 'Riwayat', empty: 'Belum ada riwayat.' },
    events: {
      registered: 'Diregistrasi',
      decide: 'Ditanggapi Atasan PPID',
      dispute: 'Sengketa dicatat',
      conclude: 'Sengketa selesai',
      close: 'Selesai',
      withdraw: 'Dicabut pemohon',
    },
    actions: {
      decide: 'Tanggapi',
      dispute: 'Catat sengketa',
      conclude: 'Sengketa selesai',
      close: 'Tutup keberatan',
      withdraw: 'Cabut',
      done: 'Keberatan: %{action} berhasil dicatat',
      done_of: {
        decide: 'Tanggapan atas keberatan %{number} disimpan',
        dispute: 'Sengketa informasi atas keberatan %{number} dicatat',
        conclude: 'Hasil sengketa atas keberatan %{number} dicatat',
        close: 'Keberatan %{number} ditutup',
        withdraw: 'Pencabutan keberatan %{number} dicatat',
      },
    },
    confirm_decide: {
      title: 'Tanggapi keberatan %{number}?',
      text: 'Anda akan menanggapi keberatan %{number} sebagai Atasan PPID: %{decision}.\n\nTanggapan tertulis ini dicatat atas nama Anda beserta waktunya dan tidak dapat diubah lagi. Sejak pemohon menerimanya, pemohon dapat mengajukan sengketa ke Komisi Informasi dalam %{disputeDays} hari kerja.',
      verb: 'Tanggapi',
    },
    action_help: {
      decide:
        'Atasan PPID memberikan tanggapan tertulis paling lambat %{due} (%{days} hari kerja sejak keberatan diajukan). Bila diterima, perintah kepada PPID tercatat di riwayat permohonan. Penyelesaian dengan musyawarah hanya untuk alasan b–g.',
      dispute:
        'Pemohon dapat mengajukan sengketa ke Komisi Informasi dalam %{disputeDays} hari kerja sejak menerima tanggapan, atau sejak batas tanggapan (%{due}) lewat tanpa tanggapan.',
      conclude:
        'Catat hasil mediasi atau putusan ajudikasi Komisi Informasi, pelaksanaannya, dan gugatan ke pengadilan bila ada.',
      close:
        'Keberatan selesai: pemohon menerima tanggapan atau tidak mengajukan sengketa. Catat tanggapan pemohon bila ada.',
      withdraw: 'Pemohon mencabut keberatannya sebelum ditanggapi. Catat keterangannya.',
    },
    action_fields: {
      decision: 'Tanggapan',
      reason: 'Pertimbangan tanggapan',
      instruction: 'Perintah kepada PPID',
      instruction_hint: 'Wajib bila keberatan diterima, misalnya memberikan informasi dalam jangka waktu tertentu.',
      settle_hint:
        'Penyelesaian dengan musyawarah tidak tersedia karena keberatan memuat alasan a (penolakan berdasarkan pengecualian).',
      filed_date: 'Tanggal pengajuan sengketa',
      ki_number: 'Nomor register Komisi Informasi',
      stage: 'Tahap',
      outcome: 'Hasil mediasi / putusan ajudikasi',
      compliance: 'Pelaksanaan putusan',
      court_action: 'Gugatan ke PTUN / PN',
      requester_reaction: 'Tanggapan pemohon',
      note: 'Keterangan',
    },
    blocked: {
      dispute_early: 'Atasan PPID masih dapat menanggapi sampai %{date}',
    },
    dashboard: {
      title: 'Antrean keberatan',
      registered: 'Menunggu tanggapan Atasan PPID',
      overdue: 'Lewat batas tanggapan',
    },
  },
};

const en: SameShape<typeof id> = {
  resource: {
    name: 'Objection |||| Objections',
    fields: {
      id: 'ID',
      number: 'Objection number',
      status: 'Status',
      filedAt: 'Filed on',
      filedDate: 'Filed on',
      requester: 'Requester',
      'requester.name': 'Requester',
      requesterId: 'Requester',
      request: 'Request',
      'request.number': 'Request number',
      requestId: 'Request objected to',
      against: 'Objection against',
      grounds: 'Grounds (UU KIP Article 35(1))',
      reasons: "The requester's reasons and account",
      groundDate: 'Date the ground arose',
      proxyName: "Requester's proxy",
      lateAcceptedReason: 'Reason to accept a late objection',
      responseDueDate: 'Response due',
      decision: 'Response',
      q: 'Search number, requester, reasons',
      from: 'Filed from',
      to: 'Filed until',
    },
  },
  lentera: {
    title: 'Objections',
    statuses: statusesIn('en'),
    grounds: groundsIn('en'),
    decisions: {
      accepted: 'Accepted',
      rejected: 'Rejected',
      settled: 'Settled by agreement',
    },
    stages: {
      mediation: 'Mediation',
      adjudication: 'Non-litigation adjudication',
    },
    list: { grounds: 'Grounds (Art. 35)' },
    quick: {
      label: 'Objection queue',
      all: 'All',
      queue: 'Atasan PPID queue',
      overdue: 'Overdue',
    },
    badge: {
      overdue: 'Overdue since %{date}',
      due_today: 'Due today',
      days_left: '%{smart_count} working day left |||| %{smart_count} working days left',
    },
    overdue_banner: {
      title: "The Atasan PPID's answer is overdue since %{date}",
      next: 'The Atasan PPID should answer this objection in writing now. Since the answer deadline passed, the requester may bring a dispute to the Information Commission.',
    },
    register: {
      pdf: 'Register (PDF)',
      xlsx: 'Register (XLSX)',
      period: 'Objection register %{from} to %{to} (the filed-date filter; default: this year)',
    },
    create: {
      title: 'Register an objection',
      against_request: 'An information request',
      against_requester: 'No request — periodic information not provided (ground b)',
      request_hint: 'Type the request number, the requester’s name or the information requested.',
      requester_hint: 'Type the name of a requester registered at this office.',
      selected_request: 'Request objected to',
      not_decided: 'Not decided yet',
      grounds_hint: 'Choose at least one. Grounds that do not apply to this request are disabled.',
      ground_date_hint:
        'Leave empty when the ground comes from the request (the refusal, the answer deadline passing, or a late delivery). Required for ground b.',
      filed_at_hint: 'Fill in when the objection (letter, email) arrived earlier; leave empty when received now.',
      late_title: 'Late objections',
      late_hint:
        'An objection is filed within 30 working days of the ground arising (UU KIP Article 36). A late objection is refused, unless it is accepted with the reason recorded here.',
      choose_one: 'Choose at least one ground',
      save: 'Register objection',
    },
    show: {
      registration_number: 'Objection number',
      filed: 'filed %{at}',
      request_link: 'Request %{number}',
      no_request: 'No request (ground b)',
      details: 'Objection details',
      information: 'Information requested',
      proxy: 'Filed through a proxy',
      decision_title: 'Answer of the Atasan PPID',
      decided_on: 'Answered %{at}',
      reason: 'Considerations',
      instruction: 'Instruction to the PPID',
      requester_reaction: "Requester's reaction",
      dispute_title: 'Dispute at the Information Commission',
      dispute_filed: 'Filed with the Information Commission',
      ki_number: 'Information Commission registration number',
      stage: 'Stage',
      outcome: 'Mediation result / adjudication ruling',
      compliance: 'Compliance with the ruling',
      court_action: 'Court action',
    },
    deadline: {
      title: 'Objection deadlines',
      response_due: 'Atasan PPID answer due (%{days} working days)',
      stopped: 'The objection no longer waits for an answer; the deadline does not run.',
      answered_on: 'Answered %{date}',
      ground_date: 'Ground arose',
      filed: 'Filed',
      filing_deadline: 'Filing deadline (%{days} working days)',
      on_time: 'Filed in time',
      late: 'Filed late',
      late_reason: 'Accepted because',
      dispute_deadline: 'Deadline for a dispute at the Information Commission (%{days} working days)',
    },
    documents: {
      response: 'Atasan PPID answer',
    },
    timeline: { title: 'History', empty: 'No history yet.' },
    events: {
      registered: 'Registered',
      decide: 'Answered by the Atasan PPID',
      dispute: 'Dispute recorded',
      conclude: 'Dispute concluded',
      close: 'Closed',
      withdraw: 'Withdrawn by the requester',
    },
    actions: {
      decide: 'Answer',
      dispute: 'Record dispute',
      conclude: 'Conclude dispute',
      close: 'Close objection',
      withdraw: 'Withdraw',
      done: 'Objection: %{action} recorded',
      done_of: {
        decide: 'Answer to objection %{number} saved',
        dispute: 'Information dispute over objection %{number} recorded',
        conclude: 'Outcome of the dispute over objection %{number} recorded',
        close: 'Objection %{number} closed',
        withdraw: 'Withdrawal of objection %{number} recorded',
      },
    },
    confirm_decide: {
      title: 'Answer objection %{number}?',
      text: 'You are about to answer objection %{number} as the Atasan PPID: %{decision}.\n\nThis written answer is recorded in your name with its time and cannot be changed afterwards. Once the requester receives it, they may bring a dispute to the Information Commission within %{disputeDays} working days.',
      verb: 'Answer',
    },
    action_help: {
      decide:
        'The Atasan PPID answers in writing by %{due} (%{days} working days after filing). When accepted, the instruction to the PPID is recorded on the request’s timeline. Settlement by agreement is only for grounds b–g.',
      dispute:
        'The requester may bring a dispute to the Information Commission within %{disputeDays} working days of receiving the answer, or of the answer deadline (%{due}) passing without one.',
      conclude:
        'Record the mediation result or the adjudication ruling of the Information Commission, its compliance, and any court action.',
      close:
        'The objection is done: the requester accepts the answer or brings no dispute. Record their reaction if any.',
      withdraw: 'The requester withdraws the objection before it is answered. Record their statement.',
    },
    action_fields: {
      decision: 'Answer',
      reason: 'Considerations',
      instruction: 'Instruction to the PPID',
      instruction_hint: 'Required when the objection is accepted, e.g. to provide the information within a set time.',
      settle_hint:
        'Settlement by agreement is not available: the objection includes ground a (refusal on exemption grounds).',
      filed_date: 'Date the dispute was filed',
      ki_number: 'Information Commission registration number',
      stage: 'Stage',
      outcome: 'Mediation result / adjudication ruling',
      compliance: 'Compliance with the ruling',
      court_action: 'Action at the administrative / district court',
      requester_reaction: "Requester's reaction",
      note: 'Note',
    },
    blocked: {
      dispute_early: 'The Atasan PPID may still answer until %{date}',
    },
    dashboard: {
      title: 'Objection queue',
      registered: 'Waiting for the Atasan PPID',
      overdue: 'Past the answer deadline',
    },
  },
};

export const objectionMessages = { id, en };
