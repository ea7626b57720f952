import type { Response } from 'supertest';
import type { TestApp } from '../test-app';
import {
  ALWAYS_EXCLUDED,
  Fingerprint,
  changeMark,
  fingerprint,
  fingerprintDiff,
  ROUTE_EXCLUSIONS,
  sameFingerprint,
} from './fingerprint';
import type { Verdict } from './dto';
import type { DiscoveredRoute } from './routes';

/** Percent-encodes any JS string as its UTF-8 bytes (lone surrogates become U+FFFD, as a browser would send them). */
export function enc(s: string): string {
  return [...Buffer.from(s, 'utf8')]
    .map((b) =>
      /[A-Za-z0-9\-_.~]/.test(String.fromCharCode(b))
        ? String.fromCharCode(b)
        : `%${b.toString(16).toUpperCase().padStart(2, '0')}`,
    )
    .join('');
}

export function queryString(q: Record<string, string | string[]>): string {
  const parts: string[] = [];
  for (const [k, v] of Object.entries(q)) for (const x of Array.isArray(v) ? v : [v]) parts.push(`${enc(k)}=${enc(x)}`);
  return parts.length ? `?${parts.join('&')}` : '';
}

export interface Outgoing {
  method: string;
  /** path with query string, already encoded */
  url: string;
  headers?: Record<string, string>;
  /** raw body text or bytes */
  body?: string | Buffer;
  contentType?: string;
  lang: 'id' | 'en';
}

export interface Stats {
  requests: number;
  byStatus: Record<string, number>;
  fiveHundreds: string[];
}

/** Sends requests as users with the route's permission and checks the campaign's invariants after each one. */
export class Campaign {
  readonly stats: Stats = { requests: 0, byStatus: {}, fiveHundreds: [] };
  private baseline!: Fingerprint;
  /** the change mark the baseline was taken at: a refused request that leaves it where it was changed nothing */
  private mark = '';
  private ip = 0;

  constructor(
    private readonly t: TestApp,
    private readonly tokens: Record<string, string>,
    /** a requester's portal session, for the portal's routes that need one */
    private readonly portalToken?: string,
  ) {}

  async rebaseline(): Promise<void> {
    this.mark = await changeMark(this.t.ds, ALWAYS_EXCLUDED);
    this.baseline = await fingerprint(this.t.ds, ALWAYS_EXCLUDED);
  }

  token(route: DiscoveredRoute, role: string | undefined): string | undefined {
    if (route.isPublic && /^\/api\/public\/portal\/requests/.test(route.path)) return this.portalToken;
    if (route.isPublic || !role) return undefined;
    return this.tokens[role];
  }

  async send(route: DiscoveredRoute, role: string | undefined, out: Outgoing): Promise<Response> {
    let req = this.t.http()[out.method.toLowerCase() as 'get'](out.url);
    const token = this.token(route, role);
    if (token) req = req.set('Authorization', `Bearer ${token}`);
    // each request from its own client address (TRUST_PROXY=1), so that the public rate limits do not end the campaign
    this.ip++;
    req = req
      .set('X-Forwarded-For', `10.${(this.ip >> 16) & 255}.${(this.ip >> 8) & 255}.${this.ip & 255}`)
      .set('Accept-Language', out.lang);
    for (const [k, v] of Object.entries(out.headers ?? {})) req = req.set(k, v);
    if (out.body !== undefined) {
      if (out.contentType) req = req.set('Content-Type', out.contentType);
      req = req.send(out.body as never);
    }
    const res = await req;
    this.stats.requests++;
    this.stats.byStatus[res.status] = (this.stats.byStatus[res.status] ?? 0) + 1;
    if (res.status >= 500)
      this.stats.fiveHundreds.push(
        `${route.key} ${out.method} ${out.url.slice(0, 200)} → ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`,
      );
    return res;
  }

