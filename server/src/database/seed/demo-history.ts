/**
 * The demo's past: about two years of requests in four offices (KPU RI, KPU Provinsi Banten, KPU Kabupaten Lebak and
 * KPU Kota Serang), from 1 January of last year to three weeks ago, so that every chart of the dashboard, a month's
 * report and last year's annual report show real figures on the first start (issue 18.11).
 *
 * Each request lives its whole life through the real services, each act at its own time (`Clock.at`): registered on
 * a working morning, handed to a liaison unit, answered, sometimes extended, decided (mostly in time, some late),
 * delivered and closed; a few refusals draw an objection that the Atasan PPID decides. The clocks, the audit trail,
 * the registers and the metrics therefore agree with each other exactly as they would for data typed at the desk.
 * Deterministic: the same seed and day give the same history. Its requesters give no e-mail address, so the history
 * leaves nothing waiting in the outbox.
 */
import { HttpException, Logger } from '@nestjs/common';
import type { INestApplicationContext } from '@nestjs/common';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import { toAuthUser } from '../../auth/token.service';
import { Holiday } from '../../calendar/holiday.entity';
import type { AuthUser } from '../../common/auth-user';
import { Clock } from '../../common/clock';
import { ObjectionsService } from '../../objections/objections.service';
import { CreateRequesterDto } from '../../requesters/dto';
import { RequestAssignment } from '../../requests/request.entity';
import { RequestsService } from '../../requests/requests.service';
import { TasksService } from '../../requests/tasks.service';
import { Unit } from '../../units/unit.entity';
import { User } from '../../users/user.entity';

const ZONE = 'Asia/Jakarta';

interface OfficePlan {
  /** the office's registering, deciding and (where there is one) liaison and Atasan PPID users */
  desk: string;
  ppid: string;
  liaison?: { user: string; unit: string };
  atasan?: string;
  /** requests in an ordinary month */
  perMonth: number;
  /** the first two digits and the regency code of its requesters' NIKs */
  nikRegion: string;
  place: string;
}

const PLANS: OfficePlan[] = [
  {
    desk: 'desk',
    ppid: 'ppid',
    liaison: { user: 'penghubung', unit: 'PDI' },
    atasan: 'atasan',
    perMonth: 7,
    nikRegion: '3602',
    place: 'Kabupaten Lebak',
  },
  { desk: 'desk.serang', ppid: 'ppid.serang', perMonth: 4, nikRegion: '3673', place: 'Kota Serang' },
  { desk: 'ppid.banten', ppid: 'ppid.banten', perMonth: 2, nikRegion: '3604', place: 'Provinsi Banten' },
  { desk: 'ppid.ri', ppid: 'ppid.ri', perMonth: 5, nikRegion: '3171', place: 'KPU RI' },
];

const FIRST = ['Agus', 'Dewi', 'Rizky', 'Nurul', 'Ahmad', 'Siti', 'Hendra', 'Fitri', 'Yusuf', 'Rina', 'Dimas'];
const FIRST_MORE = ['Lestari', 'Bayu', 'Indah', 'Fajar', 'Wulan', 'Eko', 'Ratna', 'Andi', 'Maya', 'Rudi', 'Tuti'];
const LAST = ['Setiawan', 'Rahmawati', 'Hidayat', 'Pratama', 'Kurniasih', 'Saputra', 'Wijaya', 'Nugroho'];
const LAST_MORE = ['Susanti', 'Firmansyah', 'Maulana', 'Permata', 'Gunawan', 'Handayani', 'Syahputra', 'Amalia'];
/** Organisations that ask again and again (a legal entity: deed and its ratification). */
const ORGANISATIONS = [
  'Perkumpulan Pemilu Bersih',
  'Lembaga Kajian Demokrasi Nusantara',
  'Ikatan Jurnalis Pemilu',
  'Pusat Studi Kepemiluan Universitas',
];
const OCCUPATIONS = ['Mahasiswa', 'Wartawan', 'Peneliti', 'Guru', 'Wiraswasta', 'Pegawai swasta', 'Advokat'];

