import { Entity, Index } from 'typeorm';
import { Col } from '../common/columns';
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
  @Col.id() id: number;
  @Col.int() officeId: number;
  @Col.varchar(20) subjectType: ClockSubject;
  @Col.int() subjectId: number;
  @Col.varchar(40) kind: ClockKind;
  /** the day of the starting event (not counted: day 1 is the next working day) */
  @Col.date() startDate: string;
  @Col.int() days: number;
  /** added once by an extension */
  @Col.int({ default: 0 }) extensionDays: number;
  @Col.date() dueDate: string;
  @Col.varchar(10) state: ClockState;
  @Col.int({ nullable: true }) ruleSetId: number | null;
  @Col.int({ default: 1 }) version: number;
  @Col.instant() updatedAt: Date;
}
