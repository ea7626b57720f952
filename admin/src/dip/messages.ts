/**
 * The console's messages for the Daftar Informasi Publik (DIP), Indonesian first. Merged into i18n/id.ts and
 * en.ts as `resources.dip-entries`, `resources.dip-versions` and `lentera.dip`; both languages keep the same keys.
 */

import type { SameShape } from '../i18n/shape';

const id = {
  entries: {
    name: 'Butir DIP |||| Butir DIP',
    fields: {
      id: 'ID',
      title: 'Ringkasan isi informasi',
      summary: 'Keterangan',
      holder: 'Pejabat/unit yang menguasai informasi',
      responsible: 'Penanggung jawab pembuatan atau penerbitan',
      madeWhenWhere: 'Waktu dan tempat pembuatan',
      formAvailable: 'Bentuk informasi yang tersedia',
      retention: 'Jangka waktu penyimpanan',
      unitId: 'Unit penghubung',
      category: 'Kategori',
      status: 'Status',
      exemptionBasis: 'Dasar pengecualian (UU KIP Pasal 17)',
      consequenceHarm: 'Uji konsekuensi: akibat bila informasi dibuka',
      publicInterest: 'Uji konsekuensi: kepentingan publik yang ditimbang',
      exemptUntil: 'Dikecualikan sampai',
      lastUpdated: 'Terakhir diperbarui',
      flags: 'Perlu tindakan',
      createdAt: 'Dibuat',
      updatedAt: 'Diperbarui',
      q: 'Cari ringkasan, keterangan, pejabat/unit',
    },
  },
  versions: {
    name: 'Versi DIP (SK PPID) |||| Versi DIP (SK PPID)',
    fields: {
      id: 'ID',
      versionNo: 'Versi',
      decreeNumber: 'Nomor SK PPID',
      decreeDate: 'Tanggal SK',
      entryCount: 'Jumlah butir',
      establishedAt: 'Ditetapkan',
      publishedAt: 'Dipublikasikan',
      officeId: 'Kantor',
    },
  },
  lentera: {
    title: 'Daftar Informasi Publik',
    categories: {
      berkala: 'Berkala',
      serta_merta: 'Serta merta',
      setiap_saat: 'Setiap saat',
      dikecualikan: 'Dikecualikan',
    },
    category_hints: {
      berkala: 'Diumumkan secara berkala, diperbarui paling sedikit setiap 6 bulan (UU KIP Pasal 9).',
      serta_merta: 'Diumumkan segera karena menyangkut hajat hidup orang banyak dan ketertiban umum (UU KIP Pasal 10).',
      setiap_saat: 'Tersedia setiap saat dan diberikan kepada pemohon bila diminta (UU KIP Pasal 11).',
      dikecualikan:
        'Tidak diberikan kepada pemohon dan tidak tampil di halaman publik; wajib dasar Pasal 17, uji konsekuensi dan jangka waktu pengecualian (UU KIP Pasal 17 dan Pasal 2 ayat 4).',
    },
    uncategorized: 'Belum diklasifikasi',
    statuses: {
      draft: 'Draf',
      submitted: 'Diajukan',
      classified: 'Diklasifikasi',
      withdrawn: 'Ditarik',
    },
    flags: {
      declassify: 'Perlu dideklasifikasi',
      renew: 'Perlu diperbarui',
    },
    flag_hints: {
      declassify:
        'Jangka waktu pengecualian sudah berakhir: informasi ini kembali terbuka. Klasifikasikan ulang lalu tetapkan versi DIP baru.',
      renew:
        'Informasi berkala ini belum diperbarui dalam 6 bulan terakhir. Perbarui informasinya lalu catat tanggalnya pada klasifikasi.',
    },
    pasal17_letters: 'Pasal 17 huruf %{letters}',
    tabs: {
      label: 'Tampilan daftar',
      all: 'Semua',
      proposals: 'Usulan unit',
      classified: 'Diklasifikasi',
      flagged: 'Perlu tindakan',
      narrow: 'Pilih yang ditampilkan',
    },
    public_page: 'Halaman publik',
    public_page_hint: 'Daftar yang berlaku seperti dilihat masyarakat (tanpa informasi yang dikecualikan)',
    download_pdf: 'Unduh PDF',
    download_xlsx: 'Unduh XLSX',
    download_hint: 'Unduhan publik dari versi yang terakhir dipublikasikan',
    hints: {
      title:
        'Ringkasan isi informasi seperti yang akan dibaca masyarakat, mis. "Keputusan KPU Kabupaten Lebak tentang Penetapan DPT Pemilu 2024".',
      summary: 'Keterangan tambahan (tidak wajib): isi singkat, cakupan atau format berkas.',
      holder: 'Pejabat atau unit yang menguasai informasi, mis. "Subbagian Perencanaan, Data dan Informasi".',
      responsible:
        'Pejabat yang bertanggung jawab atas pembuatan atau penerbitan informasi, mis. "Kepala Subbagian PDI".',
      madeWhenWhere: 'Kapan dan di mana informasi dibuat, mis. "2023, Rangkasbitung".',
      formAvailable: 'Bentuk yang dapat diberikan: softcopy, hardcopy, atau keduanya.',
      retention: 'Jangka waktu penyimpanan atau retensi arsipnya, mis. "5 tahun" atau "Permanen".',
      unitId: 'Unit penghubung yang menguasai dan menyediakan informasi ini; kosongkan bila dikelola PPID sendiri.',
    },
    form: {
      create_title: 'Usulan butir DIP',
      intro:
        'Unit penghubung mengusulkan informasi yang dikuasainya beserta dokumentasinya (SOP 3). Simpan sebagai draf selama masih disusun; ajukan bila sudah lengkap. PPID yang menentukan kategorinya.',
      own_unit: 'Butir ini diusulkan atas nama unit Anda.',
      no_unit:
        'Akun Anda belum terhubung ke unit penghubung, sehingga belum dapat mengusulkan butir. Minta administrator menghubungkannya.',
      not_editable:
        'Butir ini tidak dapat Anda ubah: unit hanya dapat mengubah drafnya sendiri, sebelum diajukan ke PPID.',
      save_draft: 'Simpan draf',
      save_submit: 'Simpan dan ajukan',
      saved: 'Butir DIP disimpan',
    },
    show: {
      details: 'Rincian informasi',
      classification: 'Klasifikasi',
      consequence_test: 'Uji konsekuensi',
      not_classified: 'Belum diklasifikasi oleh PPID.',
      waiting: 'Sudah diajukan; menunggu klasifikasi PPID.',
      draft_note: 'Masih draf unit: belum diajukan ke PPID.',
      submit: 'Ajukan ke PPID',
      submit_title: 'Ajukan butir ini ke PPID?',
      submit_content:
        'Setelah diajukan, unit tidak dapat mengubahnya lagi; PPID yang mengklasifikasi dan menetapkannya dalam DIP.',
      submitted: 'Butir diajukan ke PPID',
      not_in_list: 'Butir ini baru masuk DIP setelah diklasifikasi dan PPID menetapkan versi baru.',
    },
    classify: {
      action: 'Klasifikasi',
      title: 'Klasifikasi: %{title}',
      intro:
        'Kategori menentukan cara informasi ini diumumkan. Informasi yang dikecualikan tidak tampil di halaman publik dan menjadi dasar penolakan permohonan.',
      exemption: 'Pengecualian dan uji konsekuensi',
      basis_hint: 'Wajib: huruf Pasal 17 UU KIP yang menjadi dasar pengecualian (boleh lebih dari satu).',
      harm_hint: 'Wajib: akibat yang timbul bila informasi ini dibuka kepada publik.',
      interest_hint:
        'Wajib: kepentingan publik yang ditimbang, dan mengapa menutup informasi melindungi kepentingan yang lebih besar.',
      exempt_until_hint:
        'Wajib: sesudah tanggal ini informasi kembali terbuka dan butir ditandai "Perlu dideklasifikasi".',
      last_updated_hint: 'Kapan informasi terakhir diperbarui; lewat 6 bulan butir ditandai "Perlu diperbarui".',
      save: 'Simpan klasifikasi',
      done: 'Butir diklasifikasi sebagai %{category}',
    },
    versions: {
      establish: 'Tetapkan DIP',
      establish_title: 'Penetapan DIP dengan SK PPID',
      establish_help:
        'Semua butir yang sudah diklasifikasi (%{count}) ditetapkan sebagai versi baru yang tidak dapat diubah lagi. Setelah ditetapkan, periksa perubahannya lalu publikasikan.',
      pending_note: '%{count} usulan unit belum diklasifikasi dan tidak ikut ditetapkan.',
      decree_number_hint: 'Nomor Keputusan PPID tentang penetapan DIP, mis. 02/PPID/KPU-LBK/XI/2026.',
      decree_date_hint: 'Tanggal SK ditandatangani.',
      established: 'DIP versi %{version} ditetapkan',
      publish: 'Publikasikan',
      publish_title: 'Publikasikan DIP versi %{version}?',
      publish_content:
        'Anda akan mempublikasikan Daftar Informasi Publik versi %{version} yang ditetapkan dengan SK %{decree}. Daftar ini akan tampil di halaman publik dan di unduhan PDF/XLSX menggantikan versi yang berlaku, tanpa informasi yang dikecualikan.\n\nTindakan ini dicatat atas nama Anda di log audit dan tidak dapat dibatalkan.',
      published: 'DIP versi %{version} dipublikasikan',
      not_published: 'Belum dipublikasikan',
      published_at: 'Dipublikasikan %{at}',
      established_at: 'Ditetapkan %{at}',
      heading: 'DIP versi %{version}',
      decree: 'SK PPID Nomor %{number} tanggal %{date}',
      immutable:
        'Versi yang sudah ditetapkan tidak dapat diubah. Untuk perubahan, perbaiki atau klasifikasikan ulang butirnya lalu tetapkan versi baru.',
      previous: 'Versi sebelumnya',
      entries_count: '%{count} butir',
      snapshot: 'Isi daftar',
      snapshot_empty: 'Versi ini tidak memuat butir.',
      number: 'No',
      exemption: 'Pengecualian',
    },
    diff: {
      title: 'Perubahan dari versi sebelumnya',
      first: 'Versi pertama: semua butir ditetapkan untuk pertama kali.',
      none: 'Tidak ada perubahan dari versi sebelumnya.',
      added: 'Ditambahkan (%{count})',
      removed: 'Dihapus dari daftar (%{count})',
      changed: 'Diubah (%{count})',
      from_to: '%{from} → %{to}',
    },
  },
};

