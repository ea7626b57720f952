import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { ClockKind } from '@lentera/reports/legal';

export type ClockSubject = 'request' | 'assignment' | 'objection';
export type ClockState = 'running' | 'stopped';

/**
 * One legal clock of one matter: when it started, how many working days it runs (plus an extension), and its due
 * date under the office's calendar. Running clocks are recomputed when the calendar changes; stopped clocks keep their
 * dates (a decision is judged by the deadline that stood when it was taken).
 */
@Entity('clocks')
@Index('UQ_clocks_subject_kind', ['subjectType', 'subjectId', 'kind'], { unique: true })
@Index('IDX_clocks_state_office_due', ['state', 'officeId', 'dueDate'])
@Index('IDX_clocks_state_due', ['state', 'dueDate'])
export class LegalClock {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  officeId: number;

  @Column({ type: 'varchar', length: 20 })
  subjectType: ClockSubject;

  @Column({ type: 'int' })
  subjectId: number;

  @Column({ type: 'varchar', length: 40 })
  kind: ClockKind;

  /** the day of the starting event (not counted: day 1 is the next working day) */
  @Column({ type: 'date' })
  startDate: string;

  @Column({ type: 'int' })
  days: number;

  /** added once by an extension */
  @Column({ type: 'int', default: 0 })
  extensionDays: number;

  @Column({ type: 'date' })
  dueDate: string;

  @Column({ type: 'varchar', length: 10 })
  state: ClockState;

  @Column({ type: 'int', nullable: true })
  ruleSetId: number | null;

  @Column({ type: 'int', default: 1 })
  version: number;

  @Column({ type: 'datetime' })
  updatedAt: Date;
}
