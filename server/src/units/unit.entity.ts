import { Prop } from '../common/api-views';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A sub-unit of an office that holds information (tim penghubung / penyedia informasi). */
@Entity('units')
@Index('UQ_units_office_code', ['officeId', 'code'], { unique: true })
export class Unit {
  @PrimaryGeneratedColumn()
  @Prop(Number)
  id: number;

  @Column({ type: 'int' })
  @Prop(Number)
  officeId: number;

  @Column({ type: 'varchar', length: 20 })
  @Prop(String)
  code: string;

  @Column({ type: 'varchar', length: 200 })
  @Prop(String)
  name: string;

  @Column({ type: 'boolean', default: true })
  @Prop(Boolean)
  active: boolean;

  @Column({ type: 'datetime' })
  @Prop(Date)
  createdAt: Date;

  @Column({ type: 'datetime' })
  @Prop(Date)
  updatedAt: Date;
}