/** What people ask an election commission for, and why (general public information). */
const TOPICS: Array<[string, string]> = [
  ['Salinan Keputusan tentang penetapan Daftar Pemilih Tetap', 'Bahan penelitian'],
  ['Rekapitulasi partisipasi pemilih per kecamatan', 'Penelitian skripsi'],
  ['Laporan realisasi anggaran semester I', 'Pengawasan anggaran oleh warga'],
  ['Daftar nama anggota PPK dan PPS beserta SK pengangkatannya', 'Pemantauan penyelenggara ad hoc'],
  ['Jadwal sosialisasi pendidikan pemilih', 'Informasi kegiatan kampus'],
  ['Data pemilih disabilitas per kecamatan', 'Advokasi aksesibilitas TPS'],
  ['Salinan perjanjian kerja sama dengan perguruan tinggi', 'Kajian kelembagaan'],
  ['Laporan pengelolaan barang milik negara', 'Bahan liputan'],
  ['Rencana kerja dan anggaran tahun berjalan', 'Pengawasan anggaran'],
  ['Salinan berita acara rapat pleno pemutakhiran data pemilih berkelanjutan', 'Kajian lembaga pemantau'],
];
/** ... and election information (PerKI 1/2019). */
const ELECTION_TOPICS: Array<[string, string, string]> = [
  ['Salinan Model D hasil rekapitulasi tingkat kecamatan', 'Rekapitulasi hasil penghitungan suara', 'Kajian hasil'],
  ['Daftar calon sementara dan tanggapan masyarakat', 'Pencalonan', 'Pemantauan pencalonan'],
  ['Jumlah TPS dan pemilih per desa', 'Pemungutan dan penghitungan suara', 'Pemantauan TPS'],
];

const CHANNELS: Array<[string, number]> = [
  ['in_person', 35],
  ['letter', 15],
  ['web', 25],
  ['email', 18],
  ['phone', 7],
];

export interface HistoryOptions {
  /** the first day of the history (default: 1 January of last year) */
  from?: string;
  /** no act of the history happens after this instant (default: 21 days before now) */
  until?: Date;
}

/**
 * Registers the history. Returns how many requests it registered. Runs once, on the first start with demo data,
 * before the few recent requests of seedDemoRequests (so the numbers follow the dates of receipt).
 */
