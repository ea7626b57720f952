import { HttpException, Logger } from '@nestjs/common';
import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { toAuthUser } from '../../auth/token.service';
import { localDate } from '../../calendar/working-days';
import { Clock } from '../../common/clock';
import { ObjectionsService } from '../../objections/objections.service';
import { CreateRequesterDto } from '../../requesters/dto';
import { RequestsService } from '../../requests/requests.service';
import { TasksService } from '../../requests/tasks.service';
import { Unit } from '../../units/unit.entity';
import { DipService } from '../../dip/dip.service';
import { User } from '../../users/user.entity';

const DAY = 86_400_000;

/** A few requests in every state, registered through the real services, so the console has something to show. */
export async function seedDemoRequests(app: INestApplicationContext): Promise<number> {
  const ds = app.get(DataSource);
  const requests = app.get(RequestsService);
  const tasks = app.get(TasksService);
  const now = app.get(Clock).now().getTime();
  const actor = async (username: string) =>
    toAuthUser(
      await ds.getRepository(User).findOneOrFail({ where: { username }, relations: { office: true, roleRows: true } }),
      '127.0.0.1',
    );
  const [desk, ppid, penghubung, deskSerang] = await Promise.all([
    actor('desk'),
    actor('ppid'),
    actor('penghubung'),
    actor('desk.serang'),
  ]);
  const pdi = await ds.getRepository(Unit).findOneByOrFail({ officeId: desk.officeId, code: 'PDI' });
  const teknis = await ds.getRepository(Unit).findOneByOrFail({ officeId: desk.officeId, code: 'TEKNIS' });

  const people = [
    {
      type: 'person',
      name: 'Budi Santoso',
      nik: '3602011203850004',
      address: 'Jl. Multatuli No. 5, Rangkasbitung',
      phone: '081234567890',
      email: 'budi.santoso@example.id',
      occupation: 'Wartawan',
    },
    {
      type: 'person',
      name: 'Siti Aminah',
      nik: '3602024507920002',
      address: 'Kp. Cibeureum RT 02/RW 03, Cibadak',
      phone: '085711223344',
      occupation: 'Mahasiswa',
    },
    {
      type: 'entity',
      name: 'Perkumpulan Pemilu Bersih Banten',
      address: 'Jl. Ahmad Yani No. 12, Serang',
      email: 'sekretariat@pemilubersih.example.id',
      deedNumber: 'AHU-0012345.AH.01.07.2019',
      ratificationNumber: 'AHU-0012345.AH.01.07 Tahun 2019',
      occupation: 'Lembaga swadaya masyarakat',
    },
    {
      type: 'group',
      name: 'Forum Warga Peduli Demokrasi Lebak',
      nik: '3602031508800003',
      representativeName: 'Dedi Kurniawan',
      powerOfAttorney: 'Surat kuasa khusus 01/FWPD/X/2026',
      address: 'Jl. Sunan Kalijaga No. 3, Rangkasbitung',
      phone: '081399887766',
    },
  ] as const;
  const base = { obtainMethods: ['softcopy'], deliveryMethods: ['email'] };
  const make = (
    daysAgo: number,
    requester: Record<string, string>,
    channel: string,
    informationRequested: string,
    purpose: string,
    as = desk,
  ) =>
    requests.create(as, {
      ...base,
      requester: { ...requester } as unknown as CreateRequesterDto,
      channel,
      informationRequested,
      purpose,
      receivedAt: new Date(now - daysAgo * DAY).toISOString(),
    });

  // registered oldest first, so that the numbers follow the dates of receipt
  let n = 0;

  const overdue = await make(
    16,
    people[3],
    'letter',
    'Daftar anggaran sosialisasi pemilu tahun 2025',
    'Pengawasan anggaran oleh warga',
  );
  n++;

  const extended = await make(
    12,
    people[2],
    'web',
    'Dokumen berita acara rekapitulasi hasil penghitungan suara (Model D) seluruh kecamatan',
    'Kajian lembaga',
  );
  await requests.assign(ppid, extended.id, {
    assignments: [
      { unitId: pdi.id, instruction: 'Kumpulkan salinan Model D seluruh kecamatan.' },
      { unitId: teknis.id, instruction: 'Periksa kelengkapan Model D dari PPK.' },
    ],
  });
  const task = (
    await tasks.list(penghubung, {
      filter: { status: 'open' },
      sort: { field: 'dueDate', order: 'ASC' },
      offset: 0,
      limit: 10,
    })
  ).items[0];
  if (task)
    await tasks.answer(penghubung, task.id, {
      answer: 'Salinan Model D 28 kecamatan tersedia di arsip PDI; 6 kecamatan masih dipindai.',
    });
  try {
    await requests.extend(ppid, extended.id, {
      reason: 'Dokumen Model D seluruh kecamatan sedang dipindai dari arsip fisik.',
    });
  } catch {
    /* past the deadline on this date: leave it in process */
  }
  n++;

  const closed = await make(
    9,
    people[1],
    'phone',
    'Jadwal dan lokasi sosialisasi pendidikan pemilih bulan Oktober 2026',
    'Informasi kegiatan kampus',
  );
  await requests.decide(ppid, closed.id, {
    decision: 'granted_full',
    form: 'softcopy',
    materialProvided: 'Jadwal dan daftar lokasi sosialisasi pendidikan pemilih Oktober 2026 (2 halaman, PDF)',
    cost: 0,
    deliveryPlan: 'Dikirim melalui email pada hari yang sama',
  });
  await requests.deliver(desk, closed.id, { via: 'email' });
  await requests.close(desk, closed.id, {});
  n++;

  const inProcess = await make(
    6,
    people[1],
    'email',
    'Data rekapitulasi partisipasi pemilih per kecamatan Pilkada 2024',
    'Penelitian skripsi',
  );
  await requests.assign(ppid, inProcess.id, {
    assignments: [{ unitId: pdi.id, instruction: 'Mohon siapkan rekap partisipasi per kecamatan (format Excel/PDF).' }],
  });
  n++;

  const refused = await make(
    4,
    people[0],
    'in_person',
    'Salinan KTP elektronik seluruh anggota PPK Kecamatan Rangkasbitung',
    'Verifikasi identitas penyelenggara',
  );
  await requests.decide(ppid, refused.id, {
    decision: 'refused',
    refusalBasis: ['h'],
    consequenceTest:
      'Membuka salinan KTP anggota PPK mengungkap data pribadi (NIK, alamat, tanggal lahir) yang dilindungi; kepentingan publik atas verifikasi penyelenggara terpenuhi melalui daftar nama dan SK pengangkatan yang sudah diumumkan.',
    refusalReason: 'Informasi memuat data pribadi yang dikecualikan menurut UU KIP Pasal 17 huruf h.',
  });
  await requests.deliver(desk, refused.id, { via: 'in_person' });
  n++;

  await make(
    2,
    { ...people[1], address: 'Jl. Diponegoro No. 4, Kota Serang' },
    'in_person',
    'Salinan SK pembentukan PPK Kota Serang',
    'Penelitian',
    deskSerang,
  );
  n++;

  const incomplete = await make(1, people[3], 'letter', 'Data pemilih disabilitas', 'Advokasi aksesibilitas TPS');
  await requests.markIncomplete(desk, incomplete.id, {
    note: 'Surat kuasa khusus belum dilampirkan; rincian data yang diminta belum jelas (tahun dan wilayah).',
  });
  n++;
  const fresh = await make(
    0,
    people[0],
    'in_person',
    'Salinan Keputusan KPU Kabupaten Lebak tentang Penetapan DPT Pemilu 2024',
    'Bahan liputan',
  );
  await requests.recordStep(desk, fresh.id, 2, {
    startedAt: new Date(now - 14 * 60_000).toISOString(),
    endedAt: new Date(now - 2 * 60_000).toISOString(),
  });
  n++;
  void [overdue, inProcess];
  await seedDemoObjections(app, { refused, closed, extended });
  return n;
}

