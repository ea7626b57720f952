import { Column, Entity } from 'typeorm';

/** The counts (a serialized metrics Partial) of one office for one calendar month and one regime. */
@Entity('metrics_office_month')
export class MetricsOfficeMonth {
  @Column({ type: 'int', primary: true })
  officeId: number;

  @Column({ type: 'varchar', length: 7, primary: true })
  month: string;

  /** general / election: each regime's counts on their own row */
  @Column({ type: 'varchar', length: 10, primary: true })
  regime: string;

  @Column({ type: 'text' })
  partial: string;

  @Column({ type: 'datetime' })
  computedAt: Date;
}

/** An (office, month) whose pre-aggregate a change has made stale (every regime's row of it). */
@Entity('metrics_dirty')
export class MetricsDirty {
  @Column({ type: 'int', primary: true })
  officeId: number;

  @Column({ type: 'varchar', length: 7, primary: true })
  month: string;
}
