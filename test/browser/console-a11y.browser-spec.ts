import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage, seriousViolations, signIn, snap } from './browser';
import { startServer, type RunningServer } from './server';

jest.setTimeout(180_000);

/**
 * No serious or critical accessibility violation (axe-core) on the console's key pages (issue 18.10): the sign-in page,
 * the home page, the request list, a request's page, the registration form and the service metrics.
 */
describe('the console has no serious accessibility violation on its key pages (axe-core)', () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function check(page: Page, name: string): Promise<string[]> {
    // the page as its user reads it, not a frame of its entrance: every finite CSS animation and transition finished
    // (under load the metrics page was once checked mid-fade, its text half transparent and reported as low contrast);
    // spinners run forever and are left out, and the pointer is moved off the page's buttons
    await page.mouse.move(0, 0);
    await page.waitForFunction(() =>
      document
        .getAnimations()
        .every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().endTime === Infinity),
    );
    const found = await seriousViolations(page);
    if (found.length) await snap(page, `a11y-${name}`);
    return found.map((v) => `${name}: ${v}`);
  }

  it('sign-in, home, request list, request page, registration form and metrics', async () => {
    const { context, page } = await newPage(browser, server.url);
    const problems: string[] = [];
    try {
      await page.goto('/');
      await page.locator('input[name="username"]').waitFor();
      problems.push(...(await check(page, 'sign-in')));

      await signIn(page, 'ppid');
      await page.getByText('Menunggu Anda').first().waitFor();
      problems.push(...(await check(page, 'home')));

      await page.goto(`${server.url}/#/requests`);
      await page.locator('tbody tr').first().waitFor();
      problems.push(...(await check(page, 'request-list')));

      await page.locator('tbody tr').first().click();
      await page.waitForURL(/#\/requests\/\d+\/show/);
      await page.getByTestId('timeline-card').waitFor();
      problems.push(...(await check(page, 'request-page')));

      await page.goto(`${server.url}/#/metrics`);
      await page.locator('.recharts-surface').first().waitFor();
      problems.push(...(await check(page, 'metrics')));
    } finally {
      await context.close();
    }
    const desk = await newPage(browser, server.url);
    try {
      await signIn(desk.page, 'desk');
      await desk.page.goto(`${server.url}/#/requests/create`);
      await desk.page.locator('textarea[name="informationRequested"], input[name="informationRequested"]').waitFor();
      problems.push(...(await check(desk.page, 'registration-form')));
    } finally {
      await desk.context.close();
    }
    expect(problems).toEqual([]);
  });
});
