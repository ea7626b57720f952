/**
 * HTML → PDF with one reused headless Chromium (puppeteer-core).
 *
 * Safety (see STACK.md, "Rendering safety"): every render gets a fresh browser
 * context, JavaScript is off, the page is emulated offline and every request except
 * `data:`/`about:` is aborted (navigations, e.g. a meta refresh, are cancelled silently),
 * and Chromium resolves no host at all (`--host-resolver-rules`),
 * the HTML is loaded with `setContent` (never from a file:// URL), and each render
 * has a timeout. The browser is relaunched after a crash/disconnect or after N
 * renders. Chromium is driven over a pipe (no DevTools TCP port is opened), so it
 * also exits when this Node process dies.
 *
 * Characters that no installed font can show (or that would print as nothing: control characters) are replaced
 * by a visible mark before rendering, see fonts.ts. The document's own `@page { size }` sets the paper
 * orientation (`preferCSSPageSize`); `landscape` applies to HTML without one.
 */
import { existsSync } from 'node:fs';
import type { ChildProcess } from 'node:child_process';
import { launch, type Browser, type BrowserContext, type HTTPRequest, type Page } from 'puppeteer-core';
import { html } from './html.js';
import { fontCoverage, printableText, SERIF_FONTS } from './fonts.js';

export interface RenderOptions {
  /** A4 landscape instead of portrait, for HTML without its own `@page { size }` (the document's size wins). */
  landscape?: boolean;
  /** Text shown at the bottom left of every page (escaped), next to "Halaman X dari Y". */
  footerText?: string;
  /** Overrides the renderer's per-render timeout for this call. */
  timeoutMs?: number;
}

export interface PdfRendererOptions {
  /** Path of the Chromium binary; else env CHROMIUM_PATH; else the first existing well-known path. */
  executablePath?: string;
  /** Timeout of each `render()` call, in ms (default 20 000). */
  renderTimeoutMs?: number;
  /** Relaunch the browser after this many renders (default 200). */
  maxRendersPerBrowser?: number;
  /** Timeout for launching Chromium, in ms (default 30 000). */
  launchTimeoutMs?: number;
  /** How long `close()` lets running renders finish before killing the browser, in ms (default 5 000). */
  closeGraceMs?: number;
  /** Extra Chromium command-line flags. */
  extraArgs?: string[];
  /**
   * Replace characters that no installed font has with a visible `[U+XXXX]` mark (default true; see fonts.ts).
   * Coverage is read once from fontconfig (`fc-list`).
   */
  markMissingGlyphs?: boolean;
}

/** Thrown when a render exceeds its timeout. */
export class PdfRenderTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`PDF render timed out after ${timeoutMs} ms`);
    this.name = 'PdfRenderTimeoutError';
  }
}

export const CHROMIUM_CANDIDATES: readonly string[] = [
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // Network-level backstop: no host name or IP address resolves, so nothing can connect out even
  // where request interception does not apply (seen on Chromium 156: navigations — a meta refresh,
  // an <iframe src="http://127.0.0.1:…"> — opened a TCP connection before being intercepted).
  '--host-resolver-rules=MAP * ~NOTFOUND',
];

/** Page margins used for every PDF (A4, 2 cm). The footer is drawn inside the bottom margin. */
export const PAGE_MARGIN = { top: '20mm', right: '20mm', bottom: '20mm', left: '20mm' } as const;

/** Resolves the Chromium binary: explicit option, env CHROMIUM_PATH, then well-known paths. */
export function resolveChromiumPath(explicit?: string): string {
  const configured = explicit ?? process.env.CHROMIUM_PATH;
  if (configured) {
    if (!existsSync(configured)) {
      throw new Error(
        `Chromium not found at ${configured} (from ${explicit ? 'the executablePath option' : 'CHROMIUM_PATH'})`,
      );
    }
    return configured;
  }
  const found = CHROMIUM_CANDIDATES.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      `No Chromium found: install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH. ` +
        `Looked in: ${CHROMIUM_CANDIDATES.join(', ')}`,
    );
  }
  return found;
}

