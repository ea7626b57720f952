import { Col } from '../common/columns';
import { Entity, Index } from 'typeorm';

export const HOLIDAY_KINDS = ['national', 'cuti_bersama', 'local'] as const;
export type HolidayKind = (typeof HOLIDAY_KINDS)[number];

/** A day off: a national holiday or cuti bersama (officeId null, applies everywhere) or an office's local closure. */
@Entity('holidays')
@Index('IDX_holidays_date', ['date'])
@Index('IDX_holidays_office_date', ['officeId', 'date'])
export class Holiday {
  @Col.id() id: number;
  @Col.date() date: string;
  @Col.varchar(200) name: string;
  @Col.varchar(20, { enum: HOLIDAY_KINDS, enumName: 'HolidayKind' }) kind: HolidayKind;
  @Col.int({ nullable: true }) officeId: number | null;
  @Col.varchar(20) source: string;
  @Col.instant() createdAt: Date;
  @Col.instant() updatedAt: Date;
}
