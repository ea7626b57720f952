import type { TranslationMessages } from 'react-admin';
import { ROLES, ROLE_LABELS } from '../permissions';
import { raIndonesian } from './ra-id';

const roles = Object.fromEntries(ROLES.map((role) => [role, ROLE_LABELS[role].id]));

/** Lentera's own messages in Bahasa Indonesia; en.ts must keep the same keys (checked by i18n.spec.ts). */
export const lenteraId = {
  resources: {
    users: {
      name: 'Pengguna |||| Pengguna',
      fields: {
        id: 'ID',
        username: 'Nama pengguna',
        password: 'Kata sandi',
        fullName: 'Nama lengkap',
        nip: 'NIP',
        position: 'Jabatan',
        email: 'Email',
        officeId: 'Satker',
        office: 'Satker',
        'office.name': 'Satker',
        roles: 'Peran',
        role: 'Peran',
        active: 'Aktif',
        lastLoginAt: 'Terakhir masuk',
        passwordChanged: 'Kata sandi diganti',
        createdAt: 'Dibuat',
        updatedAt: 'Diperbarui',
        q: 'Cari',
      },
    },
    offices: {
      name: 'Satker |||| Satker',
      fields: {
        id: 'ID',
        parentId: 'Satker induk',
        level: 'Tingkat',
        code: 'Kode',
        name: 'Nama',
        letterheadLine1: 'Kop surat baris 1',
        letterheadLine2: 'Kop surat baris 2',
        address: 'Alamat',
        city: 'Kota/Kabupaten',
        postalCode: 'Kode pos',
        phone: 'Telepon',
        email: 'Email',
        website: 'Situs web',
        timeZone: 'Zona waktu',
        createdAt: 'Dibuat',
        updatedAt: 'Diperbarui',
        q: 'Cari',
      },
    },
    'audit-logs': {
      name: 'Log audit |||| Log audit',
      fields: {
        id: 'ID',
        at: 'Waktu',
        userId: 'ID pengguna',
        username: 'Pengguna',
        officeId: 'Satker',
        action: 'Tindakan',
        entityType: 'Jenis data',
        entityId: 'ID data',
        changes: 'Perubahan',
        ip: 'Alamat IP',
        from: 'Dari tanggal',
        to: 'Sampai tanggal',
      },
    },
  },
  lentera: {
    app: {
      name: 'Lentera',
      tagline: 'Layanan Informasi Publik KPU',
      full_title: 'Lentera — Layanan Informasi Publik KPU',
      legal_basis: 'Pelayanan informasi publik berdasarkan UU No. 14 Tahun 2008 tentang Keterbukaan Informasi Publik',
    },
    language: 'Bahasa',
    auth: {
      sign_in_intro: 'Masuk dengan akun yang diberikan administrator satker Anda.',
      network_error: 'Server tidak dapat dihubungi. Periksa koneksi Anda lalu coba lagi.',
      too_many_attempts: 'Terlalu banyak percobaan masuk. Tunggu sebentar lalu coba lagi.',
      server_error: 'Server sedang bermasalah. Coba lagi beberapa saat lagi.',
      session_expired: 'Sesi Anda telah berakhir, silakan masuk kembali.',
    },
    roles,
    levels: {
      national: 'KPU RI (nasional)',
      province: 'KPU Provinsi',
      regency: 'KPU Kabupaten/Kota',
    },
    time_zones: {
      'Asia/Jakarta': 'WIB — Waktu Indonesia Barat (Asia/Jakarta)',
      'Asia/Makassar': 'WITA — Waktu Indonesia Tengah (Asia/Makassar)',
      'Asia/Jayapura': 'WIT — Waktu Indonesia Timur (Asia/Jayapura)',
    },
    dashboard: {
      welcome: 'Selamat datang, %{name}',
      office: 'Satker',
      position: 'Jabatan',
      roles: 'Peran Anda',
      no_roles: 'Belum ada peran. Hubungi administrator satker Anda.',
      time_zone: 'Zona waktu satker',
      intro:
        'Lentera membantu PPID satker Anda melayani permohonan informasi publik tepat waktu, mencatat setiap langkah SOP, dan menyusun laporan layanan.',
      shortcuts: 'Pintasan',
    },
    users: {
      password_hint: 'Minimal 12 karakter. Gunakan frasa yang mudah diingat namun sulit ditebak.',
      password_edit_hint: 'Kosongkan jika tidak diubah. Minimal 12 karakter.',
      nip_hint: '18 digit angka, boleh dikosongkan untuk pegawai non-ASN.',
      nip_invalid: 'NIP harus terdiri dari 18 digit angka',
      username_readonly: 'Nama pengguna tidak dapat diubah.',
      roles_required: 'Pilih paling sedikit satu peran',
      office_note: 'Pengguna baru ditempatkan di satker Anda.',
      never: 'Belum pernah',
      audit_trail: 'Aktivitas di log audit',
      status_active: 'Aktif',
      status_inactive: 'Nonaktif',
      sections: { identity: 'Identitas', access: 'Akses' },
    },
    offices: {
      letterhead_preview: 'Pratinjau kop surat',
      letterhead_empty: 'Kop surat belum diisi.',
      download_users_pdf: 'Unduh daftar pengguna (PDF)',
      downloading: 'Mengunduh…',
      download_failed: 'Gagal mengunduh berkas: %{message}',
      parent_none: '— (tingkat teratas)',
      sections: { identity: 'Identitas satker', letterhead: 'Kop surat', contact: 'Kontak' },
      level_change_note: 'Tingkat dan satker induk tidak dapat diubah setelah satker dibuat.',
    },
    audit: {
      changes: 'Perubahan',
      field: 'Kolom',
      old_value: 'Sebelum',
      new_value: 'Sesudah',
      no_changes: 'Tidak ada perubahan yang dicatat.',
      empty_value: '(kosong)',
      redacted: '(disembunyikan)',
      time_note: 'Waktu ditampilkan dalam zona waktu satker Anda (%{zone}).',
    },
    entity_types: { user: 'Pengguna', office: 'Satker', document: 'Dokumen' },
    validation: {
      code_invalid: 'Kode hanya boleh berisi huruf, angka, titik atau tanda hubung',
      postal_code_invalid: 'Kode pos terdiri dari 5 digit angka',
      url_invalid: 'Alamat situs harus diawali http:// atau https://',
    },
    errors: {
      forbidden: 'Anda tidak berwenang melakukan tindakan ini.',
    },
  },
};

const id: TranslationMessages = { ra: raIndonesian, ...lenteraId };
export default id;
