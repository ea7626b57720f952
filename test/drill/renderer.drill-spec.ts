import { readdirSync, readFileSync } from 'node:fs';
import { PdfRenderer, requestReceiptHtml, type RequestReceiptData } from '@lentera/reports';
import { pdfText } from '../support/pdf';

/**
 * Renderer faults with the real renderer (reports/src) and the system Chromium: the browser SIGKILLed between and
 * during renders, and 1,000 renders of a real one-to-two-page document (the receipt) watched for zombies, leftover
 * processes and memory growth. Numbers are printed, not asserted (apart from a generous memory bound).
 */

const RENDERS = Number(process.env.RENDER_DRILL_COUNT ?? 1000);
const CONCURRENCY = 2; // this machine has 2 cores
const SAMPLE_EVERY = Math.max(10, Math.round(RENDERS / 10));
/** The last samples may be at most this much above the ones after warm-up. */
const MEMORY_BOUND = 1.5;
/** A render that neither succeeds nor fails within this is hung (a liveness bound, not a performance one). */
const HANG_MS = 60_000;

// A hang guard, not a speed bound (throughput is printed): on a quiet 2-core machine 1,000 renders take a few minutes,
// but a machine shared with other work can be several times slower.
jest.setTimeout(5 * 60_000 + RENDERS * 1_500);

/**
 * Marks every process this drill's Chromium starts: the browser inherits this process's environment, and so do the
 * crashpad handlers it starts, which leave its process group (they re-parent to init).
 */
const MARKER = `LENTERA_RENDER_DRILL=${process.pid}-${Date.now()}`;
process.env.LENTERA_RENDER_DRILL = MARKER.slice(MARKER.indexOf('=') + 1);

interface Proc {
  pid: number;
  comm: string;
  state: string;
  ppid: number;
  pgid: number;
  /** Start time in clock ticks since boot: tells a process from a later one with the same pid. */
  start: string;
}

function procStat(pid: number): Proc | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const close = stat.lastIndexOf(')');
    const f = stat.slice(close + 2).split(' ');
    return {
      pid,
      comm: stat.slice(stat.indexOf('(') + 1, close),
      state: f[0],
      ppid: Number(f[1]),
      pgid: Number(f[2]),
      start: f[19],
    };
  } catch {
    return null; // gone
  }
}

function allProcs(): Proc[] {
  return readdirSync('/proc')
    .filter((e) => /^\d+$/.test(e))
    .map((e) => procStat(Number(e)))
    .filter((p): p is Proc => !!p);
}

/** A process started by one of this drill's browsers, found by the inherited environment (Chromium's helpers only). */
function marked(pid: number): boolean {
  try {
    if (!readFileSync(`/proc/${pid}/cmdline`, 'latin1').includes('chrom')) return false; // not pdf-parse's Node child
    return readFileSync(`/proc/${pid}/environ`, 'latin1').split('\0').includes(MARKER);
  } catch {
    return false;
  }
}

/**
 * The Chromium processes of a renderer: the process groups of the browsers it launched (Chromium is started as a
 * group leader and its zygotes, renderers and utilities stay in the group, also after the leader dies; their /proc
 * environ is overwritten by process titles) plus the crashpad handlers, found by MARKER. Every process seen is
 * remembered (with its start time), so one that later turns into a zombie is found even outside the groups.
 */
class ChromiumWatch {
  private readonly groups = new Set<number>();
  private readonly seen = new Map<number, string>();

  constructor(private readonly renderer: PdfRenderer) {}

  /** Remembers the current browser's process group (call after renders); scans /proc when it is a new one. */
  note(): number | null {
    const pid = this.renderer.browser?.process()?.pid ?? null;
    if (pid && !this.groups.has(pid)) {
      this.groups.add(pid);
      this.scan();
    }
    return pid;
  }

  /** Live (not zombie) Chromium processes of this renderer, current browser or not. */
  live(): Proc[] {
    return this.scan().filter((p) => p.state !== 'Z');
  }

  /** The live processes of the browser now in use (its process group). */
  current(): Proc[] {
    const pid = this.renderer.browser?.process()?.pid;
    return pid ? this.live().filter((p) => p.pgid === pid) : [];
  }

  /** Live crashpad handlers (outside any group; one browser starts two). */
  crashpad(): Proc[] {
    return this.live().filter((p) => !this.groups.has(p.pgid));
  }

  /** One scan, split into the browser in use, crashpad handlers and the rest (retired browsers shutting down). */
  split(): { all: Proc[]; current: Proc[]; crashpad: Proc[] } {
    const all = this.live();
    const pid = this.renderer.browser?.process()?.pid;
    return { all, current: all.filter((p) => p.pgid === pid), crashpad: all.filter((p) => !this.groups.has(p.pgid)) };
  }