/**
 * Three objections through the real service (numbered 001–003/KEB), so the Atasan PPID's queue is not empty:
 * against the refusal (ground a), waiting for the Atasan PPID; against the answered request (ground d), settled
 * by agreement; and one without a request (ground b, periodic information not provided), waiting too.
 */
async function seedDemoObjections(
  app: INestApplicationContext,
  requests: { refused: { id: number }; closed: { id: number }; extended: { requesterId: number } },
): Promise<number> {
  const ds = app.get(DataSource);
  const objections = app.get(ObjectionsService);
  const now = app.get(Clock).now().getTime();
  const actor = async (username: string) =>
    toAuthUser(
      await ds.getRepository(User).findOneOrFail({ where: { username }, relations: { office: true, roleRows: true } }),
      '127.0.0.1',
    );
  const [desk, atasan] = await Promise.all([actor('desk'), actor('atasan')]);

  await objections.create(desk, {
    requestId: requests.refused.id,
    grounds: ['a'],
    reasons:
      'Pemohon menilai daftar nama dan tempat tinggal anggota PPK bukan data pribadi yang dikecualikan; yang diminta cukup salinan dengan NIK dihitamkan.',
  });
  const settled = await objections.create(desk, {
    requestId: requests.closed.id,
    grounds: ['d'],
    reasons: 'Jawaban hanya memuat jadwal sosialisasi, tanpa lokasi kegiatan yang juga diminta.',
  });
  await objections.decide(atasan, settled.id, {
    decision: 'settled',
    reason: 'Disepakati dengan pemohon: PPID mengirim daftar lokasi sosialisasi melalui email dalam 2 hari kerja.',
  });
  await objections.create(desk, {
    requesterId: requests.extended.requesterId,
    grounds: ['b'],
    reasons: 'Laporan realisasi anggaran semester I belum diumumkan di laman KPU Kabupaten Lebak.',
    groundDate: localDate(new Date(now - 10 * DAY), 'Asia/Jakarta'),
  });
  return 3;
}