  /**
   * The invariants: never a 5xx; a refused request leaves every table as it was; input the DTO refuses gets a 400
   * (413 when too large, 415 for a wrong media type) whose `fields` name the field and whose message is in the
   * language asked for. Returns a list of violations (empty when all hold).
   */
  async check(route: DiscoveredRoute, out: Outgoing, res: Response, verdict?: Verdict): Promise<string[]> {
    const problems: string[] = [];
    const what = `${out.method} ${out.url.slice(0, 160)} body=${typeof out.body === 'string' ? out.body.slice(0, 160) : out.body ? `<${out.body.length} bytes>` : '-'}`;
    if (res.status >= 500) problems.push(`${what} → ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`);
    const exclude = ROUTE_EXCLUSIONS[route.key] ?? [];
    if (res.status >= 400) {
      const mark = await changeMark(this.t.ds, ALWAYS_EXCLUDED);
      if (mark !== this.mark) {
        const now = await fingerprint(this.t.ds, ALWAYS_EXCLUDED);
        const a = new Map([...this.baseline].filter(([k]) => !exclude.includes(k)));
        const b = new Map([...now].filter(([k]) => !exclude.includes(k)));
        if (!sameFingerprint(a, b))
          problems.push(`${what} → ${res.status} but stored data changed: ${fingerprintDiff(a, b).join('; ')}`);
        this.baseline = now;
        this.mark = mark;
      }
    } else {
      await this.rebaseline();
    }
    const body = res.body as { message?: unknown; fields?: Record<string, string> } | undefined;
    if (verdict && out.method === 'PUT' && verdict.undeclared?.length) {
      // a PUT takes the record as read: what its DTO does not declare is dropped, not refused (simple-rest.ts)
      const dropped = new Set(verdict.undeclared);
      verdict = { ...verdict, invalid: verdict.invalid.filter((p) => !dropped.has(p)) };
    }
    if (verdict && verdict.invalid.length && !verdict.unknown) {
      if (![400, 413, 415].includes(res.status))
        problems.push(`${what} → ${res.status}, expected 400 for invalid ${verdict.invalid.slice(0, 5).join(', ')}`);
      else if (res.status === 400) {
        const keys = Object.keys(body?.fields ?? {});
        const names = (p: string, k: string) =>
          p === k || p.startsWith(`${k}.`) || k.startsWith(`${p}.`) || (p === '' && k === 'body');
        if (!keys.some((k) => verdict.invalid.some((p) => names(p, k))))
          problems.push(
            `${what} → 400 naming ${keys.join(', ') || 'no field'}, expected one of ${verdict.invalid
              .slice(0, 5)
              .map((p) => p || '(body)')
              .join(', ')}`,
          );
      }
    }
    if (res.status >= 400 && res.status < 500 && res.type === 'application/json') {
      if (typeof body?.message !== 'string' || !body.message)
        problems.push(`${what} → ${res.status} without a message`);
      else if (body.fields) {
        const keys = Object.keys(body.fields);
        const english = /^(Invalid|The |Unknown|Unsupported|Too |At most|Please|You )/.test(body.message);
        const indonesian = /^(Isian|Badan|Data|Berkas|Jenis|Kode|Pengodean|Terlalu|Permintaan)/.test(body.message);
        // the wording of a business conflict (409: "Kode unit sudah dipakai") is free; validation messages are not
        if (res.status !== 409 && (out.lang === 'en' ? !english : !indonesian))
          problems.push(`${what} → ${res.status} message not in ${out.lang}: ${body.message.slice(0, 120)}`);
        if (
          res.status === 400 &&
          keys.length &&
          !keys.some((k) => (body.message as string).includes(k)) &&
          !keys.includes('body')
        )
          problems.push(
            `${what} → message does not name the field (${keys.join(', ')}): ${body.message.slice(0, 120)}`,
          );
        for (const k of keys)
          if (typeof body.fields[k] !== 'string' || !body.fields[k])
            problems.push(`${what} → field ${k} without a message`);
      }
    }
    return problems;
  }
}

/**
 * Sends `totalBytes` of body to a route over a real socket, in 1 MB chunks, the way a client does that streams an
 * upload: it stops sending once the server has answered (an early 413), and reports status, body and bytes sent.
 */
export async function sendHuge(
  server: import('node:http').Server,
  opts: {
    method: string;
    path: string;
    headers: Record<string, string>;
    totalBytes: number;
    chunk: (i: number) => Buffer;
  },
): Promise<{ status: number; body: string; sent: number }> {
  const http = await import('node:http');
  if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as import('node:net').AddressInfo;
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method: opts.method,
        path: opts.path,
        headers: { ...opts.headers, 'Content-Length': String(opts.totalBytes) },
      },
      (res) => {
        answered = true;
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (d: string) => (body += d));
        res.on('end', () => {
          req.destroy();
          resolve({ status: res.statusCode ?? 0, body, sent });
        });
      },
    );
    req.on('error', (e: NodeJS.ErrnoException) => (answered ? undefined : reject(e)));
    let i = 0;
    const pump = () => {
      while (!answered && sent < opts.totalBytes) {
        const c = opts.chunk(i++).subarray(0, opts.totalBytes - sent);
        sent += c.length;
        if (!req.write(c)) return void req.once('drain', pump);
      }
      if (!answered) req.end();
    };
    pump();
  });
}
