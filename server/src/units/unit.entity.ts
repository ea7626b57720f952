import { Col } from '../common/columns';
import { Entity, Index } from 'typeorm';

/** A sub-unit of an office that holds information (tim penghubung / penyedia informasi). */
@Entity('units')
@Index('UQ_units_office_code', ['officeId', 'code'], { unique: true })
export class Unit {
  @Col.id() id: number;
  @Col.int() officeId: number;
  @Col.varchar(20) code: string;
  @Col.varchar(200) name: string;
  @Col.bool({ default: true }) active: boolean;
  @Col.instant() createdAt: Date;
  @Col.instant() updatedAt: Date;
}
