import { Entity, Index } from 'typeorm';
import { Col } from '../common/columns';

/** The counts (a serialized metrics Partial) of one office for one calendar month and one regime. */
@Entity('metrics_office_month')
// a national roll-up reads a month's rows of every office in one range (MetricsService.storedMonthsFrom)
@Index('IDX_metrics_office_month_month', ['month', 'officeId', 'regime', 'digest'])
export class MetricsOfficeMonth {
  @Col.int({ primary: true }) officeId: number;
  @Col.varchar(7, { primary: true }) month: string;
  /** general / election: each regime's counts on their own row */
  @Col.varchar(10, { primary: true }) regime: string;
  @Col.text() partial: string;
  /** a digest of `partial`: a process reads the text again only when it changed (see MetricsService.monthPartials) */
  @Col.varchar(32) digest: string;
  @Col.instant() computedAt: Date;
}

/** An (office, month) whose pre-aggregate a change has made stale (every regime's row of it). */
@Entity('metrics_dirty')
export class MetricsDirty {
  @Col.int({ primary: true }) officeId: number;
  @Col.varchar(7, { primary: true }) month: string;
}
