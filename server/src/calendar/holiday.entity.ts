import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const HOLIDAY_KINDS = ['national', 'cuti_bersama', 'local'] as const;
export type HolidayKind = (typeof HOLIDAY_KINDS)[number];

/** A day off: a national holiday or cuti bersama (officeId null, applies everywhere) or an office's local closure. */
@Entity('holidays')
@Index('IDX_holidays_date', ['date'])
@Index('IDX_holidays_office_date', ['officeId', 'date'])
export class Holiday {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'date' })
  date: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 20 })
  kind: HolidayKind;

  @Column({ type: 'int', nullable: true })
  officeId: number | null;

  @Column({ type: 'varchar', length: 20 })
  source: string;

  @Column({ type: 'datetime' })
  createdAt: Date;

  @Column({ type: 'datetime' })
  updatedAt: Date;
}