export async function seedDemoHistory(app: INestApplicationContext, opts: HistoryOptions = {}): Promise<number> {
  const ds = app.get(DataSource);
  const clock = app.get(Clock);
  const requests = app.get(RequestsService);
  const tasks = app.get(TasksService);
  const objections = app.get(ObjectionsService);
  const now = DateTime.fromJSDate(clock.now()).setZone(ZONE);
  const from = DateTime.fromISO(opts.from ?? `${now.year - 1}-01-01`, { zone: ZONE });
  const until = DateTime.fromJSDate(opts.until ?? now.minus({ days: 21 }).toJSDate()).setZone(ZONE);

  // a deterministic random source: the same history on every first start
  let seed = 20250101;
  const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
  const weighted = <T>(xs: ReadonlyArray<[T, number]>) => {
    let r = rand() * xs.reduce((a, [, w]) => a + w, 0);
    for (const [x, w] of xs) if ((r -= w) <= 0) return x;
    return xs[xs.length - 1][0];
  };

  const holidays = new Set((await ds.getRepository(Holiday).find()).map((h) => String(h.date).slice(0, 10)));
  const working = (d: DateTime) => d.weekday <= 5 && !holidays.has(d.toISODate()!);
  /** the n-th working day after d (0: d itself if it is one, else the next), at the given local hour and minute */
  const workingDay = (d: DateTime, n: number, hour: number, minute: number) => {
    let day = d.startOf('day');
    while (!working(day)) day = day.plus({ days: 1 });
    for (let i = 0; i < n; i++) {
      day = day.plus({ days: 1 });
      while (!working(day)) day = day.plus({ days: 1 });
    }
    return day.set({ hour, minute });
  };

  const users = new Map<string, AuthUser>();
  const actor = async (username: string) => {
    if (!users.has(username))
      users.set(
        username,
        toAuthUser(
          await ds
            .getRepository(User)
            .findOneOrFail({ where: { username }, relations: { office: true, roleRows: true } }),
          '127.0.0.1',
        ),
      );
    return users.get(username)!;
  };

  /** one act at its time; acts are run in time order, whichever request they belong to */
  const acts: Array<{ at: DateTime; order: number; run: () => Promise<unknown> }> = [];
  const schedule = (at: DateTime, run: () => Promise<unknown>) => {
    if (at <= until) acts.push({ at, order: acts.length, run });
  };

  let serial = 0;
  let registered = 0;
  for (const plan of PLANS) {
    const desk = await actor(plan.desk);
    const ppid = await actor(plan.ppid);
    const liaison = plan.liaison ? await actor(plan.liaison.user) : null;
    const unit = plan.liaison
      ? await ds.getRepository(Unit).findOneByOrFail({ officeId: desk.officeId, code: plan.liaison.unit })
      : null;
    const atasan = plan.atasan ? await actor(plan.atasan) : null;
    const regulars: Array<{ id: number | null }> = [];
    const organisations = new Map<string, { id: number | null }>();

    for (let month = from.startOf('month'); month <= until; month = month.plus({ months: 1 })) {
      // busier in the academic and budget season (September to November), quieter around the year's turn
      const busy = month.month >= 9 && month.month <= 11 ? 1.4 : month.month === 1 || month.month === 12 ? 0.7 : 1;
      const count = Math.max(1, Math.round(plan.perMonth * busy * (0.75 + rand() * 0.5)));
      for (let i = 0; i < count; i++) {
        const received = workingDay(month.plus({ days: int(0, month.daysInMonth! - 1) }), 0, int(8, 14), int(0, 59));
        if (received.month !== month.month || received > until) continue;
        serial++;
        const state: { id: number | null; requesterId: number | null } = { id: null, requesterId: null };
        const election = rand() < 0.13;
        const topic = pick(TOPICS);
        const electionTopic = pick(ELECTION_TOPICS);
        const organisation = rand() < 0.1 ? pick(ORGANISATIONS) : null;
        const known = organisation ? organisations.get(organisation) : undefined;
        const returning = known ?? (!organisation && regulars.length > 3 && rand() < 0.15 ? pick(regulars) : null);
        const woman = rand() < 0.45;
        const born = DateTime.fromObject({ year: int(1965, 2004), month: int(1, 12), day: int(1, 28) });
        // built even for a returning requester: if its first request comes later in the month, this one registers it
        const requester: CreateRequesterDto = organisation
          ? ({
              type: 'entity',
              name: `${organisation} ${plan.place}`,
              address: `Jl. ${pick(['Veteran', 'Gatot Subroto', 'Hasanudin'])} No. ${int(1, 99)}, ${plan.place}`,
              deedNumber: `AHU-00${int(10000, 99999)}.AH.01.07.2019`,
              ratificationNumber: `AHU-00${int(10000, 99999)}.AH.01.07 Tahun 2019`,
              occupation: 'Lembaga swadaya masyarakat',
            } as unknown as CreateRequesterDto)
          : ({
              type: 'person',
              name: `${pick(woman ? FIRST_MORE : FIRST)} ${pick(woman ? LAST_MORE : LAST)}`,
              // region + district + date of birth (women: day + 40) + a serial from 5001 (the seed and drills use lower)
              nik: `${plan.nikRegion}${String(int(1, 28)).padStart(2, '0')}${String(born.day + (woman ? 40 : 0)).padStart(2, '0')}${born.toFormat('MMyy')}${String(5000 + serial).padStart(4, '0')}`,
              address: `Jl. ${pick(['Merdeka', 'Sudirman', 'Diponegoro', 'Pahlawan', 'Ahmad Yani'])} No. ${int(1, 99)}, ${plan.place}`,
              phone: `08${int(11, 59)}${String(int(0, 99_999_999)).padStart(8, '0')}`,
              occupation: pick(OCCUPATIONS),
            } as unknown as CreateRequesterDto);
        if (organisation && !known) organisations.set(organisation, { id: null });
        const channel = weighted(CHANNELS);
        const inPerson = channel === 'in_person';
        schedule(received.plus({ minutes: inPerson ? int(6, 14) : int(20, 90) }), async () => {
          const r = await requests.create(desk, {
            ...(returning?.id ? { requesterId: returning.id } : { requester }),
            channel,
            ...(election
              ? {
                  regime: 'election',
                  electionKind: 'pemilihan',
                  electionName: 'Pemilihan Serentak 2024',
                  electionStage: electionTopic[1],
                }
              : {}),
            informationRequested: election ? electionTopic[0] : `${topic[0]} ${plan.place}`,
            purpose: election ? electionTopic[2] : topic[1],
            obtainMethods: [pick(['softcopy', 'hardcopy', 'read'])],
            deliveryMethods: [pick(['pickup', 'post', 'courier'])],
            receivedAt: received.toUTC().toISO()!,
            ...(inPerson ? { step1StartedAt: received.toUTC().toISO()! } : {}),
          });
          state.id = r.id;
          state.requesterId = r.requesterId;
          registered++;
          if (organisation) organisations.get(organisation)!.id ??= r.requesterId;
          else if (!returning) regulars.push({ id: r.requesterId });
        });
        if (inPerson)
          schedule(received.plus({ minutes: 16 }), async () => {
            if (!state.id) return;
            await requests.recordStep(desk, state.id, 2, {
              startedAt: received
                .plus({ minutes: int(5, 7) })
                .toUTC()
                .toISO()!,
              endedAt: received
                .plus({ minutes: int(8, 15) })
                .toUTC()
                .toISO()!,
            });
          });

        // the answer: a liaison unit first where the office has one; mostly within the deadline
        if (rand() < 0.02) {
          schedule(workingDay(received, int(1, 3), 10, 0), async () => {
            if (state.id) await requests.withdraw(desk, state.id, { note: 'Pemohon mencabut permohonannya.' });
          });
          continue;
        }
        if (liaison && unit && rand() < 0.6) {
          schedule(workingDay(received, 1, 9, int(0, 50)), async () => {
            if (!state.id) return;
            await requests.assign(ppid, state.id, {
              assignments: [{ unitId: unit.id, instruction: 'Mohon siapkan informasi yang diminta.' }],
            });
          });
          schedule(workingDay(received, int(2, 4), 13, int(0, 50)), async () => {
            if (!state.id) return;
            const task = await ds
              .getRepository(RequestAssignment)
              .findOneBy({ requestId: state.id, unitId: unit.id, status: 'open' });
            if (task)
              await tasks.answer(liaison, task.id, { answer: 'Informasi tersedia di arsip unit; salinan terlampir.' });
          });
        }
        const general = !election;
        const extended = general && rand() < 0.1;
        const late = rand() < 0.07;
        // general: 10 working days (+7 extended); election (PerKI 1/2019): 3 (+2)
        const decideOn = extended
          ? int(9, 15)
          : late
            ? general
              ? int(11, 13)
              : int(4, 5)
            : general
              ? int(2, 9)
              : int(1, 3);
        if (extended)
          schedule(workingDay(received, 8, 15, 0), async () => {
            if (state.id)
              await requests.extend(ppid, state.id, {
                reason: 'Informasi yang diminta perlu dihimpun dari beberapa unit dan arsip fisik.',
              });
          });
        const outcome = weighted<string>([
          ['granted_full', 70],
          ['granted_partial', 12],
          ['refused', 9],
          ['not_held', 9],
        ]);
        const decidedAt = workingDay(received, decideOn, int(10, 15), int(0, 59));
        schedule(decidedAt, async () => {
          if (!state.id) return;
          await requests.decide(ppid, state.id, decision(outcome, plan.place));
        });
        schedule(decidedAt.plus({ hours: 1 }), async () => {
          if (state.id) await requests.deliver(desk, state.id, { via: 'pickup' });
        });
        schedule(workingDay(decidedAt, int(1, 3), 15, 30), async () => {
          if (state.id) await requests.close(desk, state.id, {});
        });
        if (outcome === 'refused' && atasan && rand() < 0.6) {
          // an objection to the refusal, decided by the Atasan PPID within its 30 working days
          const objection: { id: number | null } = { id: null };
          schedule(workingDay(decidedAt, int(3, 12), 10, 30), async () => {
            if (!state.id) return;
            objection.id = (
              await objections.create(desk, {
                requestId: state.id,
                grounds: ['a'],
                reasons: 'Pemohon menilai informasi yang diminta bukan informasi yang dikecualikan.',
              })
            ).id;
          });
          const accepted = rand() < 0.3;
          schedule(workingDay(decidedAt, int(15, 30), 14, 0), async () => {
            if (!objection.id) return;
            await objections.decide(atasan, objection.id, {
              decision: accepted ? 'accepted' : 'rejected',
              reason: accepted
                ? 'Uji konsekuensi tidak menunjukkan kerugian yang lebih besar daripada manfaat membuka informasi.'
                : 'Uji konsekuensi PPID sudah tepat: informasi memuat data pribadi yang dilindungi.',
              ...(accepted ? { instruction: 'PPID memberikan informasi dengan menghitamkan data pribadi.' } : {}),
            });
          });
        }
      }
    }
  }

  acts.sort((a, b) => a.at.toMillis() - b.at.toMillis() || a.order - b.order);
  let refused = 0;
  for (const act of acts) {
    try {
      await clock.at(act.at.toJSDate(), act.run);
    } catch (e) {
      // a rule the history did not foresee (a 4xx) skips that act and those that depend on it; anything else is a bug
      if (!(e instanceof HttpException) || e.getStatus() >= 500) throw e;
      refused++;
    }
  }
  if (refused) new Logger('Seed').warn(`Demo history: ${refused} acts refused by the rules and skipped`);
  return registered;
}

function decision(outcome: string, place: string) {
  const exemption = {
    refusalBasis: ['h'],
    consequenceTest:
      'Membuka informasi ini mengungkap data pribadi yang dilindungi; kepentingan publik terpenuhi oleh informasi lain yang sudah diumumkan.',
    refusalReason: 'Informasi memuat data pribadi yang dikecualikan menurut UU KIP Pasal 17 huruf h.',
  };
  switch (outcome) {
    case 'granted_partial':
      return {
        decision: outcome,
        ...exemption,
        redactions: 'NIK dan alamat rumah dihitamkan.',
        form: 'softcopy',
        materialProvided: `Salinan dokumen KPU ${place} dengan data pribadi dihitamkan`,
        cost: 0,
        deliveryPlan: 'Diambil langsung di meja layanan',
      };
    case 'refused':
      return { decision: outcome, ...exemption };
    case 'not_held':
      return { decision: outcome, holderBody: 'Badan Pengawas Pemilihan Umum (Bawaslu)' };
    default:
      return {
        decision: outcome,
        form: 'softcopy',
        materialProvided: `Salinan dokumen KPU ${place} yang diminta (PDF)`,
        cost: 0,
        deliveryPlan: 'Diambil langsung di meja layanan',
      };
  }
}
