import { Column, Entity } from 'typeorm';

/** An office's override of a service rule (deadline days, SOP standard minutes, number format). */
@Entity('office_settings')
export class OfficeSetting {
  @Column({ type: 'int', primary: true })
  officeId: number;

  @Column({ type: 'varchar', length: 60, primary: true })
  key: string;

  @Column({ type: 'varchar', length: 200 })
  value: string;

  @Column({ type: 'datetime' })
  updatedAt: Date;

  @Column({ type: 'int', nullable: true })
  updatedById: number | null;
}
