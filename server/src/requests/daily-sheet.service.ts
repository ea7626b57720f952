import { Injectable } from '@nestjs/common';
import { Db } from '../common/db';
import { DateTime } from 'luxon';
import { In } from 'typeorm';
import { formatDateId, SOP_STEP_LABELS } from '@lentera/reports';
import { DeadlineService } from '../calendar/deadline.service';
import { isIsoDate, workingDaysBetween } from '../calendar/working-days';
import { AuthUser } from '../common/auth-user';
import { Clock } from '../common/clock';
import { Errors } from '../common/errors';
import { msg } from '../common/i18n';
import { Access } from '../common/access';
import { Permission } from '../common/permissions';
import { Office } from '../offices/office.entity';
import { Requester } from '../requesters/requester.entity';
import { RequestersService, versionKey } from '../requesters/requesters.service';
import { User } from '../users/user.entity';
import { DECISION_LABELS, STATUS_LABELS } from './request-lifecycle';
import { InfoRequest, RequestEvent, RequestStep } from './request.entity';
import { DailySheetView } from './daily-sheet.view';

const CHANNEL_LABELS: Record<string, string> = {
  in_person: 'Datang langsung',
  letter: 'Surat',
  email: 'Email',
  phone: 'Telepon',
  fax: 'Faksimili',
  web: 'Laman daring',
};

export type DailySheet = DailySheetView;

/** Data layanan harian (SOP 1 step 7): what the desk received, decided and handed over on one day of one office. */
@Injectable()
export class DailySheetService {
  constructor(
    private readonly db: Db,
    private readonly access: Access,
    private readonly requesters: RequestersService,
    private readonly deadlines: DeadlineService,
    private readonly clock: Clock,
  ) {}

  async build(
    actor: AuthUser,
    date: string,
    officeId = actor.officeId,
  ): Promise<{ sheet: DailySheet; office: Office }> {
    if (!isIsoDate(date)) throw Errors.field('date', 'date harus tanggal YYYY-MM-DD', 'date must be a date YYYY-MM-DD');
    await this.access.requireOffice(actor, Permission.RequestRead, officeId, msg('Kantor', 'Office'));
    const office = await this.db.repo(Office).findOneOrFail({ where: { id: officeId } });
    if (date > this.deadlines.today(office.timeZone))
      throw Errors.field('date', 'tanggal tidak boleh di masa depan', 'date cannot be in the future');
    const dayStart = DateTime.fromISO(date, { zone: office.timeZone }).startOf('day').toUTC().toJSDate();
    const dayEnd = DateTime.fromISO(date, { zone: office.timeZone }).endOf('day').toUTC().toJSDate();
    const repo = this.db.repo(InfoRequest);

    const received = await repo.find({
      where: { officeId, receivedDate: date },
      order: { receivedAt: 'ASC', id: 'ASC' },
    });
    const decided = await repo.find({
      where: { officeId, decisionDate: date },
      order: { decidedAt: 'ASC', id: 'ASC' },
    });
    const delivered = await repo
      .createQueryBuilder('r')
      .where('r.officeId = :officeId AND r.deliveredAt >= :a AND r.deliveredAt <= :b', {
        officeId,
        a: dayStart,
        b: dayEnd,
      })
      .getCount();
    // Open at the end of the day: received by then, not decided by then, not withdrawn or lapsed by then.
    const endedEarly = this.db
      .repo(RequestEvent)
      .createQueryBuilder('e')
      .select('e.requestId')
      .where("e.officeId = :officeId AND e.type IN ('withdraw', 'lapse') AND e.at <= :b");
    const openQb = repo
      .createQueryBuilder('r')
      .where(
        'r.officeId = :officeId AND r.receivedDate <= :date AND (r.decisionDate IS NULL OR r.decisionDate > :date)',
        { officeId, date },
      )
      .andWhere(`r.id NOT IN (${endedEarly.getQuery()})`, { b: dayEnd });
    const openAtEnd = await openQb.getCount();
    const overdueAtEnd = await openQb.clone().andWhere('r.effectiveDueDate < :date', { date }).getCount();

    const names = await this.requesterNames([...received, ...decided]);
    const holidays = new Set(
      (await this.deadlines.holidays(officeId, `${Number(date.slice(0, 4)) - 1}-01-01`, date)).map((h) => h.date),
    );
    const steps = received.length
      ? await this.db.repo(RequestStep).find({ where: { requestId: In(received.map((r) => r.id)) } })
      : [];
    const stepStats = [1, 2, 3].map((step) => {
      const rows = steps.filter((s) => s.step === step && s.durationSeconds !== null);
      const durations = rows.map((s) => s.durationSeconds!).sort((a, b) => a - b);
      const standardMinutes = rows[0]?.standardMinutes ?? ({ 1: 10, 2: 15, 3: 5 } as Record<number, number>)[step];
      const median = durations.length
        ? (durations.length % 2
            ? durations[(durations.length - 1) / 2]
            : (durations[durations.length / 2 - 1] + durations[durations.length / 2]) / 2) / 60
        : null;
      return {
        step,
        standardMinutes,
        recorded: rows.length,
        withinStandard: rows.filter((s) => s.durationSeconds! <= s.standardMinutes * 60).length,
        medianMinutes: median,
      };
    });
    return {
      office,
      sheet: {
        date,
        office: { id: office.id, name: office.name, code: office.code },
        received: received.map((r) => ({
          id: r.id,
          number: r.number,
          receivedAt: r.receivedAt,
          requesterName: names.get(versionKey(r.requesterId, r.requesterVersion)) ?? '',
          channel: r.channel,
          informationRequested: r.informationRequested,
          status: r.status,
          dueDate: r.effectiveDueDate,
        })),
        decided: decided.map((r) => ({
          id: r.id,
          number: r.number,
          requesterName: names.get(versionKey(r.requesterId, r.requesterVersion)) ?? '',
          decision: r.decision!,
          workingDays: workingDaysBetween(r.clockStartDate, r.decisionDate!, holidays),
        })),
        delivered,
        openAtEnd,
        overdueAtEnd,
        steps: stepStats,
      },
    };
  }

