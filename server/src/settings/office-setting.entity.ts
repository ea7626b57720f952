import { Entity } from 'typeorm';
import { Col } from '../common/columns';

/** An office's override of a service rule (deadline days, SOP standard minutes, number format). */
@Entity('office_settings')
export class OfficeSetting {
  @Col.int({ primary: true }) officeId: number;
  @Col.varchar(60, { primary: true }) key: string;
  @Col.varchar(200) value: string;
  @Col.instant() updatedAt: Date;
  @Col.int({ nullable: true }) updatedById: number | null;
}
