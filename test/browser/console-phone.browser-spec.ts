import * as fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { asUser, dateValue, fillDate, launchBrowser, newPage, sideways, signIn, snap } from './browser';
import { startServer, type RunningServer } from './server';

jest.setTimeout(600_000);

const SHOTS = process.env.LENTERA_SCREENSHOTS ? '/tmp/lentera-phone' : null;

/**
 * Waits until the page has settled: something shown, nothing loading, no transition running, and the page's width and height the same
 * over several animation frames. Layout is measured only then, never right after a load.
 */
/** What shows something is still loading (a clock's determinate bar is not). */
const BUSY = '.MuiLinearProgress-indeterminate, .MuiCircularProgress-indeterminate, .MuiSkeleton-root';

async function settled(page: Page) {
  await page
    .waitForFunction(
      (busyNow) => {
        const w = window as unknown as { __lenteraLast?: string; __lenteraSame?: number };
        const busy =
          // a lazily loaded page shows nothing at first
          !document.querySelector('#main-content')?.textContent?.trim() ||
          document.querySelector(busyNow) !== null ||
          document.getAnimations().some((a) => a.playState === 'running');
        const root = document.documentElement;
        const size = `${root.scrollWidth}x${root.scrollHeight}x${document.body.scrollWidth}`;
        w.__lenteraSame = !busy && size === w.__lenteraLast ? (w.__lenteraSame ?? 0) + 1 : 0;
        w.__lenteraLast = size;
        return w.__lenteraSame >= 5;
      },
      BUSY,
      { polling: 'raf', timeout: 20_000 },
    )
    .catch(async (error: Error) => {
      const busy = await page.evaluate(
        (busyNow) => [
          window.location.hash,
          ...Array.from(document.querySelectorAll(busyNow)).map((e) => e.className),
          ...document
            .getAnimations()
            .filter((a) => a.playState === 'running')
            .map(
              (a) =>
                `${(a as CSSAnimation).animationName ?? 'transition'} on ${String((a.effect as KeyframeEffect)?.target?.className)}`,
            ),
        ],
        BUSY,
      );
      throw new Error(`${error.message}: still busy: ${busy.join(', ')}`);
    });
}

/** Native date fields: the console uses its own dd/mm/yyyy pickers everywhere. */
const nativeDateInputs = (page: Page) =>
  page.locator('input[type="date"], input[type="datetime-local"], input[type="month"]').count();

interface Screen {
  /** the menu's path, e.g. "#/requests" */
  path: string;
  /** a react-admin list (cards on a phone, a table on a desktop) rather than a page of its own */
  list: boolean;
}

/** The screens of the user's menu, as the sidebar offers them (desktop width: the sidebar is open). */
async function menuScreens(page: Page): Promise<Screen[]> {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/#/');
  await page.locator('.RaMenuItemLink-root').first().waitFor();
  const hrefs = await page
    .locator('.RaMenuItemLink-root')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  const paths = [...new Set(hrefs.filter((h) => h.startsWith('#/') && h !== '#/'))];
  const screens: Screen[] = [];
  for (const path of paths) {
    await go(page, path);
    screens.push({ path, list: (await page.locator('.RaList-main').count()) > 0 });
  }
  return screens;
}

/** Goes to a screen of the console (within the page: no reload) and waits until it has settled. */
async function go(page: Page, path: string) {
  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, path);
  // a list may add its sort and filters to the address
  await page.waitForFunction((hash) => window.location.hash.split('?')[0] === hash, path);
  await page.locator('#main-content').waitFor();
  await settled(page);
}

/**
 * Issue 18.4: on a phone (390 px) every list of the console is a list of cards and no screen scrolls sideways; on a
 * desktop (1280 px) the lists are tables. Each role's own menu is walked, and every list's first record is opened.
 */
