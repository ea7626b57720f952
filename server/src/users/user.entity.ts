import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Office } from '../offices/office.entity';

@Entity('users')
@Index('UQ_users_username', ['username'], { unique: true })
@Index('IDX_users_office', ['officeId'])
export class User {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  officeId: number;

  @ManyToOne(() => Office, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'officeId', foreignKeyConstraintName: 'FK_users_office' })
  office?: Office;

  /** the liaison unit (tim penghubung) this user answers for, if any */
  @Column({ type: 'int', nullable: true })
  unitId: number | null;

  @Column({ type: 'varchar', length: 64 })
  username: string;

  @Column({ type: 'varchar', length: 255 })
  passwordHash: string;

  @Column({ type: 'varchar', length: 200 })
  fullName: string;

  @Column({ type: 'varchar', length: 18, nullable: true })
  nip: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  position: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  email: string | null;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  /** the daily e-mail of the work waiting (to `email`, on working days at 07:00 office time) */
  @Column({ type: 'boolean', default: false })
  dailyDigest: boolean;

  /** Bumped on deactivation and password change: every token issued before stops working. */
  @Column({ type: 'int', default: 0 })
  tokenVersion: number;

  @Column({ type: 'datetime', nullable: true })
  lastLoginAt: Date | null;

  @Column({ type: 'datetime' })
  createdAt: Date;

  @Column({ type: 'datetime' })
  updatedAt: Date;

  @OneToMany(() => UserRole, (r) => r.user, { cascade: false })
  roleRows?: UserRole[];
}

@Entity('user_roles')
@Index('IDX_user_roles_role', ['role'])
export class UserRole {
  @PrimaryColumn({ type: 'int' })
  userId: number;

  @PrimaryColumn({ type: 'varchar', length: 32 })
  role: string;

  @ManyToOne(() => User, (u) => u.roleRows, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'userId', foreignKeyConstraintName: 'FK_user_roles_user' })
  user?: User;
}
