import { DataSource } from 'typeorm';
import { PasswordHasher } from '../../auth/password-hasher';
import { Office, OfficeLevel } from '../../offices/office.entity';
import { newAccount, User, UserRole } from '../../users/user.entity';
import { Holiday } from '../../calendar/holiday.entity';
import { suggestedNationalHolidays } from '../../calendar/holidays.service';
import { Unit } from '../../units/unit.entity';
import { DEMO_UNITS, HOLIDAYS_2026 } from './holidays';

export const DEMO_PASSWORD = 'lentera-demo-2026';

interface OfficeSeed {
  key: string;
  parent?: string;
  level: OfficeLevel;
  code: string;
  name: string;
  line1: string;
  line2: string;
  address: string;
  city: string;
  postalCode?: string;
  phone?: string;
  email?: string;
  website?: string;
}

/** Demo offices: national → provinces → regencies/cities (addresses from the offices' own SOP covers where known). */
export const DEMO_OFFICES: OfficeSeed[] = [
  {
    key: 'ri',
    level: 'national',
    code: 'KPU-RI',
    name: 'KPU Republik Indonesia',
    line1: 'KOMISI PEMILIHAN UMUM',
    line2: 'REPUBLIK INDONESIA',
    address: 'Jl. Imam Bonjol No. 29, Menteng',
    city: 'Jakarta Pusat',
    postalCode: '10310',
    phone: '(021) 31937223',
    email: 'ppid@kpu.go.id',
    website: 'https://www.kpu.go.id',
  },
  {
    key: 'dki',
    parent: 'ri',
    level: 'province',
    code: 'KPU-DKI',
    name: 'KPU Provinsi DKI Jakarta',
    line1: 'KOMISI PEMILIHAN UMUM',
    line2: 'PROVINSI DAERAH KHUSUS IBUKOTA JAKARTA',
    address: 'Jl. Salemba Raya Nomor 15',
    city: 'Jakarta Pusat',
    postalCode: '10440',
    website: 'https://www.kpujakarta.go.id',
  },
  {
    key: 'banten',
    parent: 'ri',
    level: 'province',
    code: 'KPU-BTN',
    name: 'KPU Provinsi Banten',
    line1: 'KOMISI PEMILIHAN UMUM',
    line2: 'PROVINSI BANTEN',
    address: 'Jl. Syech Nawawi Al Bantani, Kawasan Pusat Pemerintahan Provinsi Banten',
    city: 'Serang',
    postalCode: '42171',
    website: 'https://banten.kpu.go.id',
  },
  {
    key: 'lebak',
    parent: 'banten',
    level: 'regency',
    code: 'KPU-LBK',
    name: 'KPU Kabupaten Lebak',
    line1: 'KOMISI PEMILIHAN UMUM',
    line2: 'KABUPATEN LEBAK',
    address: 'Jl. Abdi Negara No. 8, Rangkasbitung',
    city: 'Lebak',
    postalCode: '42317',
    email: 'lebakkabkpu@gmail.com',
    website: 'https://kab-lebak.kpu.go.id',
  },
  {
    key: 'serang',
    parent: 'banten',
    level: 'regency',
    code: 'KPU-SRG',
    name: 'KPU Kota Serang',
    line1: 'KOMISI PEMILIHAN UMUM',
    line2: 'KOTA SERANG',
    address: 'Jl. Jenderal Sudirman, Kota Serang',
    city: 'Serang',
    postalCode: '42116',
    website: 'https://kota-serang.kpu.go.id',
  },
  {
    key: 'lampung',
    parent: 'ri',
    level: 'province',
    code: 'KPU-LPG',
    name: 'KPU Provinsi Lampung',
    line1: 'KOMISI PEMILIHAN UMUM',
    line2: 'PROVINSI LAMPUNG',
    address: 'Jl. Basuki Rahmat No. 26, Teluk Betung',
    city: 'Bandar Lampung',
    postalCode: '35215',
    website: 'https://lampung.kpu.go.id',
  },
  {
    key: 'lamtim',
    parent: 'lampung',
    level: 'regency',
    code: 'KPU-LTM',
    name: 'KPU Kabupaten Lampung Timur',
    line1: 'KOMISI PEMILIHAN UMUM',
    line2: 'KABUPATEN LAMPUNG TIMUR',
    address: 'Jl. Sampurna Jaya Nomor 03, Desa Negara Nabung, Kecamatan Sukadana',
    city: 'Lampung Timur',
    postalCode: '34194',
    website: 'https://kab-lampungtimur.kpu.go.id',
  },
];

interface UserSeed {
  office: string;
  username: string;
  fullName: string;
  nip: string;
  position: string;
  roles: string[];
  unit?: string;
}