  /** Zombies among the processes ever seen, and zombie children of this process. */
  zombies(): Proc[] {
    return allProcs().filter(
      (p) => p.state === 'Z' && (p.ppid === process.pid || this.seen.get(p.pid) === p.start || this.groups.has(p.pgid)),
    );
  }

  private scan(): Proc[] {
    const found = allProcs().filter(
      (p) => p.pid !== process.pid && (this.groups.has(p.pgid) || this.seen.get(p.pid) === p.start || marked(p.pid)),
    );
    for (const p of found) this.seen.set(p.pid, p.start);
    return found;
  }
}

function rssKb(pid: number): number {
  try {
    const m = readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmRSS:\s+(\d+) kB/m);
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/** Resident memory of these processes, in MB (shared pages are counted in each: an upper bound). */
const rssMb = (procs: Proc[]) => mb(procs.reduce((sum, p) => sum + rssKb(p.pid), 0));

/** A page is open in the renderer's current browser: a render is in flight. */
const pageOpen = (r: PdfRenderer) => !!r.browser?.targets().some((t) => t.type() === 'page');

async function until(cond: () => boolean, ms = 10_000, what = 'condition'): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error(`${what} not met within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Settles like `p`, or rejects with "hung" after HANG_MS. */
async function withinLiveness<T>(p: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const hung = new Promise<never>(
    (_, reject) => (timer = setTimeout(() => reject(new Error(`render hung for ${HANG_MS} ms`)), HANG_MS)),
  );
  try {
    return await Promise.race([p, hung]);
  } finally {
    clearTimeout(timer);
  }
}

function receipt(n: number, extraRows = 0): RequestReceiptData {
  const number = `${String(n).padStart(3, '0')}/PPID/KPU-LBK/XII/2026`;
  return {
    office: {
      name: 'KPU Kabupaten Lebak',
      letterheadLine1: 'KOMISI PEMILIHAN UMUM',
      letterheadLine2: 'KABUPATEN LEBAK',
      address: 'Jl. Abdi Negara No. 8, Rangkasbitung',
      city: 'Lebak',
      postalCode: '42317',
      email: 'lebakkabkpu@gmail.com',
      website: 'https://kab-lebak.kpu.go.id',
    },
    timeZone: 'Asia/Jakarta',
    request: {
      number,
      receivedAt: new Date('2026-12-14T03:00:00Z'),
      receivedDate: '2026-12-14',
      channel: 'in_person',
      informationRequested:
        `Salinan Keputusan KPU Kabupaten Lebak tentang penetapan DPT Pemilu 2024 (permohonan ${n}), ` +
        'rekapitulasi per kecamatan dan berita acara rapat pleno terbuka.' +
        '\nRincian per desa'.repeat(extraRows),
      purpose: 'Bahan liputan tentang akurasi daftar pemilih',
      obtainMethods: ['read', 'softcopy'],
      deliveryMethods: ['email', 'pickup'],
    },
    trackingCode: 'K7QX-2M9P',
    requester: {
      type: 'person',
      name: 'Budi Santoso',
      nik: '************0004',
      address: 'Jl. Multatuli No. 5, Rangkasbitung',
      phone: '081234567890',
      occupation: 'Wartawan',
    },
    deadline: {
      start: '2026-12-14',
      startReason: 'received',
      days: 10,
      due: '2026-12-30',
      skipped: [
        { date: '2026-12-24', name: 'Cuti bersama Hari Raya Natal' },
        { date: '2026-12-25', name: 'Hari Raya Natal' },
      ],
    },
    number: `${String(n).padStart(3, '0')}/TBP/KPU-LBK/XII/2026`,
    dateText: '14 Desember 2026',
    verification: { code: 'ABCD-EFGH-JKMN', url: 'https://lentera.example.go.id/verifikasi/ABCD-EFGH-JKMN' },
    signers: [
      {
        role: 'Petugas Pelayanan Informasi',
        position: 'Pelaksana Desk Pelayanan Informasi',
        name: 'Siti Nurhaliza, A.Md.',
        nip: '199508172019032011',
      },
      { role: 'Pemohon Informasi', name: 'Budi Santoso', place: 'Lebak', date: '14 Desember 2026' },
    ],
  };
}

const isPdf = (b: Buffer) => b.subarray(0, 5).toString('latin1') === '%PDF-';
const mb = (kb: number) => Math.round(kb / 1024);

describe('renderer faults: Chromium killed, 1,000 renders', () => {
  it('relaunches after the browser is SIGKILLed; a render in flight settles (never hangs) and the next one succeeds', async () => {
    const r = new PdfRenderer();
    const watch = new ChromiumWatch(r);
    try {
      // killed between renders
      expect(isPdf(await r.render(await requestReceiptHtml(receipt(1))))).toBe(true);
      const first = watch.note()!;
      expect(procStat(first)?.ppid).toBe(process.pid);
      expect(watch.current().length).toBeGreaterThan(1);
      process.kill(first, 'SIGKILL');
      await until(() => r.browser === null, 10_000, 'the renderer noticing the kill');
      const after = await r.render(await requestReceiptHtml(receipt(2)));
      watch.note();
      expect(await pdfText(after)).toContain('002/PPID/KPU-LBK/XII/2026');
      expect(r.launchCount).toBe(2);
      // the killed browser's helpers (orphaned zygotes, renderers) are gone too
      await until(() => watch.live().every((p) => p.pgid !== first), 10_000, "the killed browser's helpers gone");
      // and its crashpad handlers (outside its group): only the new browser's two are left
      await until(() => watch.crashpad().length <= 2, 10_000, "the killed browser's crashpad handlers gone");

      // killed once while a long render is in flight: the render is retried once on a fresh browser
      const big = await requestReceiptHtml(receipt(3, 1_500));
      const second = r.browser!.process()!.pid!;
      const inFlight = r.render(big).then(
        (pdf) => ({ ok: true as const, pdf }),
        (err: unknown) => ({ ok: false as const, err }),
      );
      await until(() => pageOpen(r), 20_000, 'a page open for the render');
      process.kill(second, 'SIGKILL');
      const once = await withinLiveness(inFlight);
      watch.note();
      if (once.ok) expect(isPdf(once.pdf)).toBe(true);
      else expect(once.err).toBeInstanceOf(Error);
      console.log(
        `render in flight, browser killed once: ${once.ok ? 'retried on a new browser and succeeded' : `failed: ${(once.err as Error).message}`}`,
      );
      expect(r.launchCount).toBeGreaterThanOrEqual(3);

      // killed every time while the render is in flight (its retry too): it fails with an error, not a hang
      const killed = new Set<number>();
      let killing = true;
      const killer = (async () => {
        while (killing) {
          const main = watch.note();
          if (main && !killed.has(main) && pageOpen(r)) {
            killed.add(main);
            try {
              process.kill(main, 'SIGKILL');
            } catch {
              /* already gone */
            }
          }
          await new Promise((res) => setTimeout(res, 5));
        }
      })();
      const doomed = await withinLiveness(
        r.render(big).then(
          () => null,
          (err: unknown) => err,
        ),
      );
      killing = false;
      await killer;
      expect(doomed).toBeInstanceOf(Error);
      expect(killed.size).toBeGreaterThanOrEqual(2);
      console.log(
        `render in flight, every browser killed (${killed.size} kills): failed with "${(doomed as Error).message}"`,
      );

      const recovered = await r.render(await requestReceiptHtml(receipt(4)));
      watch.note();
      expect(await pdfText(recovered)).toContain('004/PPID/KPU-LBK/XII/2026');
    } finally {
      await r.close();
    }
    await until(() => watch.live().length === 0, 10_000, 'no Chromium process left');
    await until(() => watch.zombies().length === 0, 10_000, 'no zombie');
  });

  it(`renders ${RENDERS} documents without zombies or leftover processes, with flat memory`, async () => {
    const r = new PdfRenderer(); // production defaults: relaunched after 200 renders
    const watch = new ChromiumWatch(r);
    interface Sample {
      renders: number;
      nodeMb: number;
      /** The browser in use (its group) and the crashpad handlers. */
      chromiumMb: number;
      totalMb: number;
      processes: number;
      crashpad: number;
      /** Processes of browsers retired after 200 renders and still shutting down. */
      retiring: number;
      zombies: number;
    }
    const samples: Sample[] = [];
    const sample = (renders: number): Sample => {
      const { all, current, crashpad } = watch.split();
      const nodeMb = mb(process.memoryUsage().rss / 1024);
      const chromiumMb = rssMb([...current, ...crashpad]);
      const s: Sample = {
        renders,
        nodeMb,
        chromiumMb,
        totalMb: nodeMb + chromiumMb,
        processes: current.length,
        crashpad: crashpad.length,
        retiring: all.length - current.length - crashpad.length,
        zombies: watch.zombies().length,
      };
      samples.push(s);
      console.log(
        `renders ${String(renders).padStart(5)}  RSS node ${String(s.nodeMb).padStart(4)} MB + chromium ${String(s.chromiumMb).padStart(4)} MB = ${String(s.totalMb).padStart(4)} MB` +
          `  browser processes ${s.processes} + crashpad ${s.crashpad}, retiring ${s.retiring}, zombies ${s.zombies}`,
      );
      return s;
    };
    const templates = await Promise.all(Array.from({ length: 10 }, (_, i) => requestReceiptHtml(receipt(i + 1))));
    let firstPdf: Buffer | null = null;
    let lastPdf: Buffer | null = null;
    let done = 0;
    let failed = 0;
    const started = process.hrtime.bigint();
    try {
      let next = 0;
      const worker = async () => {
        for (;;) {
          const i = next++;
          if (i >= RENDERS) return;
          try {
            const pdf = await r.render(templates[i % templates.length]);
            watch.note();
            if (!isPdf(pdf)) throw new Error('not a PDF');
            if (i === 0) firstPdf = pdf;
            if (i === RENDERS - 1) lastPdf = pdf;
          } catch (err) {
            failed++;
            console.log(`render ${i} failed: ${(err as Error).message}`);
          }
          done++;
          if (done === 10 || done % SAMPLE_EVERY === 0) sample(done);
        }
      };
      await Promise.all(Array.from({ length: CONCURRENCY }, worker));
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      console.log(
        `${done} renders in ${seconds.toFixed(1)} s: ${(done / seconds).toFixed(2)} renders/s (concurrency ${CONCURRENCY}), ${r.launchCount} Chromium launches, ${failed} failed`,
      );

      // afterwards, before close(): the browsers retired after 200 renders are gone, and the one in use holds no
      // leftover browser context (each render closes its own; only the next document's prepared one waits) and has
      // no zombie
      await until(
        () => {
          const { all, current, crashpad } = watch.split();
          return all.length === current.length + crashpad.length && crashpad.length <= 2;
        },
        15_000,
        'retired browsers (and their crashpad handlers) shut down',
      );
      // a process caught between its exit and being reaped shows as a zombie for a moment; none may stay one: the
      // wait fails when one does (the idle sample after it may catch a new one in passing, as the run's samples did)
      const transient = samples.reduce((n, s) => n + s.zombies, 0);
      await until(() => watch.zombies().length === 0, 10_000, 'zombies reaped');
      const idle = sample(done);
      console.log(`zombies: ${transient} seen in passing at the samples, none left`);
      expect(idle.retiring).toBe(0);
      expect(idle.crashpad).toBeLessThanOrEqual(2);
      // the default context and, at most, the one prepared for the next document, with its one blank page
      expect(r.browser!.browserContexts().length).toBeLessThanOrEqual(2);
      const pages = r
        .browser!.targets()
        .filter((t) => t.type() === 'page' && t.browserContext() !== r.browser!.defaultBrowserContext());
      expect(pages.length).toBe(r.browser!.browserContexts().length - 1);
      for (const p of pages) expect(p.url()).toBe('about:blank');
    } finally {
      await r.close();
    }
    expect(failed).toBe(0);
    expect(await pdfText(firstPdf!)).toContain('001/PPID/KPU-LBK/XII/2026');
    expect(await pdfText(lastPdf!)).toContain(
      `${String(((RENDERS - 1) % 10) + 1).padStart(3, '0')}/PPID/KPU-LBK/XII/2026`,
    );
    expect(r.launchCount).toBe(Math.ceil(RENDERS / 200));

    // nothing left once the renderer is closed
    await until(() => watch.live().length === 0, 10_000, 'no Chromium process left after close()');
    await until(() => watch.zombies().length === 0, 10_000, 'no zombie after close()');

    // memory: the last two samples against the samples after warm-up (renders 200–400 of 1,000: one relaunch behind)
    const warm = samples.filter((s) => s.renders >= RENDERS * 0.2 && s.renders <= RENDERS * 0.4);
    const early = warm.length ? warm : samples.slice(0, 2);
    const last = samples.slice(-2);
    const middle = samples.reduce((best, s) =>
      Math.abs(s.renders - done / 2) < Math.abs(best.renders - done / 2) ? s : best,
    );
    const bound = (key: 'nodeMb' | 'chromiumMb' | 'totalMb') =>
      Math.round(MEMORY_BOUND * Math.max(...early.map((s) => s[key])));
    const show = (s: Sample) => `${s.nodeMb} + ${s.chromiumMb} = ${s.totalMb} MB (after ${s.renders})`;
    console.log(
      `memory, node + chromium RSS: start ${show(samples[0])}, middle ${show(middle)}, end ${show(samples[samples.length - 1])}`,
    );
    console.log(
      `bounds (×${MEMORY_BOUND} the highest of renders ${early[0].renders}–${early[early.length - 1].renders}): node ≤ ${bound('nodeMb')} MB, chromium ≤ ${bound('chromiumMb')} MB, total ≤ ${bound('totalMb')} MB`,
    );
    for (const s of last) {
      expect({
        renders: s.renders,
        node: s.nodeMb <= bound('nodeMb'),
        chromium: s.chromiumMb <= bound('chromiumMb'),
        total: s.totalMb <= bound('totalMb'),
      }).toEqual({
        renders: s.renders,
        node: true,
        chromium: true,
        total: true,
      });
    }
  });
});
