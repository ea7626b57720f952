import { Nullable, Prop } from '../common/api-views';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const HOLIDAY_KINDS = ['national', 'cuti_bersama', 'local'] as const;
export type HolidayKind = (typeof HOLIDAY_KINDS)[number];

/** A day off: a national holiday or cuti bersama (officeId null, applies everywhere) or an office's local closure. */
@Entity('holidays')
@Index('IDX_holidays_date', ['date'])
@Index('IDX_holidays_office_date', ['officeId', 'date'])
export class Holiday {
  @PrimaryGeneratedColumn()
  @Prop(Number)
  id: number;

  @Column({ type: 'date' })
  @Prop(String)
  date: string;

  @Column({ type: 'varchar', length: 200 })
  @Prop(String)
  name: string;

  @Column({ type: 'varchar', length: 20 })
  @Prop(String, { enum: HOLIDAY_KINDS as unknown as string[], enumName: 'HolidayKind' })
  kind: HolidayKind;

  @Column({ type: 'int', nullable: true })
  @Nullable(Number)
  officeId: number | null;

  @Column({ type: 'varchar', length: 20 })
  @Prop(String)
  source: string;

  @Column({ type: 'datetime' })
  @Prop(Date)
  createdAt: Date;

  @Column({ type: 'datetime' })
  @Prop(Date)
  updatedAt: Date;
}
