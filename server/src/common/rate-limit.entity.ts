import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One hit on a rate-limited public endpoint; kept in the database so every server instance shares the count. */
@Entity('rate_limits')
@Index('IDX_rate_limits_bucket_at', ['bucket', 'at'])
export class RateLimitHit {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 100 })
  bucket: string;

  @Column({ type: 'datetime' })
  at: Date;
}