describe('the console on a phone', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    if (SHOTS) fs.mkdirSync(SHOTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  for (const username of ['ppid', 'desk', 'atasan', 'penghubung']) {
    it(`${username}: lists are cards at 390 px and tables at 1280 px, and nothing scrolls sideways`, async () => {
      const { context, page } = await newPage(browser, server.url);
      const problems: string[] = [];
      const look = async (name: string, width: number) => {
        const { over, culprits } = await sideways(page);
        if (over > 0) problems.push(`${name} at ${width} px: ${over} px sideways (${culprits.join(', ')})`);
        if (width < 600) {
          // on a phone a button may show its icon only, but never without a name (react-admin: tooltip + aria-label)
          const unnamed = await page.evaluate(() =>
            Array.from(document.querySelectorAll('#main-content button, #main-content [role="button"]'))
              .filter((b) => (b as HTMLElement).offsetParent !== null)
              .filter((b) => !(b.getAttribute('aria-label') || b.textContent?.trim() || b.getAttribute('title')))
              .map((b) => b.outerHTML.slice(0, 80)),
          );
          if (unnamed.length) problems.push(`${name} at ${width} px: buttons without a name: ${unnamed.join(' | ')}`);
          // the language switch and the bell leave the page title its room
          const title = await page.evaluate(() => document.querySelector('#react-admin-title')?.clientWidth ?? 0);
          if (title < 120) problems.push(`${name} at ${width} px: the page title squeezed to ${title} px`);
        }
        const native = await nativeDateInputs(page);
        if (native > 0) problems.push(`${name} at ${width} px: ${native} native date inputs`);
        if (SHOTS && width < 600)
          await page.screenshot({
            path: `${SHOTS}/${username}-${name.replace(/[^a-z0-9]+/gi, '_')}.png`,
            fullPage: true,
          });
      };
      try {
        await signIn(page, username);
        const screens = await menuScreens(page);
        expect(screens.filter((s) => s.list).length).toBeGreaterThan(0);
        // a desktop: lists are tables
        const rows = new Map<string, number>();
        for (const screen of screens) {
          await go(page, screen.path);
          await look(screen.path, 1280);
          // a list with records is a table (an empty one shows its "nothing yet" note instead)
          if (screen.list) rows.set(screen.path, await page.locator('.RaList-main table tbody tr').count());
        }
        // a phone, loaded as a phone loads it (a desktop window narrowed: the test below)
        await page.setViewportSize({ width: 390, height: 844 });
        await page.reload();
        await page.locator('#main-content').waitFor();
        for (const screen of screens) {
          await go(page, screen.path);
          await look(screen.path, 390);
          if (!rows.get(screen.path)) continue;
          const cards = page.getByTestId('list-cards');
          // the list had rows at 1280 px: wait for its cards (a loaded machine may still be fetching the page)
          await cards
            .first()
            .waitFor({ timeout: 15_000 })
            .catch(async () => {
              // what the screen showed instead (a message, a spinner, an empty list), to tell a fault from a slow machine
              const shown = await page
                .locator('#main-content')
                .innerText()
                .catch(() => '');
              await snap(page, `no-cards-${username}-${screen.path.replace(/[^a-z0-9]+/gi, '_')}`);
              problems.push(`${screen.path} at 390 px: no cards; the screen showed: ${shown.slice(0, 300)}`);
            });
          if ((await page.locator('.RaList-main table').count()) > 0)
            problems.push(`${screen.path} at 390 px: a table`);
          // the first card opens its record, which fits the phone too
          const link = cards.locator('a').first();
          if ((await link.count()) === 0) continue;
          const before = page.url();
          await link.click();
          await page.waitForFunction((url) => window.location.href !== url, before);
          await settled(page);
          await look(`${screen.path} first record`, 390);
        }
        expect([...rows.values()].filter((n) => n > 0).length).toBeGreaterThan(0);
      } catch (error) {
        await snap(page, `failure-phone-${username}`);
        throw error;
      } finally {
        await context.close();
      }
      expect(problems).toEqual([]);
    });
  }

  /** A calendar day in Jakarta (the demo office's zone and the browser's), `offset` days from today. */
  const jakartaDay = (offset = 0) =>
    new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date(Date.now() + offset * 86_400_000));

  const as = (username: string, work: (page: Page) => Promise<void>) =>
    asUser(browser, server.url, username, 'dates', work);

  it('a desktop window narrowed to a phone’s width with its menu open: the menu steps aside and the page takes clicks', async () => {
    await as('ppid', async (page) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto('/#/requests');
      // the menu open beside the list, as a desktop opens
      await page.locator('.RaMenuItemLink-root').first().waitFor();
      await page.locator('.RaList-main table tbody tr').first().waitFor();
      await page.setViewportSize({ width: 390, height: 844 });
      const card = page.getByTestId('list-cards').locator('a').first();
      await card.waitFor();
      await settled(page);
      // nothing lies over the page: the middle of the first card is the card's own
      const over = await card.evaluate((el) => {
        const r = el.getBoundingClientRect();
        const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return top && el.contains(top) ? null : `${top?.tagName}.${String(top?.className)}`;
      });
      expect(over).toBeNull();
      const before = page.url();
      await card.click();
      await page.waitForFunction((url) => window.location.href !== url, before);
      // the phone's menu still opens when asked, and a desktop width brings the side menu back
      await page.getByRole('button', { name: 'Buka menu' }).click();
      await page.locator('.RaSidebar-modal .RaMenuItemLink-root').first().waitFor();
      await page.keyboard.press('Escape');
      await page.locator('.RaSidebar-modal').waitFor({ state: 'detached' });
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.locator('.RaSidebar-docked .RaMenuItemLink-root').first().waitFor();
    });
  });

  it('a dialog: the decree date picked on the Indonesian calendar is sent as YYYY-MM-DD', async () => {
    await as('ppid', async (page) => {
      await page.goto('/#/dip-versions');
      await page.getByRole('button', { name: 'Tetapkan DIP' }).click();
      const dialog = page.getByTestId('dialog-establish');
      await dialog.locator('input[name="decreeNumber"]').fill('07/PPID/KPU-LBK/XII/2026');
      // today by default, shown as dd/mm/yyyy
      expect(await dateValue(dialog, 'decreeDate')).toBe(jakartaDay());
      expect(await nativeDateInputs(page)).toBe(0);
      // the calendar in Indonesian: this month's name, the first of it picked
      await dialog.getByRole('button', { name: 'Buka kalender' }).click();
      const month = new Intl.DateTimeFormat('id-ID', { month: 'long', timeZone: 'Asia/Jakarta' }).format(new Date());
      const calendar = page.getByRole('dialog').filter({ has: page.getByRole('grid') });
      const first = `${jakartaDay().slice(0, 8)}01`;
      // (on a loaded machine a click that lands while the calendar is still opening can be lost — CI once waited 30 s
      // for it: the day is picked again, the calendar reopened if it closed, up to three times)
      for (let attempt = 1; ; attempt++) {
        if (!(await calendar.isVisible())) await dialog.getByRole('button', { name: 'Buka kalender' }).click();
        await calendar.getByText(month, { exact: false }).first().waitFor();
        await calendar.getByRole('gridcell', { name: '1', exact: true }).click();
        try {
          await page.waitForFunction(
            (shown) => (document.querySelector('input[name="decreeDate"]') as HTMLInputElement).value === shown,
            `01/${first.slice(5, 7)}/${first.slice(0, 4)}`,
            { timeout: 10_000 },
          );
          break;
        } catch (e) {
          if (attempt >= 3) throw e;
        }
      }
      // typed as dd/mm/yyyy: the 2nd is the 2nd, not February
      const second = `${jakartaDay().slice(0, 8)}02`;
      await fillDate(dialog, 'decreeDate', second);
      const sent = page.waitForRequest(
        (r) => r.method() === 'POST' && new URL(r.url()).pathname === '/api/dip-versions',
      );
      await dialog.getByRole('button', { name: 'Tetapkan DIP' }).click();
      expect((await sent).postDataJSON()).toMatchObject({ decreeDate: second });
      await page.getByTestId('dip-version-decree').waitFor();
      expect(await page.getByTestId('dip-version-decree').innerText()).toContain('07/PPID/KPU-LBK/XII/2026');
    });
  });

  it('a form: the moment a request was received, typed as dd/mm/yyyy hh:mm, is sent as that moment on the office’s clock, whatever zone the computer is set to', async () => {
    // a desk computer left on Jayapura's clock (WIT, UTC+9) in an office on Jakarta's (WIB, UTC+7)
    const { context, page } = await newPage(browser, server.url, { timezoneId: 'Asia/Jayapura' });
    try {
      await signIn(page, 'desk');
      await page.goto('/#/requests/create');
      await page.getByTestId('step1-timer').waitFor();
      await page.locator('input[name="requester.name"]').fill('Dewi Lestari');
      await page.locator('input[name="requester.nik"]').fill('3602014509900007');
      await page.locator('textarea[name="requester.address"]').fill('Jl. Multatuli No. 3, Rangkasbitung');
      await page.locator('input[name="requester.phone"]').fill('081234567890');
      await page.locator('textarea[name="informationRequested"]').fill('Daftar TPS di Kecamatan Cibadak');
      await page.locator('textarea[name="purpose"]').fill('Pemantauan pemilihan');
      await page.getByRole('checkbox', { name: 'Mendapatkan salinan (softcopy)' }).check();
      await page.getByRole('checkbox', { name: 'Email', exact: true }).check();
      // received by letter: when it came, a date and a 24-hour time
      await page.getByRole('combobox', { name: 'Cara permohonan' }).click();
      await page.getByRole('option', { name: 'Surat' }).click();
      await page.locator('input[name="receivedAt"]').waitFor({ state: 'attached' });
      expect(await nativeDateInputs(page)).toBe(0);
      const day = jakartaDay(-2);
      await fillDate(page, 'receivedAt', `${day}T14:05`);
      const sent = page.waitForRequest((r) => r.method() === 'POST' && new URL(r.url()).pathname === '/api/requests');
      await page.getByRole('button', { name: 'Registrasi' }).click();
      // 14.05 in Lebak (WIB, UTC+7), not 14.05 on the computer's clock (WIT)
      expect((await sent).postDataJSON()).toMatchObject({
        receivedAt: new Date(`${day}T14:05:00+07:00`).toISOString(),
      });
      await page.getByTestId('request-number').waitFor();
    } catch (error) {
      await snap(page, 'failure-dates-zone-desk');
      throw error;
    } finally {
      await context.close();
    }
  });
});
