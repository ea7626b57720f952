import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A sub-unit of an office that holds information (tim penghubung / penyedia informasi). */
@Entity('units')
@Index('UQ_units_office_code', ['officeId', 'code'], { unique: true })
export class Unit {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  officeId: number;

  @Column({ type: 'varchar', length: 20 })
  code: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Column({ type: 'datetime' })
  createdAt: Date;

  @Column({ type: 'datetime' })
  updatedAt: Date;
}
