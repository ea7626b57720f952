import * as net from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/**
 * A real SMTP server for the tests (the `smtp-server` package on a free port of 127.0.0.1): it accepts every message,
 * parses it with mailparser and keeps it; it can be stopped and started again on the same port (an outage), and can
 * refuse chosen recipients with a permanent 550.
 */
export class TestSmtpServer {
  readonly received: ParsedMail[] = [];
  /** recipients answered "550 mailbox unavailable" */
  readonly refuse = new Set<string>();
  private server: SMTPServer | null = null;

  /** 0 until the first start: the system then gives a free port, kept for every start after an outage */
  private boundPort = 0;

  private constructor() {}

  /**
   * Starts on a port the system picks as it binds (asking for a free port first and binding it later raced: an
   * outgoing connection of another test took it in between once, EADDRINUSE).
   */
  static async start(): Promise<TestSmtpServer> {
    const s = new TestSmtpServer();
    await s.up();
    return s;
  }

  get port(): number {
    return this.boundPort;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  async up(): Promise<void> {
    if (this.server) return;
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onRcptTo: (address, _session, cb) => {
        if (this.refuse.has(address.address.toLowerCase())) {
          const err = new Error('mailbox unavailable') as Error & { responseCode: number };
          err.responseCode = 550;
          return cb(err);
        }
        cb();
      },
      onData: (stream, _session, cb) => {
        simpleParser(stream)
          .then((mail) => {
            // kept before the server answers 250, so a sender that got its answer finds the message here
            this.received.push(mail);
            cb();
          })
          .catch(cb);
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.boundPort, '127.0.0.1', () => resolve());
    });
    // smtp-server keeps its net.Server as `server`
    this.boundPort ||= ((server as unknown as { server: net.Server }).server.address() as net.AddressInfo).port;
    this.server = server;
  }

  /** Stops accepting connections (the SMTP server is "down"). */
  async down(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** The messages received to `address`. */
  to(address: string): ParsedMail[] {
    return this.received.filter((m) =>
      [m.to].flat().some((t) => t?.value.some((v) => v.address?.toLowerCase() === address.toLowerCase())),
    );
  }
}
