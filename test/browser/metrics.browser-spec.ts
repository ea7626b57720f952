import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD, launchBrowser, newPage, pageApi, pageSession, signIn, snap, dateValue } from './browser';
import { startServer, type RunningServer } from './server';

jest.setTimeout(90_000);

const percent = (rate: number | null) =>
  rate === null ? '—' : new Intl.NumberFormat('id-ID', { style: 'percent', maximumFractionDigits: 1 }).format(rate);
const days = (value: number | null) =>
  value === null ? '—' : `${new Intl.NumberFormat('id-ID', { maximumFractionDigits: 1 }).format(value)} hari kerja`;

/** GET an API path as the signed-in page's user (the console keeps its token in memory: see pageApi). */
const api = pageApi;

/** The metrics page once every figure it asked for has arrived. */
async function settled(page: Page): Promise<void> {
  await page.locator('[data-testid="metrics-page"][aria-busy="false"]').waitFor();
  await page.getByTestId('kpi-tiles').waitFor();
}

interface Figures {
  received: { total: number };
  decided: { total: number };
  timeliness: {
    withinDeadline: number;
    withinExtension: number;
    late: number;
    onTimeRate: number | null;
    medianDays: number | null;
    p90Days: number | null;
  };
  queue: { open: number; overdue: number };
}

interface SummaryAnswer extends Figures {
  office: { id: number; name: string };
  byRegime: { general?: Figures; election?: Figures };
}

/** The tiles show what GET /api/metrics/summary answers for the range in the date inputs (and the regime chosen). */
async function expectTilesMatchApi(
  page: Page,
  officeId: number,
  regime?: 'general' | 'election',
): Promise<SummaryAnswer> {
  await settled(page);
  const from = await dateValue(page, 'from');
  const to = await dateValue(page, 'to');
  const summary = await api<SummaryAnswer>(
    page,
    `metrics/summary?officeId=${officeId}&from=${from}&to=${to}${regime ? `&regime=${regime}` : ''}`,
  );
  const tile = async (id: string) => (await page.getByTestId(`kpi-${id}-value`).innerText()).trim();
  expect({
    received: await tile('received'),
    decided: await tile('decided'),
    onTime: await tile('on-time'),
    median: await tile('median'),
    p90: await tile('p90'),
    open: await tile('open'),
    overdue: await tile('overdue'),
  }).toEqual({
    received: String(summary.received.total),
    decided: String(summary.decided.total),
    onTime: percent(summary.timeliness.onTimeRate),
    median: days(summary.timeliness.medianDays),
    p90: days(summary.timeliness.p90Days),
    open: String(summary.queue.open),
    overdue: String(summary.queue.overdue),
  });
  return summary;
}

