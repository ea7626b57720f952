import { Entity, Index } from 'typeorm';
import { Col } from '../common/columns';

/** One daily digest per user and working day: the row is the job's lock and its record. */
@Entity('staff_digests')
@Index('UQ_staff_digests_user_day', ['userId', 'day'], { unique: true })
export class StaffDigest {
  @Col.id() id: number;
  @Col.int() userId: number;
  @Col.date() day: string;
  /** the bell's total that morning */
  @Col.int() waiting: number;
  @Col.int({ nullable: true }) outboxId: number | null;
  @Col.instant() createdAt: Date;
}