  /** The requesters' names as registered with each request (requester_versions), by requester and version. */
  private async requesterNames(requests: InfoRequest[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    if (!requests.length) return out;
    const versions = await this.requesters.versions(
      requests.map((r) => ({ requesterId: r.requesterId, version: r.requesterVersion })),
    );
    for (const [key, v] of versions) out.set(key, v.name);
    const missing = [
      ...new Set(
        requests.filter((r) => !out.has(versionKey(r.requesterId, r.requesterVersion))).map((r) => r.requesterId),
      ),
    ];
    if (missing.length) {
      const rows = await this.db.repo(Requester).find({ where: { id: In(missing) }, select: { id: true, name: true } });
      for (const q of rows)
        for (const r of requests)
          if (r.requesterId === q.id && !out.has(versionKey(r.requesterId, r.requesterVersion)))
            out.set(versionKey(r.requesterId, r.requesterVersion), q.name);
    }
    return out;
  }

  /** Template data for the printable sheet. */
  async pdfData(actor: AuthUser, sheet: DailySheet, office: Office) {
    const ppid = await this.db
      .repo(User)
      .createQueryBuilder('u')
      .innerJoin('u.roleRows', 'r', "r.role = 'ppid'")
      .where('u.officeId = :o AND u.active = :a', { o: office.id, a: true })
      .orderBy('u.id')
      .getOne();
    const issuer = await this.db.repo(User).findOneOrFail({ where: { id: actor.id } });
    const signer = ppid ?? issuer;
    const time = (d: Date) => DateTime.fromJSDate(d, { zone: office.timeZone }).toFormat('HH.mm');
    return {
      dayText: formatDateId(sheet.date, office.timeZone, { weekday: true }),
      received: sheet.received.map((r) => ({
        ...r,
        receivedTime: time(r.receivedAt),
        channel: CHANNEL_LABELS[r.channel] ?? r.channel,
        status: STATUS_LABELS[r.status as keyof typeof STATUS_LABELS]?.id ?? r.status,
        dueDate: formatDateId(r.dueDate, office.timeZone),
      })),
      decided: sheet.decided.map((r) => ({
        ...r,
        decision: DECISION_LABELS[r.decision as keyof typeof DECISION_LABELS]?.id ?? r.decision,
      })),
      steps: sheet.steps.map((s) => ({ ...s, label: SOP_STEP_LABELS[s.step] })),
      signer: {
        role: 'Pejabat Pengelola Informasi dan Dokumentasi,',
        position: signer.position ?? 'PPID',
        name: signer.fullName,
        nip: signer.nip,
        place: office.city ?? office.name,
      },
      clock: this.clock.now(),
    };
  }
}