/** A published list of public information for KPU Kabupaten Lebak, with one exempt item and one draft. */
export async function seedDemoDip(app: INestApplicationContext): Promise<number> {
  const ds = app.get(DataSource);
  const dip = app.get(DipService);
  const actor = async (username: string) =>
    toAuthUser(
      await ds.getRepository(User).findOneOrFail({ where: { username }, relations: { office: true, roleRows: true } }),
      '127.0.0.1',
    );
  const [ppid, penghubung] = await Promise.all([actor('ppid'), actor('penghubung')]);
  const base = {
    holder: 'Subbagian Perencanaan, Data dan Informasi',
    responsible: 'Kepala Subbagian Perencanaan, Data dan Informasi',
    formAvailable: 'softcopy dan hardcopy',
  };
  const items: Array<{
    title: string;
    summary: string;
    madeWhenWhere: string;
    retention: string;
    classify?: Parameters<DipService['classify']>[2];
  }> = [
    {
      title: 'Keputusan KPU Kabupaten Lebak tentang Penetapan Daftar Pemilih Tetap Pemilu 2024',
      summary: 'SK penetapan DPT beserta rekapitulasi per kecamatan',
      madeWhenWhere: '2023, Rangkasbitung',
      retention: 'Permanen',
      classify: { category: 'setiap_saat' },
    },
    {
      title: 'Laporan keuangan dan realisasi anggaran',
      summary: 'Laporan realisasi anggaran semesteran',
      madeWhenWhere: '2026, Rangkasbitung',
      retention: '10 tahun',
      classify: { category: 'berkala', lastUpdated: '2026-07-15' },
    },
    {
      title: 'Jadwal dan tahapan pemilihan',
      summary: 'Pengumuman jadwal tahapan dan lokasi pendaftaran',
      madeWhenWhere: '2026, Rangkasbitung',
      retention: '5 tahun',
      classify: { category: 'serta_merta' },
    },
    {
      title: 'Rekapitulasi partisipasi pemilih per kecamatan Pilkada 2024',
      summary: 'Data partisipasi pemilih (Excel/PDF)',
      madeWhenWhere: '2024, Rangkasbitung',
      retention: '5 tahun',
      classify: { category: 'setiap_saat' },
    },
    {
      title: 'Salinan KTP anggota PPK dan PPS',
      summary: 'Dokumen identitas pribadi penyelenggara ad hoc',
      madeWhenWhere: '2023, Rangkasbitung',
      retention: '5 tahun',
      classify: {
        category: 'dikecualikan',
        exemptionBasis: ['h'],
        consequenceHarm:
          'Membuka NIK, alamat dan tanggal lahir penyelenggara ad hoc yang dilindungi sebagai data pribadi.',
        publicInterest:
          'Kepentingan publik atas keterbukaan penyelenggara terpenuhi melalui SK pengangkatan yang memuat nama.',
        exemptUntil: '2028-12-31',
      },
    },
    {
      title: 'Notulen rapat koordinasi pemutakhiran data pemilih berkelanjutan',
      summary: 'Usulan unit, belum diklasifikasi',
      madeWhenWhere: '2026, Rangkasbitung',
      retention: '5 tahun',
    },
  ];
  for (const it of items) {
    const e = await dip.createEntry(penghubung, {
      ...base,
      title: it.title,
      summary: it.summary,
      madeWhenWhere: it.madeWhenWhere,
      retention: it.retention,
    });
    if (it.classify) await dip.classify(ppid, e.id, it.classify);
  }
  const v = await dip.establish(ppid, {
    decreeNumber: '01/PPID/KPU-LBK/XI/2026',
    decreeDate: app.get(Clock).now().toISOString().slice(0, 10),
  });
  // publishing issues the list's PDF: without Chromium the demo list stays established but unpublished (the start-up
  // log says how to enable PDFs; the PPID publishes it from the console afterwards)
  await dip.publish(ppid, v.id).catch((e: unknown) => {
    if (!(e instanceof HttpException && e.getStatus() === 503)) throw e;
    new Logger('Seed').warn(
      'DIP demo belum dipublikasikan: PDF tidak tersedia / the demo DIP is left unpublished: PDFs are not available',
    );
  });
  return items.length;
}