interface Slot {
  browser: Browser;
  process: ChildProcess | null;
  renders: number;
  active: number;
  retired: boolean;
  closing: Promise<void> | null;
  /** Resolves once the browser is shut down (by whatever path). */
  closed: Promise<void>;
  markClosed: () => void;
  /**
   * The next document's context and page, prepared (JavaScript off, offline, requests filtered) while the browser is
   * otherwise idle: a new context and page cost ~190 ms of a ~350 ms render. Each is used for one document only.
   */
  spare: Promise<Prepared | null> | null;
}

interface Prepared {
  context: BrowserContext;
  page: Page;
}

interface RenderState {
  timedOut: boolean;
  context: BrowserContext | null;
  slot: Slot | null;
  timeoutMs: number;
}

const ALLOWED_SCHEMES = ['data:', 'about:'];

function processExited(s: Slot): boolean {
  return !!s.process && (s.process.exitCode !== null || s.process.signalCode !== null);
}

/** Did this error come from the browser having gone away (crash, kill, closed pipe)? */
function browserGone(s: Slot, err: unknown): boolean {
  if (!s.browser.connected || processExited(s)) return true;
  if (err instanceof Error && err.name === 'TargetCloseError') return true;
  const message = err instanceof Error ? err.message : String(err);
  return /Target closed|Session closed|Connection closed|has disconnected/i.test(message);
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

/** Resolves/rejects like `p`, or resolves `undefined` after `ms` (never rejects). */
async function settleWithin(p: Promise<unknown>, ms: number): Promise<void> {
  await Promise.race([
    p.then(
      () => undefined,
      () => undefined,
    ),
    delay(ms),
  ]);
}

function footerTemplate(footerText: string | undefined): string {
  // Header/footer templates are rendered separately: they need an explicit font-size and
  // their own horizontal margins. The classes pageNumber/totalPages are filled in by Chromium.
  // A long footer text wraps (it is never cut off) and leaves the page number on the right.
  return html`<div style="box-sizing:border-box;width:100%;padding:0 ${PAGE_MARGIN.right} 0 ${PAGE_MARGIN.left};font-family:${SERIF_FONTS};font-size:8pt;color:#444;display:flex;justify-content:space-between;align-items:flex-end;gap:8mm;">
<span style="min-width:0;overflow-wrap:anywhere;">${footerText ?? ''}</span>
<span style="white-space:nowrap;">Halaman <span class="pageNumber"></span> dari <span class="totalPages"></span></span>
</div>`.toString();
}

export class PdfRenderer {
  private readonly renderTimeoutMs: number;
  private readonly maxRenders: number;
  private readonly launchTimeoutMs: number;
  private readonly closeGraceMs: number;
  private current: Slot | null = null;
  private launching: Promise<Slot> | null = null;
  private readonly slots = new Set<Slot>();
  private launches = 0;

  constructor(private readonly options: PdfRendererOptions = {}) {
    this.renderTimeoutMs = options.renderTimeoutMs ?? 20_000;
    this.maxRenders = Math.max(1, options.maxRendersPerBrowser ?? 200);
    this.launchTimeoutMs = options.launchTimeoutMs ?? 30_000;
    this.closeGraceMs = options.closeGraceMs ?? 5_000;
  }

  /** Number of times Chromium has been launched by this renderer (for monitoring/tests). */
  get launchCount(): number {
    return this.launches;
  }

  /** The browser currently used for new renders, if any (for monitoring/tests). */
  get browser(): Browser | null {
    return this.current?.browser ?? null;
  }

  /**
   * Renders a complete HTML document to an A4 PDF. If the browser turns out to have died
   * (crash, killed), the render is retried once on a freshly launched browser.
   */
  async render(htmlText: string, options: RenderOptions = {}): Promise<Buffer> {
    if (typeof htmlText !== 'string') throw new TypeError('render() expects an HTML string');
    const timeoutMs = options.timeoutMs ?? this.renderTimeoutMs;
    const state: RenderState = { timedOut: false, context: null, slot: null, timeoutMs };

    const work = (async (): Promise<Buffer> => {
      const coverage = this.options.markMissingGlyphs === false ? undefined : await fontCoverage();
      const printable = (text: string): string => (coverage === undefined ? text : printableText(text, coverage));
      const page = printable(htmlText);
      const pageOptions = { ...options, footerText: options.footerText && printable(options.footerText) };
      for (let attempt = 0; ; attempt++) {
        try {
          return await this.attempt(state, page, pageOptions);
        } catch (err) {
          const slot = state.slot;
          if (state.timedOut || attempt > 0 || !slot || !browserGone(slot, err)) throw err;
          this.retire(slot);
        }
      }
    })();

    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        state.timedOut = true;
        // A render this slow is suspicious: stop using this browser for new renders;
        // it is shut down once its running renders have finished.
        if (state.slot) this.retire(state.slot);
        if (state.context) void state.context.close().catch(() => undefined);
        reject(new PdfRenderTimeoutError(timeoutMs));
      }, timeoutMs);
    });
    work.catch(() => undefined); // the race below reports the outcome
    try {
      return await Promise.race([work, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  private async attempt(state: RenderState, htmlText: string, options: RenderOptions): Promise<Buffer> {
    const { timeoutMs } = state;
    const check = (): void => {
      if (state.timedOut) throw new PdfRenderTimeoutError(timeoutMs);
    };
    state.slot = null;
    state.context = null;
    const slot = await this.acquire();
    state.slot = slot;
    try {
      check();
      const { context, page } = await this.takePrepared(slot, state);
      try {
        check();
        await page.setContent(htmlText, { waitUntil: 'load', timeout: timeoutMs });
        check();
        const pdf = await page.pdf({
          format: 'A4',
          landscape: options.landscape ?? false,
          printBackground: true,
          // the document's @page size (A4 portrait/landscape, from documentPage) decides the orientation
          preferCSSPageSize: true,
          displayHeaderFooter: true,
          headerTemplate: '<span></span>',
          footerTemplate: footerTemplate(options.footerText),
          margin: { ...PAGE_MARGIN },
          timeout: timeoutMs,
        });
        check();
        return Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength);
      } finally {
        await settleWithin(context.close(), 5_000);
        // the next document's, made now that this one is done (made during it, it slowed both on two cores)
        if (!slot.retired && !slot.spare && slot.browser.connected) slot.spare = this.prepare(slot).catch(() => null);
      }
    } finally {
      this.release(slot);
    }
  }

  /** Shuts the browser down (running renders get `closeGraceMs` to finish). A later render relaunches it. */
  async close(): Promise<void> {
    const launching = this.launching;
    if (launching) await launching.catch(() => undefined);
    this.current = null;
    const slots = [...this.slots];
    for (const s of slots) this.retire(s);
    // Retired slots shut down as soon as their running renders finish; after the grace
    // period the rest are closed regardless.
    await settleWithin(Promise.all(slots.map((s) => s.closed)), this.closeGraceMs);
    await Promise.all(slots.map((s) => this.shutdown(s)));
  }

  /** A fresh context and page for one document: the slot's spare (awaited if still being made), else made now. */
  private async takePrepared(slot: Slot, state: RenderState): Promise<Prepared> {
    const spare = slot.spare;
    slot.spare = null;
    const prepared = spare ? await spare : null;
    if (prepared && !prepared.page.isClosed()) {
      state.context = prepared.context;
      return prepared;
    }
    // made for this render: its timeout closes the context even while the page is being made
    return this.prepare(slot, (context) => (state.context = context));
  }

  private async prepare(slot: Slot, made?: (context: BrowserContext) => void): Promise<Prepared> {
    const context = await slot.browser.createBrowserContext();
    made?.(context);
    try {
      const page = await context.newPage();
      await this.preparePage(page);
      return { context, page };
    } catch (err) {
      await settleWithin(context.close(), 5_000);
      throw err;
    }
  }

  /** A spare nobody will use (its browser retired): closed. */
  private dropSpare(s: Slot): void {
    const spare = s.spare;
    s.spare = null;
    if (spare) void spare.then((p) => p && settleWithin(p.context.close(), 5_000)).catch(() => undefined);
  }

  private async preparePage(page: Page): Promise<void> {
    await page.setJavaScriptEnabled(false);
    // Offline emulation also stops requests that request interception does not see
    // (seen on Chromium 156: <link rel="prefetch"> reached a local server despite interception).
    await page.setOfflineMode(true);
    await page.setRequestInterception(true);
    page.on('request', (request: HTTPRequest) => {
      if (request.isInterceptResolutionHandled()) return;
      const url = request.url();
      if (ALLOWED_SCHEMES.some((scheme) => url.startsWith(scheme))) {
        void request.continue().catch(() => undefined);
      } else {
        void request.abort(request.isNavigationRequest() ? 'aborted' : 'blockedbyclient').catch(() => undefined);
      }
    });
  }

  private async acquire(): Promise<Slot> {
    for (;;) {
      const s = this.current;
      if (s) {
        if (!s.retired && s.browser.connected && !processExited(s) && s.renders < this.maxRenders) {
          s.renders++;
          s.active++;
          return s;
        }
        this.current = null;
        this.retire(s);
      }
      if (!this.launching) {
        this.launching = this.launchSlot().finally(() => {
          this.launching = null;
        });
      }
      const launched = await this.launching;
      if (!this.current && !launched.retired) this.current = launched;
    }
  }

  private async launchSlot(): Promise<Slot> {
    const executablePath = resolveChromiumPath(this.options.executablePath);
    const browser = await launch({
      executablePath,
      headless: true,
      pipe: true,
      args: [...CHROMIUM_ARGS, ...(this.options.extraArgs ?? [])],
      timeout: this.launchTimeoutMs,
      protocolTimeout: Math.max(60_000, this.renderTimeoutMs * 2),
      // Signals are left to the application (puppeteer's handlers would exit(130) on SIGINT before
      // the app's own shutdown hooks run, and keep Node alive on SIGTERM). Call close() on
      // shutdown; and if Node dies anyway, Chromium exits by itself when its pipe closes.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
      dumpio: false,
    });
    this.launches++;
    let markClosed: () => void = () => undefined;
    const closed = new Promise<void>((resolve) => (markClosed = resolve));
    const slot: Slot = {
      browser,
      process: browser.process(),
      renders: 0,
      active: 0,
      retired: false,
      closing: null,
      closed,
      markClosed,
      spare: null,
    };
    this.slots.add(slot);
    browser.once('disconnected', () => {
      if (this.current === slot) this.current = null;
      this.retire(slot);
      // Nothing running on it can succeed any more: clean up right away.
      void this.shutdown(slot);
    });
    this.current = slot;
    return slot;
  }

  private release(s: Slot): void {
    s.active = Math.max(0, s.active - 1);
    if (s.retired && s.active === 0) void this.shutdown(s);
  }

  private retire(s: Slot): void {
    if (this.current === s) this.current = null;
    s.retired = true;
    this.dropSpare(s);
    if (s.active === 0) void this.shutdown(s);
  }

  /** Closes the browser, then makes sure its process (group) is gone and reaped. */
  private shutdown(s: Slot): Promise<void> {
    if (!s.closing) {
      s.retired = true;
      if (this.current === s) this.current = null;
      s.closing = (async () => {
        const proc = s.process;
        const exited =
          proc && proc.exitCode === null && proc.signalCode === null
            ? new Promise<void>((resolve) => proc.once('exit', () => resolve()))
            : Promise.resolve();
        await settleWithin(s.browser.close(), 5_000);
        if (proc && proc.exitCode === null && proc.signalCode === null) {
          try {
            proc.kill('SIGKILL');
          } catch {
            /* already gone */
          }
        }
        await settleWithin(exited, 5_000);
        // Chromium was started as a process-group leader: kill anything left of its group
        // (zygote/renderer children orphaned by a crash of the main process).
        if (proc?.pid && process.platform !== 'win32') {
          try {
            process.kill(-proc.pid, 'SIGKILL');
          } catch {
            /* no such group: nothing left */
          }
        }
        this.slots.delete(s);
        s.markClosed();
      })();
    }
    return s.closing;
  }
}