export const DEMO_USERS: UserSeed[] = [
  {
    office: 'lebak',
    username: 'admin',
    fullName: 'Rizky Pratama, S.Kom.',
    nip: '199003122015031002',
    position: 'Pranata Komputer',
    roles: ['admin'],
  },
  {
    office: 'lebak',
    username: 'desk',
    fullName: 'Siti Nurhaliza, A.Md.',
    nip: '199508172019032011',
    position: 'Pelaksana Desk Pelayanan Informasi',
    roles: ['desk'],
  },
  {
    office: 'lebak',
    username: 'ppid',
    fullName: 'Ahmad Fauzi, S.Sos.',
    nip: '198204102006041003',
    position: 'Kepala Subbagian Teknis Penyelenggaraan Pemilu, Partisipasi dan Hubungan Masyarakat',
    roles: ['ppid'],
  },
  {
    office: 'lebak',
    username: 'atasan',
    fullName: 'Dra. Hj. Euis Komalasari, M.Si.',
    nip: '197011051995032002',
    position: 'Sekretaris KPU Kabupaten Lebak',
    roles: ['atasan'],
  },
  {
    office: 'lebak',
    username: 'penghubung',
    fullName: 'Dedi Supriyadi',
    nip: '198807242014021001',
    position: 'Staf Subbagian Perencanaan, Data dan Informasi',
    roles: ['penghubung'],
    unit: 'PDI',
  },
  {
    office: 'lebak',
    username: 'pertimbangan',
    fullName: 'Drs. Bambang Hermawan',
    nip: '196805201993031004',
    position: 'Anggota Tim Pertimbangan PPID',
    roles: ['pertimbangan'],
  },
  {
    office: 'serang',
    username: 'desk.serang',
    fullName: 'Nurul Aini',
    nip: '199612032020122014',
    position: 'Pelaksana Desk Pelayanan Informasi',
    roles: ['desk'],
  },
  {
    office: 'serang',
    username: 'ppid.serang',
    fullName: 'Hendra Gunawan, S.H.',
    nip: '198111232009011005',
    position: 'Kepala Subbagian Teknis dan Hupmas',
    roles: ['ppid'],
  },
  {
    office: 'ri',
    username: 'admin.ri',
    fullName: 'Andi Wijaya, S.T.',
    nip: '198701152010121003',
    position: 'Pranata Komputer Ahli Muda, Biro Data dan Informasi',
    roles: ['admin'],
  },
  {
    office: 'ri',
    username: 'ppid.ri',
    fullName: 'Dra. Retno Wulandari, M.Si.',
    nip: '197203141998032002',
    position: 'Kepala Bagian Hubungan Masyarakat, Biro Partisipasi dan Hubungan Masyarakat',
    roles: ['ppid'],
  },
  {
    office: 'banten',
    username: 'ppid.banten',
    fullName: 'Yuliana Safitri, S.IP., M.Si.',
    nip: '198306152008012012',
    position: 'Kepala Bagian Teknis Penyelenggaraan Pemilu, Partisipasi dan Hubungan Masyarakat',
    roles: ['ppid'],
  },
];

/** Seeds the demo offices and users when the database has no office yet. Returns false if it did nothing. */
export async function seedDemo(ds: DataSource, hasher: PasswordHasher, now: Date = new Date()): Promise<boolean> {
  return ds.transaction(async (m) => {
    if ((await m.count(Office)) > 0) return false;
    const ids = new Map<string, { id: number; path: string }>();
    for (const o of DEMO_OFFICES) {
      const parent = o.parent ? ids.get(o.parent)! : null;
      const { identifiers } = await m.insert(Office, {
        parentId: parent?.id ?? null,
        level: o.level,
        code: o.code,
        name: o.name,
        path: 'pending',
        letterheadLine1: o.line1,
        letterheadLine2: o.line2,
        address: o.address,
        city: o.city,
        postalCode: o.postalCode ?? null,
        phone: o.phone ?? null,
        email: o.email ?? null,
        website: o.website ?? null,
        timeZone: 'Asia/Jakarta',
        createdAt: now,
        updatedAt: now,
      });
      const id = Number(identifiers[0].id);
      const path = `${parent?.path ?? '/'}${id}/`;
      await m.update(Office, { id }, { path });
      ids.set(o.key, { id, path });
    }
    const unitIds = new Map<string, number>();
    for (const [officeKey, units] of Object.entries(DEMO_UNITS)) {
      for (const unit of units) {
        const { identifiers } = await m.insert(Unit, {
          ...unit,
          officeId: ids.get(officeKey)!.id,
          active: true,
          createdAt: now,
          updatedAt: now,
        });
        unitIds.set(`${officeKey}:${unit.code}`, Number(identifiers[0].id));
      }
    }
    // Libur nasional: the 2026 decree by hand; the years around it pre-filled from date-holidays.
    const holidays = [
      ...HOLIDAYS_2026,
      ...[2024, 2025, 2027].flatMap((y) =>
        suggestedNationalHolidays(y).map((h) => ({ ...h, kind: 'national' as const })),
      ),
    ];
    await m.insert(
      Holiday,
      holidays.map((h) => ({
        ...h,
        officeId: null,
        source: h.date.startsWith('2026') ? 'manual' : 'date-holidays',
        createdAt: now,
        updatedAt: now,
      })),
    );
    for (const u of DEMO_USERS) {
      const { identifiers } = await m.insert(User, {
        officeId: ids.get(u.office)!.id,
        unitId: u.unit ? unitIds.get(`${u.office}:${u.unit}`)! : null,
        username: u.username,
        passwordHash: await hasher.hash(DEMO_PASSWORD),
        fullName: u.fullName,
        nip: u.nip,
        position: u.position,
        email: null,
        active: true,
        ...newAccount(now),
      });
      await m.insert(
        UserRole,
        u.roles.map((role) => ({ userId: Number(identifiers[0].id), role })),
      );
    }
    return true;
  });
}