describe('service dashboards (built console in Chromium)', () => {
  let server: RunningServer;
  let browser: Browser;

  /** Election information at Lebak through the API (PerKI 1/2019: 3 working days): one late, one on time, one open. */
  async function registerElectionRequests() {
    const login = async (username: string) => {
      const res = await fetch(`${server.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password: DEMO_PASSWORD }),
      });
      if (!res.ok) throw new Error(`login ${username}: ${res.status}`);
      return `Bearer ${((await res.json()) as { accessToken: string }).accessToken}`;
    };
    const [desk, ppid] = [await login('desk'), await login('ppid')];
    const post = async (auth: string, path: string, body: unknown) => {
      const res = await fetch(`${server.url}/api/${path}`, {
        method: 'POST',
        headers: { authorization: auth, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
      return (await res.json()) as { id: number };
    };
    const register = (daysAgo: number, informationRequested: string) =>
      post(desk, 'requests', {
        requester: {
          type: 'person',
          name: 'Rina Marlina',
          nik: '3602014408900001',
          address: 'Jl. Pahlawan No. 7, Rangkasbitung',
          phone: '081211112222',
        },
        channel: 'web',
        informationRequested,
        purpose: 'Pemantauan pemilu',
        obtainMethods: ['softcopy'],
        deliveryMethods: ['email'],
        regime: 'election',
        electionKind: 'pemilu',
        electionName: 'Pemilu 2029',
        receivedAt: new Date(Date.now() - daysAgo * 86_400_000).toISOString(),
      });
    const granted = { decision: 'granted_full', form: 'softcopy', materialProvided: 'Salinan (PDF)' };
    const late = await register(9, 'Salinan daftar calon tetap anggota DPRD Kabupaten Lebak');
    await post(ppid, `requests/${late.id}/decide`, granted);
    const onTime = await register(0, 'Jadwal rekapitulasi tingkat kecamatan');
    await post(ppid, `requests/${onTime.id}/decide`, granted);
    await register(1, 'Daftar lokasi TPS di Kecamatan Cibadak');
  }

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    await registerElectionRequests();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function as<T>(username: string, officeName: string, work: (page: Page) => Promise<T>): Promise<T> {
    const { context, page } = await newPage(browser, server.url);
    try {
      if (officeName === 'KPU Kabupaten Lebak') await signIn(page, username);
      else {
        // browser.ts's signIn waits for Lebak in the app bar; a province user sees their own office there.
        await page.goto('/');
        await page.locator('input[name="username"]').fill(username);
        await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
        await page.locator('button[type="submit"]').click();
        await page.locator('header').getByText(officeName).waitFor();
      }
      return await work(page);
    } catch (error) {
      await snap(page, `failure-metrics-${username}`);
      throw error;
    } finally {
      await context.close();
    }
  }

  it('shows the PPID the figures the API gives for the same range, with charts, on the page and on the home card', async () => {
    await as('ppid', 'KPU Kabupaten Lebak', async (page) => {
      const officeId = (await pageSession(page)).user.office.id;

      // The home card: four figures of the last 30 days (the API's default range).
      const card = page.getByTestId('metrics-card');
      await card.waitFor();
      const last30 = await api<SummaryAnswer>(page, 'metrics/summary');
      await card
        .getByTestId('metrics-card-received')
        .getByText(String(last30.received.total), { exact: true })
        .waitFor();
      await card.getByTestId('metrics-card-overdue').getByText(String(last30.queue.overdue), { exact: true }).waitFor();
      await snap(page, 'metrics-home-card');

      await page.locator('.RaSidebar-fixed').getByRole('menuitem', { name: 'Kinerja layanan' }).click();
      const summary = await expectTilesMatchApi(page, officeId);
      expect(summary.received.total).toBeGreaterThan(0); // the demo seed registered requests in the last 30 days
      await page
        .getByTestId('metrics-scope')
        .getByText(/^KPU Kabupaten Lebak · /)
        .waitFor();
      expect(await page.getByTestId('metrics-daily').locator('.recharts-surface').count()).toBeGreaterThanOrEqual(1);
      await page.getByTestId('metrics-daily').getByText('Tren harian', { exact: true }).waitFor(); // 30 days: by day
      expect(
        await page.getByTestId('metrics-monthly').locator('.recharts-bar-rectangle').count(),
      ).toBeGreaterThanOrEqual(1); // the seed's decisions
      // A regency: no office picker and no comparison.
      expect(await page.getByTestId('office-picker').count()).toBe(0);
      expect(await page.getByTestId('metrics-comparison').count()).toBe(0);
      await snap(page, 'metrics-ppid');

      // Another preset asks again, for its own range.
      await page.getByRole('button', { name: '12 bulan' }).click();
      await page.locator('button[aria-pressed="true"]', { hasText: '12 bulan' }).waitFor();
      expect(await dateValue(page, 'from')).toMatch(/^\d{4}-\d{2}-01$/);
      await expectTilesMatchApi(page, officeId);
      // A year is drawn week by week: the trend says so, and its area has one step per week, not ~365 days
      await page.getByTestId('metrics-daily').getByText('Tren mingguan', { exact: true }).waitFor();
      await page
        .getByTestId('metrics-daily')
        .getByText(/ditampilkan per minggu/)
        .waitFor();
      const from = await dateValue(page, 'from');
      const to = await dateValue(page, 'to');
      const trend = await api<{ grouping: string; days: unknown[] }>(
        page,
        `metrics/daily?officeId=${officeId}&from=${from}&to=${to}`,
      );
      expect(trend.grouping).toBe('week');
      const days = (Date.parse(to) - Date.parse(from)) / 86_400_000 + 1;
      expect(days).toBeGreaterThan(300);
      expect(trend.days.length).toBeGreaterThanOrEqual(Math.floor(days / 7));
      expect(trend.days.length).toBeLessThanOrEqual(Math.ceil(days / 7) + 1);
    });
  });

  it('shows general and election information side by side, and one regime at a time, as the API counts them', async () => {
    await as('ppid', 'KPU Kabupaten Lebak', async (page) => {
      const officeId = (await pageSession(page)).user.office.id;
      // The home card: each regime's line, from the same 30-day answer.
      const last30 = await api<SummaryAnswer>(page, 'metrics/summary');
      expect(last30.byRegime.election).toMatchObject({
        received: { total: 3 },
        decided: { total: 2 },
        timeliness: { withinDeadline: 1, late: 1, onTimeRate: 0.5 },
      });
      await page
        .getByTestId('metrics-card-election')
        .getByText('3 diterima · tepat waktu 50% · 0 lewat batas')
        .waitFor();
      await page
        .getByTestId('metrics-card-general')
        .filter({ hasText: `Informasi publik (umum): ${last30.byRegime.general!.received.total} diterima · ` })
        .waitFor();
      // The queue counters: of the open requests, the election ones (one, registered yesterday).
      await page.getByTestId('queue-open-election').getByText('1', { exact: true }).waitFor();
      await snap(page, 'metrics-home-regimes');
      await page.setViewportSize({ width: 390, height: 844 });
      // on a phone the page does not scroll sideways: wide tables scroll inside their cards
      // (the charts take their new width once their ResizeObserver has run)
      await page.waitForFunction(() => document.documentElement.scrollWidth <= 390, null, { timeout: 5000 });
      await snap(page, 'metrics-home-regimes-390');
      await page.setViewportSize({ width: 1366, height: 900 });

      await page.goto('/#/metrics');
      const summary = await expectTilesMatchApi(page, officeId);
      const table = page.getByTestId('regime-table');
      const cell = async (row: string, column: string) =>
        (await table.getByTestId(`regime-${row}-${column}`).innerText()).trim();
      for (const regime of ['general', 'election'] as const) {
        const f = summary.byRegime[regime]!;
        expect({
          received: await cell('received', regime),
          within: await cell('within_deadline', regime),
          late: await cell('late', regime),
          onTime: await cell('on_time', regime),
          overdue: await cell('overdue', regime),
        }).toEqual({
          received: String(f.received.total),
          within: String(f.timeliness.withinDeadline),
          late: String(f.timeliness.late),
          onTime: percent(f.timeliness.onTimeRate),
          overdue: String(f.queue.overdue),
        });
      }
      expect(await cell('received', 'total')).toBe(String(summary.received.total));
      await page
        .getByTestId('regime-rules')
        .getByText(/Informasi umum 10 hari kerja \+ 7 perpanjangan/)
        .waitFor();
      await page
        .getByTestId('regime-rules')
        .getByText(/Pemilu dan Pemilihan 3 hari kerja \+ 2 perpanjangan/)
        .waitFor();
      await snap(page, 'metrics-regimes');
      await page.setViewportSize({ width: 390, height: 844 });
      // on a phone the page does not scroll sideways: wide tables scroll inside their cards
      // (the charts take their new width once their ResizeObserver has run)
      await page.waitForFunction(() => document.documentElement.scrollWidth <= 390, null, { timeout: 5000 });
      await snap(page, 'metrics-regimes-390');
      await page.setViewportSize({ width: 1366, height: 900 });

      // One regime: every figure is that regime's; the side-by-side table gives way to the regime's name.
      await page.getByTestId('regime-switch').getByRole('button', { name: 'Pemilu dan Pemilihan' }).click();
      await page.getByTestId('metrics-regime').getByText('Hanya Informasi Pemilu dan Pemilihan').waitFor();
      const election = await expectTilesMatchApi(page, officeId, 'election');
      expect(election.received.total).toBe(summary.byRegime.election!.received.total);
      expect(await page.getByTestId('regime-table').count()).toBe(0);
      await snap(page, 'metrics-election');
      await page.getByTestId('regime-switch').getByRole('button', { name: 'Semua' }).click();
      await page.getByTestId('regime-table').waitFor();
    });
  });

  it('compares the offices of a province and drills down into one of them', async () => {
    await as('ppid.banten', 'KPU Provinsi Banten', async (page) => {
      await page.goto('/#/metrics');
      await settled(page);
      const table = page.getByTestId('comparison-table');
      const lebak = table.getByRole('row').filter({ hasText: 'KPU Kabupaten Lebak' });
      await lebak.waitFor();
      await table.getByRole('row').filter({ hasText: 'KPU Kota Serang' }).waitFor();
      expect(await page.getByTestId('metrics-comparison').locator('.recharts-surface').count()).toBeGreaterThanOrEqual(
        1,
      );

      // The province rolls up its offices: its tiles equal the API's answer for itself.
      const own = (await pageSession(page)).user.office.id;
      const province = await expectTilesMatchApi(page, own);
      const from = await dateValue(page, 'from');
      const to = await dateValue(page, 'to');
      const cmp = await api<{ children: Array<SummaryAnswer & { office: { id: number; code: string } }> }>(
        page,
        `metrics/offices?officeId=${own}&from=${from}&to=${to}`,
      );
      const lebakFigures = cmp.children.find((c) => c.office.code === 'KPU-LBK')!;
      expect((await lebak.getByRole('cell').nth(1).innerText()).trim()).toBe(String(lebakFigures.received.total));
      expect(cmp.children.reduce((n, c) => n + c.received.total, 0)).toBeLessThanOrEqual(province.received.total);
      // each regime's on-time rate beside the total's
      const headers = await table.getByRole('columnheader').allInnerTexts();
      expect(headers.map((h) => h.trim())).toEqual(
        expect.arrayContaining(['Tepat waktu: umum', 'Tepat waktu: Pemilu dan Pemilihan']),
      );
      await snap(page, 'metrics-province');
      await page.setViewportSize({ width: 390, height: 844 });
      // on a phone the page does not scroll sideways: wide tables scroll inside their cards
      // (the charts take their new width once their ResizeObserver has run)
      await page.waitForFunction(() => document.documentElement.scrollWidth <= 390, null, { timeout: 5000 });
      await snap(page, 'metrics-province-390');
      await page.setViewportSize({ width: 1366, height: 900 });

      // Drill down: the picker now holds Lebak, the figures are Lebak's, and a regency has nothing to compare.
      await lebak.getByRole('button', { name: 'KPU Kabupaten Lebak' }).click();
      await page
        .getByTestId('metrics-scope')
        .getByText(/^KPU Kabupaten Lebak · /)
        .waitFor();
      expect(await page.getByTestId('office-picker').inputValue()).toBe(String(lebakFigures.office.id));
      await page.getByRole('combobox', { name: 'Satker' }).getByText('KPU Kabupaten Lebak').waitFor();
      await expectTilesMatchApi(page, lebakFigures.office.id);
      await page.getByTestId('metrics-comparison').waitFor({ state: 'detached' });
    });
  });
});
