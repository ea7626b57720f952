import * as fs from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';

export const DEMO_PASSWORD = 'lentera-demo-2026';

const CANDIDATES = [
  process.env.CHROMIUM_PATH,
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
].filter(Boolean) as string[];

/** The system Chromium (never a downloaded one), headless, with the flags these machines need. */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = CANDIDATES.find((p) => fs.existsSync(p));
  if (!executablePath)
    throw new Error(
      `No Chromium found (tried ${CANDIDATES.join(', ')}); install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.`,
    );
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** A fresh context (its own cookies: its own session) in Indonesian, at a desktop size. */
export async function newPage(
  browser: Browser,
  baseURL: string,
  /** the computer's clock: Jakarta's (the demo office's) unless a test sets another */
  { timezoneId = 'Asia/Jakarta' }: { timezoneId?: string } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL,
    locale: 'id-ID',
    timezoneId,
    viewport: { width: 1366, height: 900 },
  });
  const page = await context.newPage();
  return { context, page };
}

/** Signs in through the login page and waits for the shell (the office name in the app bar). */
export async function signIn(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await signInAt(page, username, 'KPU Kabupaten Lebak', password);
}

/** Signs in a user of another office (a province, KPU RI) and waits for that office's name in the app bar. */
export async function signInAt(page: Page, username: string, officeName: string, password = DEMO_PASSWORD) {
  await page.goto('/');
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('button[type="submit"]').click();
  await page.locator('header').getByText(officeName).waitFor();
}

/**
 * Runs `work` in a fresh context signed in as `username` of `officeName`, screenshots a failure (LENTERA_SCREENSHOTS)
 * and closes the context whatever happens.
 */
export async function asUserAt<T>(
  browser: Browser,
  baseURL: string,
  username: string,
  officeName: string,
  work: (page: Page) => Promise<T>,
): Promise<T> {
  const { context, page } = await newPage(browser, baseURL);
  try {
    await signInAt(page, username, officeName);
    return await work(page);
  } catch (error) {
    await snap(page, `failure-${username}`);
    throw error;
  } finally {
    await context.close();
  }
}

/** Saves a screenshot under /tmp when LENTERA_SCREENSHOTS is set (handy while developing). */
export async function snap(page: Page, name: string): Promise<void> {
  if (!process.env.LENTERA_SCREENSHOTS) return;
  await page.screenshot({ path: `/tmp/lentera-${name}.png`, fullPage: true });
}

export interface PageSession {
  accessToken: string;
  user: { id: number; username: string; office: { id: number; name: string }; roles: string[]; permissions: string[] };
}

/**
 * The signed-in page's session, as the console itself gets it: the console keeps its access token in memory only
 * (the refresh token is an httpOnly cookie), so a test asks the server, inside the page, for an access token of the
 * same session (POST /api/auth/refresh with the page's cookie, under the console's own refresh lock).
 */
export async function pageSession(page: Page): Promise<PageSession> {
  return page.evaluate(async () => {
    const run = async () => {
      const response = await fetch('/api/auth/refresh', {
        method: 'POST',
        headers: { 'X-Requested-With': 'XMLHttpRequest', Accept: 'application/json' },
        credentials: 'same-origin',
      });
      if (!response.ok) throw new Error(`POST /api/auth/refresh: HTTP ${response.status} (is the page signed in?)`);
      return response.json();
    };
    return navigator.locks ? navigator.locks.request('lentera-token-refresh', run) : run();
  });
}

/** The number of rows a list matches (its Content-Range total), as the signed-in page's user. */
export async function pageListTotal(page: Page, resource: string, filter: object = {}): Promise<number> {
  const { accessToken } = await pageSession(page);
  return page.evaluate(
    async ({ r, f, token }) => {
      const query = `filter=${encodeURIComponent(JSON.stringify(f))}&range=${encodeURIComponent('[0,0]')}`;
      const response = await fetch(`/api/${r}?${query}`, {
        headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
      });
      if (!response.ok) throw new Error(`${r}: HTTP ${response.status}`);
      return Number(/\/(\d+)$/.exec(response.headers.get('Content-Range') ?? '')?.[1]);
    },
    { r: resource, f: filter, token: accessToken },
  );
}

