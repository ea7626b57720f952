import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One daily digest per user and working day: the row is the job's lock and its record. */
@Entity('staff_digests')
@Index('UQ_staff_digests_user_day', ['userId', 'day'], { unique: true })
export class StaffDigest {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  userId: number;

  @Column({ type: 'date' })
  day: string;

  /** the bell's total that morning */
  @Column({ type: 'int' })
  waiting: number;

  @Column({ type: 'int', nullable: true })
  outboxId: number | null;

  @Column({ type: 'datetime' })
  createdAt: Date;
}
