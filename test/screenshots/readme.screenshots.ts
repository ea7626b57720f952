/**
 * `npm run screenshots`: retakes the README's pictures (docs/screenshots/*.png) from the running console, started on
 * what the first `npm start` leaves (the demo offices, users and two years of history). Each picture is a screen as a
 * role opens it on a working day, at 1366 px (and the request list at 390 px, as on a phone).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD, launchBrowser, newPage, pagePost } from '../browser/browser';
import { startServer, type RunningServer } from '../browser/server';

jest.setTimeout(600_000);

const OUT = path.resolve(__dirname, '..', '..', 'docs', 'screenshots');

interface Shot {
  file: string;
  user: string;
  office: string;
  /** where to go and what to wait for */
  open: (page: Page) => Promise<void>;
  width?: number;
  /** the whole page, not only the first screen */
  full?: boolean;
}

/** Nothing marked busy, no spinner, no transition running (the console polls its notifications: no network idle). */
async function busyDone(page: Page) {
  await page.waitForFunction(
    () =>
      !document.querySelector('[aria-busy="true"], .MuiCircularProgress-root') &&
      document.getAnimations().every((a) => a.playState !== 'running'),
    null,
    { timeout: 30_000 },
  );
}

const SHOTS: Shot[] = [
  {
    file: 'home-ppid.png',
    user: 'ppid',
    office: 'KPU Kabupaten Lebak',
    open: async (page) => {
      await page.getByText('Menunggu Anda').first().waitFor();
      await page.getByTestId('metrics-card').waitFor();
    },
  },
  {
    file: 'request-list.png',
    user: 'desk',
    office: 'KPU Kabupaten Lebak',
    open: async (page) => {
      await page.goto('/#/requests');
      await page.locator('tbody tr').first().waitFor();
    },
  },
  {
    file: 'request-list-phone.png',
    user: 'desk',
    office: 'KPU Kabupaten Lebak',
    width: 390,
    open: async (page) => {
      await page.goto('/#/requests');
      await page.locator('.RaList-main').waitFor();
      await busyDone(page);
    },
  },
  {
    file: 'request-page.png',
    user: 'ppid',
    office: 'KPU Kabupaten Lebak',
    full: true,
    open: async (page) => {
      await page.goto('/#/requests');
      await page.locator('tbody tr').first().waitFor();
      await page.locator('tbody tr').first().click();
      await page.getByTestId('deadline-card').waitFor();
    },
  },
  {
    file: 'metrics-national.png',
    user: 'ppid.ri',
    office: 'KPU Republik Indonesia',
    full: true,
    open: async (page) => {
      await page.goto('/#/metrics');
      await page.getByRole('button', { name: '12 bulan' }).click();
      await page.locator('[data-testid="metrics-page"][aria-busy="false"]').waitFor();
      await page.getByTestId('comparison-table').waitFor();
    },
  },
  {
    file: 'annual-report-statistics.png',
    user: 'ppid',
    office: 'KPU Kabupaten Lebak',
    full: true,
    open: async (page) => {
      const report = (await pagePost<{ id: number }>(page, 'annual-reports', { year: new Date().getFullYear() - 1 }))
        .body;
      await page.goto(`/#/annual-reports/${report.id}/show`);
      await busyDone(page);
      const statistics = page.getByText(/Statistik/).first();
      await statistics.waitFor();
      await statistics.scrollIntoViewIfNeeded();
    },
  },
  {
    file: 'audit-log.png',
    user: 'atasan',
    office: 'KPU Kabupaten Lebak',
    open: async (page) => {
      await page.goto('/#/audit-logs');
      await page.locator('tbody tr').first().waitFor();
    },
  },
];

describe('README screenshots', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    fs.mkdirSync(OUT, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  for (const shot of SHOTS)
    it(`takes ${shot.file}`, async () => {
      const { context, page } = await newPage(browser, server.url);
      try {
        if (shot.width) await page.setViewportSize({ width: shot.width, height: 844 });
        await page.goto('/');
        await page.locator('input[name="username"]').fill(shot.user);
        await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
        await page.locator('button[type="submit"]').click();
        // signed in: the sign-in form is gone and the app bar names the office (on a phone, in the user menu)
        await page.locator('#root input[name="password"]').waitFor({ state: 'detached' });
        await page.locator('header').waitFor();
        if (!shot.width) await page.locator('header').getByText(shot.office).first().waitFor();
        await shot.open(page);
        await busyDone(page);
        // charts draw once their container has its size; fonts load once
        await page.evaluate(() => document.fonts.ready);
        await page.waitForFunction(
          () => [...document.querySelectorAll('.recharts-responsive-container')].every((c) => c.querySelector('svg')),
          null,
          { timeout: 15_000 },
        );
        const file = path.join(OUT, shot.file);
        await page.screenshot({ path: file, fullPage: Boolean(shot.full) });
        expect(fs.statSync(file).size).toBeGreaterThan(10_000);
      } finally {
        await context.close();
      }
    });
});