/** GET an API path as the signed-in page's user (see pageSession). */
export async function pageApi<T>(page: Page, path: string): Promise<T> {
  const { accessToken } = await pageSession(page);
  return page.evaluate(
    async ({ p, token }) => {
      const response = await fetch(`/api/${p.replace(/^\//, '')}`, {
        headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
      });
      if (!response.ok) throw new Error(`${p}: HTTP ${response.status}`);
      return response.json();
    },
    { p: path, token: accessToken },
  );
}

/** POST a JSON body to an API path as the signed-in page's user: the answer's status and body. */
export async function pagePost<T>(page: Page, path: string, body: unknown): Promise<{ status: number; body: T }> {
  const { accessToken } = await pageSession(page);
  return page.evaluate(
    async ({ p, body, token }) => {
      const response = await fetch(`/api/${p.replace(/^\//, '')}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify(body),
      });
      return { status: response.status, body: await response.json() };
    },
    { p: path, body, token: accessToken },
  );
}

const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/** axe-core run inside the page (evaluated, so the page's own policy allowing no inline script is kept). */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (o: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run({ resultTypes: ['violations'] })).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
}

/**
 * Types a date ('YYYY-MM-DD') into the console's dd/mm/yyyy picker whose hidden input is `input[name=…]`, as a clerk
 * types it: every section selected and cleared, then day, month and year (each full section moves to the next).
 */
export async function fillDate(scope: Page | Locator, name: string, iso: string): Promise<void> {
  const page = 'page' in scope ? scope.page() : scope;
  const field = scope.locator('.MuiPickersInputBase-root').filter({ has: page.locator(`input[name="${name}"]`) });
  await field.getByRole('spinbutton').first().click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Backspace');
  const [y, m, d] = iso.slice(0, 10).split('-');
  await page.keyboard.type(`${d}${m}${y}${iso.length > 10 ? iso.slice(11, 16).replace(':', '') : ''}`);
  await field.locator(`input[name="${name}"]`).waitFor({ state: 'attached' });
  await page.waitForFunction(
    ({ n, shown }) => (document.querySelector(`input[name="${n}"]`) as HTMLInputElement | null)?.value === shown,
    { n: name, shown: `${d}/${m}/${y}${iso.length > 10 ? ` ${iso.slice(11, 16)}` : ''}` },
  );
}

/** The date a dd/mm/yyyy picker shows, as 'YYYY-MM-DD' ('' when empty). */
export async function dateValue(scope: Page | Locator, name: string): Promise<string> {
  const shown = await scope.locator(`input[name="${name}"]`).inputValue();
  const match = /^(\d{2})\/(\d{2})\/(\d{4})/.exec(shown);
  return match ? `${match[3]}-${match[2]}-${match[1]}` : '';
}

/**
 * Runs `work` in a fresh context signed in as `username`, closed afterwards; on a failure, a screenshot named
 * `failure-<tag>-<username>` (with LENTERA_SCREENSHOTS).
 */
export async function asUser(
  browser: Browser,
  baseURL: string,
  username: string,
  tag: string,
  work: (page: Page) => Promise<void>,
): Promise<void> {
  const { context, page } = await newPage(browser, baseURL);
  try {
    await signIn(page, username);
    await work(page);
  } catch (error) {
    await snap(page, `failure-${tag}-${username}`);
    throw error;
  } finally {
    await context.close();
  }
}

/** How far the page scrolls sideways (0: not at all), and the innermost elements that stick out. */
export const sideways = (page: Page) =>
  page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    const over = Math.max(root.scrollWidth, document.body.scrollWidth) - window.innerWidth;
    const culprits: string[] = [];
    if (over > 0) {
      for (const el of Array.from(document.body.querySelectorAll('*'))) {
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.right <= window.innerWidth + 1) continue;
        // innermost only: none of its children sticks out too
        if (Array.from(el.children).some((c) => c.getBoundingClientRect().right > window.innerWidth + 1)) continue;
        const id = el.getAttribute('data-testid');
        culprits.push(`${el.tagName.toLowerCase()}${id ? `[${id}]` : ''}.${String(el.className).split(' ')[0]}`);
        if (culprits.length >= 4) break;
      }
    }
    return { over, culprits };
  });
