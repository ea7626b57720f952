import * as fs from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import { asUser, launchBrowser, sideways } from './browser';
import { startServer, type RunningServer } from './server';
import { signInOver } from '../support/spawn-server';

jest.setTimeout(300_000);

const WIDTHS = [1280, 390] as const;
const SHOTS = process.env.LENTERA_SCREENSHOTS ? '/tmp/lentera-shots' : null;

interface Screen {
  name: string;
  path: string;
  /** what shows the screen is there */
  ready: (page: Page) => Locator;
  /** opens a dialog or fills something before looking */
  act?: (page: Page) => Promise<void>;
}

/** The whole page, in pieces of at most 1,000 px height (easier to look at than one very tall image). */
async function shoot(page: Page, base: string) {
  const { width, height } = await page.evaluate(() => ({
    width: window.innerWidth,
    height: Math.max(document.documentElement.scrollHeight, document.body.scrollHeight),
  }));
  for (let y = 0, i = 0; y < height; y += 1000, i++)
    await page.screenshot({
      path: `${base}-${i}.png`,
      fullPage: true,
      clip: { x: 0, y, width, height: Math.min(1000, height - y) },
    });
}

/**
 * Every screen of the regime, clock, identity and rules work, at a desktop and a phone width: nothing may scroll
 * sideways. With LENTERA_SCREENSHOTS set, a screenshot of each lands in /tmp/lentera-shots to be looked at.
 */
