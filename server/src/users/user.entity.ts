import { Col } from '../common/columns';
import { Entity, Index, JoinColumn, ManyToOne, OneToMany, PrimaryColumn } from 'typeorm';
import { Office } from '../offices/office.entity';

@Entity('users')
@Index('UQ_users_username', ['username'], { unique: true })
@Index('IDX_users_office', ['officeId'])
export class User {
  @Col.id() id: number;
  @Col.int() officeId: number;

  @ManyToOne(() => Office, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'officeId', foreignKeyConstraintName: 'FK_users_office' })
  office?: Office;

  /** the liaison unit (tim penghubung) this user answers for, if any */
  @Col.int({ nullable: true }) unitId: number | null;
  @Col.varchar(64) username: string;
  @Col.varchar(255) passwordHash: string;
  @Col.varchar(200) fullName: string;
  @Col.varchar(18, { nullable: true }) nip: string | null;
  @Col.varchar(200, { nullable: true }) position: string | null;
  @Col.varchar(200, { nullable: true }) email: string | null;
  @Col.bool({ default: true }) active: boolean;
  /** the daily e-mail of the work waiting (to `email`, on working days at 07:00 office time) */
  @Col.bool({ default: false }) dailyDigest: boolean;
  /** Bumped on deactivation and password change: every token issued before stops working. */
  @Col.int({ default: 0 }) tokenVersion: number;
  /**
   * Bumped by every change to the account through the users' API (roles, unit, name, status): a user a request took
   * from what the process knew is checked against it inside the request's transaction (ActorCheck).
   */
  @Col.int({ default: 0 }) authVersion: number;
  @Col.instant({ nullable: true }) lastLoginAt: Date | null;
  @Col.instant() createdAt: Date;
  @Col.instant() updatedAt: Date;

  @OneToMany(() => UserRole, (r) => r.user, { cascade: false })
  roleRows?: UserRole[];
}

/** What every new account starts with: the first token version, never signed in, created and updated `now`. */
export function newAccount(
  now: Date,
): Pick<User, 'tokenVersion' | 'authVersion' | 'lastLoginAt' | 'createdAt' | 'updatedAt'> {
  return { tokenVersion: 0, authVersion: 0, lastLoginAt: null, createdAt: now, updatedAt: now };
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
