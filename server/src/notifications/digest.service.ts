import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { IsNull, Not } from 'typeorm';
import { toAuthUser } from '../auth/token.service';
import { DeadlineService } from '../calendar/deadline.service';
import { localDate, nextDay } from '../calendar/working-days';
import { Clock } from '../common/clock';
import { Db } from '../common/db';
import { isUniqueViolation } from '../common/exception.filter';
import { APP_CONFIG, AppConfig } from '../config/config';
import { MAIL_CONFIG, MailConfig } from '../mail/mail.config';
import { longDate } from '../mail/mail-templates';
import { OutboxService } from '../mail/outbox.service';
import { User } from '../users/user.entity';
import { StaffDigest } from './staff-digest.entity';
import { WaitingAnswer, WaitingService } from './waiting.service';
import { waitingPath } from './waiting';

export interface DigestRun {
  /** users whose digest went into the outbox */
  queued: number;
  /** users due with nothing waiting (recorded, nothing sent) */
  empty: number;
}

/**
 * The optional daily e-mail digest of the work waiting (SOP 1 step 7: the PPID's daily supervision — due today, overdue,
 * due soon — and each role's own queue). For each active user who asked for it (`users.dailyDigest`) and has an e-mail
 * address: once per working day of their office, from DIGEST_HOUR office time. The `staff_digests` row (unique per user
 * and day) and the outbox message are written in one transaction, so with several workers or instances the digest
 * goes once, and a crash never sends it twice.
 */
@Injectable()
export class DigestService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger('DigestService');
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<DigestRun> | null = null;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly deadlines: DeadlineService,
    private readonly waiting: WaitingService,
    private readonly outbox: OutboxService,
    @Inject(MAIL_CONFIG) private readonly config: MailConfig,
    @Inject(APP_CONFIG) private readonly app: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.digestEnabled) return;
    this.timer = setInterval(() => void this.runOnce().catch((e) => this.log.error(e)), this.config.digestPollMs);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running?.catch(() => undefined);
  }

  /** One pass: every user due now gets today's digest (at most one pass at a time per process). */
  runOnce(): Promise<DigestRun> {
    this.running ??= this.pass().finally(() => (this.running = null));
    return this.running;
  }

  private async pass(): Promise<DigestRun> {
    const run: DigestRun = { queued: 0, empty: 0 };
    const days = new Map<number, string | null>();
    const users = await this.db.repo(User).find({
      where: { dailyDigest: true, active: true, email: Not(IsNull()) },
      relations: { office: true, roleRows: true },
    });
    for (const user of users) {
      // one calendar look per office, not per user
      if (!days.has(user.officeId)) days.set(user.officeId, await this.dueDay(user));
      const day = days.get(user.officeId);
      if (!day) continue;
      const sent = await this.send(user, day).catch((e: unknown) => {
        // another worker or instance sent today's digest first (its row won the unique index): nothing to do
        if (isUniqueViolation(e)) return null;
        throw e;
      });
      if (sent === true) run.queued++;
      else if (sent === false) run.empty++;
    }
    return run;
  }

  /** Today's digest of one user: true sent, false nothing waiting (recorded), null already done. */
  private send(user: User, day: string): Promise<boolean | null> {
    return this.db.transaction(async () => {
      if (await this.db.repo(StaffDigest).exists({ where: { userId: user.id, day } })) return null;
      const waiting = await this.waiting.waiting(toAuthUser(user, null));
      const message = waiting.total
        ? await this.outbox.queue(null, {
            officeId: user.officeId,
            kind: 'staff.digest',
            subjectType: 'user',
            subjectId: user.id,
            to: user.email!,
            toName: user.fullName,
            subject: digestSubject(waiting, day),
            text: this.digestText(user, waiting, day),
          })
        : null;
      // the unique (userId, day) makes a second worker's insert fail: its transaction, message included, rolls back
      await this.db.repo(StaffDigest).insert({
        userId: user.id,
        day,
        waiting: waiting.total,
        outboxId: message?.id ?? null,
        createdAt: this.clock.now(),
      });
      return Boolean(message);
    });
  }

  /** Today in the user's office, if it is a working day and the digest hour has come there; otherwise null. */
  private async dueDay(user: Pick<User, 'office' | 'officeId'>): Promise<string | null> {
    const zone = user.office?.timeZone ?? 'Asia/Jakarta';
    const now = this.clock.now();
    const hour = Number(
      new Intl.DateTimeFormat('en-GB', { hour: '2-digit', hourCycle: 'h23', timeZone: zone }).format(now),
    );
    if (hour < this.config.digestHour) return null;
    const day = localDate(now, zone);
    const working = await this.deadlines.workingDaysBetween(user.officeId, nextDay(day, -1), day);
    return working === 1 ? day : null;
  }

  private digestText(user: User, waiting: WaitingAnswer, day: string): string {
    const base = this.app.publicUrl;
    const lines = (lang: 'id' | 'en') =>
      waiting.items.map((i) => `- ${i.label[lang]}: ${i.count}\n  ${base}/${waitingPath(i.resource, i.filter)}`);
    return [
      `Yth. ${user.fullName},`,
      '',
      `Pekerjaan yang menunggu Anda di ${user.office?.name ?? 'Lentera'}, ${longDate(day, 'id')}:`,
      ...lines('id'),
      '',
      `Buka Lentera: ${base}/`,
      'Ringkasan ini dikirim setiap hari kerja. Untuk berhentinya, minta administrator menonaktifkan ringkasan harian pada akun Anda.',
      '',
      '---',
      '',
      `Work waiting for you at ${user.office?.name ?? 'Lentera'}, ${longDate(day, 'en')}:`,
      ...lines('en'),
      '',
      'This digest is sent on working days; ask your administrator to turn the daily digest off on your account to stop it.',
    ].join('\n');
  }
}

function digestSubject(waiting: WaitingAnswer, day: string): string {
  const urgent = waiting.urgent ? `, ${waiting.urgent} mendesak` : '';
  return `Lentera: ${waiting.total} pekerjaan menunggu Anda${urgent} — ${longDate(day, 'id')}`;
}