const en: SameShape<typeof id> = {
  entries: {
    name: 'DIP entry |||| DIP entries',
    fields: {
      id: 'ID',
      title: 'Summary of the information',
      summary: 'Remarks',
      holder: 'Official/unit holding the information',
      responsible: 'Responsible for making or issuing it',
      madeWhenWhere: 'When and where made',
      formAvailable: 'Form available',
      retention: 'Retention period',
      unitId: 'Liaison unit',
      category: 'Category',
      status: 'Status',
      exemptionBasis: 'Exemption basis (UU KIP Article 17)',
      consequenceHarm: 'Consequence test: harm if disclosed',
      publicInterest: 'Consequence test: public interest weighed',
      exemptUntil: 'Exempt until',
      lastUpdated: 'Last updated',
      flags: 'Needs action',
      createdAt: 'Created',
      updatedAt: 'Updated',
      q: 'Search summary, remarks, official/unit',
    },
  },
  versions: {
    name: 'DIP version (PPID decree) |||| DIP versions (PPID decree)',
    fields: {
      id: 'ID',
      versionNo: 'Version',
      decreeNumber: 'PPID decree number',
      decreeDate: 'Decree date',
      entryCount: 'Entries',
      establishedAt: 'Established',
      publishedAt: 'Published',
      officeId: 'Office',
    },
  },
  lentera: {
    title: 'Public information list',
    categories: {
      berkala: 'Periodic',
      serta_merta: 'Immediate',
      setiap_saat: 'Available at any time',
      dikecualikan: 'Exempt',
    },
    category_hints: {
      berkala: 'Announced periodically and updated at least every 6 months (UU KIP Article 9).',
      serta_merta:
        'Announced immediately because it concerns the lives of many people and public order (UU KIP Article 10).',
      setiap_saat: 'Available at any time and given to requesters on request (UU KIP Article 11).',
      dikecualikan:
        'Not given to requesters and not shown on the public page; needs the Article 17 basis, a consequence test and the exemption period (UU KIP Article 17 and Article 2(4)).',
    },
    uncategorized: 'Not classified yet',
    statuses: {
      draft: 'Draft',
      submitted: 'Submitted',
      classified: 'Classified',
      withdrawn: 'Withdrawn',
    },
    flags: {
      declassify: 'Due for declassification',
      renew: 'Due for renewal',
    },
    flag_hints: {
      declassify:
        'The exemption period has ended: this information is public again. Reclassify it, then establish a new DIP version.',
      renew:
        'This periodic information has not been updated in the last 6 months. Update it, then record the date in its classification.',
    },
    pasal17_letters: 'Article 17 letters %{letters}',
    tabs: {
      label: 'List view',
      all: 'All',
      proposals: 'Unit proposals',
      classified: 'Classified',
      flagged: 'Needs action',
      narrow: 'Choose what to show',
    },
    public_page: 'Public page',
    public_page_hint: 'The current list as the public sees it (without exempt information)',
    download_pdf: 'Download PDF',
    download_xlsx: 'Download XLSX',
    download_hint: 'Public downloads of the latest published version',
    hints: {
      title:
        'A summary of the information as the public will read it, e.g. "KPU Lebak decree on the final voter list of the 2024 election".',
      summary: 'Further remarks (optional): a short description, scope or file format.',
      holder: 'The official or unit holding the information, e.g. "Planning, Data and Information sub-section".',
      responsible:
        'The official responsible for making or issuing the information, e.g. "Head of the PDI sub-section".',
      madeWhenWhere: 'When and where the information was made, e.g. "2023, Rangkasbitung".',
      formAvailable: 'The forms it can be given in: softcopy, hardcopy or both.',
      retention: 'How long it is kept (archive retention), e.g. "5 years" or "Permanent".',
      unitId: 'The liaison unit that holds and supplies this information; leave empty when the PPID keeps it.',
    },
    form: {
      create_title: 'Propose a DIP entry',
      intro:
        'Liaison units propose the information they hold and its documentation (SOP 3). Save it as a draft while you prepare it; submit it when complete. The PPID decides its category.',
      own_unit: 'This entry is proposed on behalf of your unit.',
      no_unit:
        'Your account is not linked to a liaison unit yet, so you cannot propose entries. Ask an administrator to link it.',
      not_editable:
        'You cannot change this entry: a unit may only change its own drafts, before they are submitted to the PPID.',
      save_draft: 'Save draft',
      save_submit: 'Save and submit',
      saved: 'DIP entry saved',
    },
    show: {
      details: 'Information details',
      classification: 'Classification',
      consequence_test: 'Consequence test',
      not_classified: 'Not classified by the PPID yet.',
      waiting: 'Submitted; waiting for the PPID to classify it.',
      draft_note: "Still the unit's draft: not submitted to the PPID yet.",
      submit: 'Submit to the PPID',
      submit_title: 'Submit this entry to the PPID?',
      submit_content:
        'Once submitted, the unit can no longer change it; the PPID classifies it and establishes it in the DIP.',
      submitted: 'Entry submitted to the PPID',
      not_in_list: 'This entry enters the DIP once it is classified and the PPID establishes a new version.',
    },
    classify: {
      action: 'Classify',
      title: 'Classify: %{title}',
      intro:
        'The category decides how this information is announced. Exempt information is not shown on the public page and grounds the refusal of requests.',
      exemption: 'Exemption and consequence test',
      basis_hint: 'Required: the letters of UU KIP Article 17 that ground the exemption (one or more).',
      harm_hint: 'Required: the harm that disclosing this information to the public would cause.',
      interest_hint:
        'Required: the public interest weighed, and why withholding the information protects the greater interest.',
      exempt_until_hint:
        'Required: after this date the information is public again and the entry is flagged "Due for declassification".',
      last_updated_hint:
        'When the information was last updated; after 6 months the entry is flagged "Due for renewal".',
      save: 'Save classification',
      done: 'Entry classified as %{category}',
    },
    versions: {
      establish: 'Establish DIP',
      establish_title: 'Establish the DIP by PPID decree',
      establish_help:
        'Every classified entry (%{count}) is established as a new version that can no longer be changed. Once established, check its changes, then publish it.',
      pending_note: '%{count} unit proposals are not classified yet and are left out.',
      decree_number_hint: 'The number of the PPID decree establishing the DIP, e.g. 02/PPID/KPU-LBK/XI/2026.',
      decree_date_hint: 'The date the decree was signed.',
      established: 'DIP version %{version} established',
      publish: 'Publish',
      publish_title: 'Publish DIP version %{version}?',
      publish_content:
        'You are about to publish version %{version} of the Public Information List, established by decree %{decree}. It will replace the current one on the public page and in the PDF/XLSX downloads, without exempt information.\n\nThe action is recorded in your name in the audit log and cannot be undone.',
      published: 'DIP version %{version} published',
      not_published: 'Not published',
      published_at: 'Published %{at}',
      established_at: 'Established %{at}',
      heading: 'DIP version %{version}',
      decree: 'PPID decree no. %{number} of %{date}',
      immutable:
        'An established version cannot be changed. To change it, correct or reclassify the entries, then establish a new version.',
      previous: 'Previous version',
      entries_count: '%{count} entries',
      snapshot: 'The list',
      snapshot_empty: 'This version holds no entries.',
      number: 'No',
      exemption: 'Exemption',
    },
    diff: {
      title: 'Changes from the previous version',
      first: 'First version: every entry is established for the first time.',
      none: 'No changes from the previous version.',
      added: 'Added (%{count})',
      removed: 'Removed from the list (%{count})',
      changed: 'Changed (%{count})',
      from_to: '%{from} → %{to}',
    },
  },
};

export const dipMessages = { id, en };
