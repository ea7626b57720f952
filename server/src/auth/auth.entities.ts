import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../users/user.entity';

export type RevokedReason = 'rotated' | 'signout' | 'reuse' | 'revoked';

/** Opaque refresh tokens, stored as SHA-256; rotated on every use; one family per sign-in. */
@Entity('refresh_tokens')
@Index('UQ_refresh_tokens_hash', ['tokenHash'], { unique: true })
@Index('IDX_refresh_tokens_user', ['userId'])
@Index('IDX_refresh_tokens_family', ['familyId'])
export class RefreshToken {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  userId: number;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'userId', foreignKeyConstraintName: 'FK_refresh_tokens_user' })
  user?: User;

  @Column({ type: 'varchar', length: 64 })
  tokenHash: string;

  /** the sign-in this token was rotated from (null: issued before families existed) */
  @Column({ type: 'varchar', length: 32, nullable: true })
  familyId: string | null;

  @Column({ type: 'datetime' })
  expiresAt: Date;

  @Column({ type: 'datetime', nullable: true })
  revokedAt: Date | null;

  /**
   * why it was revoked: `rotated` (replaced by a refresh: presenting it again is a reuse), `signout`, `reuse` (its
   * user's tokens after a reuse), `revoked` (deactivation, password change); null on tokens revoked before this
   */
  @Column({ type: 'varchar', length: 16, nullable: true })
  revokedReason: RevokedReason | null;

  @Column({ type: 'datetime' })
  createdAt: Date;
}

/** Failed and successful sign-ins, kept in the database so throttling is shared by every server instance. */
@Entity('login_attempts')
@Index('IDX_login_attempts_username_at', ['username', 'at'])
@Index('IDX_login_attempts_ip_at', ['ip', 'at'])
export class LoginAttempt {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 64 })
  username: string;

  @Column({ type: 'varchar', length: 64 })
  ip: string;

  @Column({ type: 'boolean' })
  success: boolean;

  @Column({ type: 'datetime' })
  at: Date;
}