describe('the screens of requests, requesters, submissions, objections and rules at 1280 and 390 px', () => {
  let server: RunningServer;
  let browser: Browser;
  let submissionId = '';
  /** the demo's requests, requester and objection (after the demo history, their ids are not small numbers) */
  const demo = { refused: 0, extended: 0, inProcess: 0, forum: 0, objection: 0 };

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    if (SHOTS) fs.mkdirSync(SHOTS, { recursive: true });
    const submitted = await fetch(`${server.url}/api/public/requests`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        officeCode: 'KPU-LBK',
        requester: {
          type: 'person',
          name: 'Rahmat Hidayat',
          nik: '3602010101900001',
          address: 'Jl. Sunan Kalijaga No. 10, Rangkasbitung',
          email: 'rahmat@example.id',
        },
        regime: 'election',
        electionKind: 'pemilihan',
        electionName: 'Pemilihan Gubernur dan Wakil Gubernur Banten 2029',
        informationRequested: 'Daftar nama anggota KPPS se-Kecamatan Rangkasbitung',
        purpose: 'Pemantauan pemilihan',
        obtainMethods: ['softcopy'],
        deliveryMethods: ['email'],
      }),
    });
    expect(submitted.status).toBe(201);
    const token = await signInOver(server.url, 'desk');
    const one = async (resource: string, filter: Record<string, unknown>) => {
      const r = await fetch(`${server.url}/api/${resource}?filter=${encodeURIComponent(JSON.stringify(filter))}`, {
        headers: { Authorization: `Bearer ${token}` },
      });
      const rows = (await r.json()) as Array<{ id: number }>;
      expect(rows).toHaveLength(1);
      return rows[0].id;
    };
    demo.refused = await one('requests', { q: 'KTP elektronik seluruh anggota PPK' });
    demo.extended = await one('requests', { q: 'Model D) seluruh kecamatan' });
    demo.inProcess = await one('requests', { q: 'Pilkada 2024' });
    demo.forum = await one('requesters', { q: 'Forum Warga Peduli' });
    demo.objection = await one('objections', { requestId: demo.refused });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function look(page: Page, screens: Screen[]) {
    const wide: string[] = [];
    for (const screen of screens) {
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: width > 600 ? 800 : 844 });
        // a fresh load each time: the same hash again would keep the dialog of the previous look open
        await page.goto('about:blank');
        await page.goto(`/${screen.path}`);
        await screen.ready(page).first().waitFor();
        if (screen.act) await screen.act(page);
        const { over, culprits } = await sideways(page);
        if (over > 0) wide.push(`${screen.name} at ${width} px: ${over} px sideways (${culprits.join(', ')})`);
        if (SHOTS) {
          // a dialog fades in: look once every transition has ended
          await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
          // a dialog is seen as the screen shows it; a page in pieces from top to bottom
          if (screen.act) await page.screenshot({ path: `${SHOTS}/${screen.name}-${width}.png` });
          else await shoot(page, `${SHOTS}/${screen.name}-${width}`);
        }
      }
    }
    expect(wide).toEqual([]);
  }

  const as = (username: string, work: (page: Page) => Promise<void>) =>
    asUser(browser, server.url, username, 'screens', work);

  it('desk: intake form, request pages, requester page and edit, web submission, objection pages, rules, settings', async () => {
    await as('desk', async (page) => {
      await page.goto('/#/submissions');
      await page.getByRole('row').filter({ hasText: 'Rahmat Hidayat' }).click();
      await page.getByTestId('submission-code').waitFor();
      submissionId = new URL(page.url()).hash.split('/')[2];
      await look(page, [
        { name: 'request-create', path: '#/requests/create', ready: (p) => p.getByTestId('regime-inputs') },
        {
          name: 'request-create-election',
          path: '#/requests/create',
          ready: (p) => p.getByTestId('regime-inputs'),
          act: async (p) => {
            await p.getByRole('radio', { name: 'Informasi Pemilu dan Pemilihan' }).check();
            await p.locator('input[name="electionName"]').waitFor();
          },
        },
        { name: 'request-list', path: '#/requests', ready: (p) => p.getByText(/\d{3}\/PPID\/KPU-LBK/) },
        // the refused demo request: the decision with Pasal 17 from the catalogue
        {
          name: 'request-refused',
          path: `#/requests/${demo.refused}/show`,
          ready: (p) => p.getByTestId('request-clocks'),
        },
        // the extended demo request: assignments, the extension, every clock
        {
          name: 'request-extended',
          path: `#/requests/${demo.extended}/show`,
          ready: (p) => p.getByTestId('request-clocks'),
        },
        {
          name: 'requester-show',
          path: `#/requesters/${demo.forum}/show`,
          ready: (p) => p.getByTestId('identity-history'),
        },
        {
          name: 'requester-edit',
          path: `#/requesters/${demo.forum}`,
          ready: (p) => p.locator('textarea[name="reason"]'),
        },
        {
          name: 'submission-show',
          path: `#/submissions/${submissionId}/show`,
          ready: (p) => p.getByTestId('submission-regime'),
        },
        {
          name: 'submission-accept',
          path: `#/submissions/${submissionId}/show`,
          ready: (p) => p.getByTestId('submission-regime'),
          act: async (p) => {
            await p.getByRole('button', { name: 'Verifikasi & registrasi' }).click();
            await p.getByTestId('dialog-accept').getByTestId('regime-effect').waitFor();
          },
        },
        {
          name: 'objection-show',
          path: `#/objections/${demo.objection}/show`,
          ready: (p) => p.getByTestId('objection-clocks'),
        },
        { name: 'objection-create', path: '#/objections/create', ready: (p) => p.getByText('Registrasi keberatan') },
        { name: 'rules-desk', path: '#/rule-sets', ready: (p) => p.getByTestId('in-force-general') },
        { name: 'settings-desk', path: '#/settings', ready: (p) => p.getByTestId('settings-table') },
        // the office's e-mail and its delivery state (issue 17)
        { name: 'outbox-list', path: '#/outbox', ready: (p) => p.locator('.RaList-main') },
      ]);
    });
  });

  it('PPID: the decision dialog with material and payment, the classification dialog', async () => {
    await as('ppid', async (page) => {
      await look(page, [
        {
          name: 'request-decide',
          path: `#/requests/${demo.inProcess}/show`,
          ready: (p) => p.getByTestId('request-actions'),
          act: async (p) => {
            await p.getByTestId('request-actions').getByRole('button', { name: 'Putuskan' }).click();
            const dialog = p.getByTestId('dialog-decide');
            await dialog.getByRole('radio', { name: 'Dikabulkan sebagian' }).check();
            await dialog.locator('input[name="cost"]').fill('15000');
            await dialog.locator('textarea[name="paymentMethod"]').waitFor();
          },
        },
        {
          name: 'request-classify',
          path: `#/requests/${demo.inProcess}/show`,
          ready: (p) => p.getByTestId('classify-button'),
          act: async (p) => {
            await p.getByTestId('classify-button').click();
            await p
              .getByTestId('dialog-classify')
              .getByRole('radio', { name: 'Informasi Pemilu dan Pemilihan' })
              .check();
            await p.getByTestId('dialog-classify').locator('input[name="electionName"]').waitFor();
          },
        },
      ]);
    });
  });

  it('administrator: the rules with the publishing form, the office settings', async () => {
    await as('admin', async (page) => {
      await look(page, [
        { name: 'rules-admin', path: '#/rule-sets', ready: (p) => p.getByTestId('publish-rule-set') },
        {
          name: 'rules-publish',
          path: '#/rule-sets',
          ready: (p) => p.getByTestId('publish-rule-set'),
          act: async (p) => {
            await p.getByTestId('publish-rule-set').click();
            await p.getByTestId('dialog-publish').locator('input[name="values.answerDays"]').waitFor();
          },
        },
        { name: 'settings-admin', path: '#/settings', ready: (p) => p.getByTestId('settings-table') },
        {
          name: 'mail-templates',
          path: '#/mail-templates',
          ready: (p) => p.getByTestId('mail-template-request.received'),
        },
      ]);
    });
  });
});
