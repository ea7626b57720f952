import { Entity, Index } from 'typeorm';
import { Col } from '../common/columns';

/** One hit on a rate-limited public endpoint; kept in the database so every server instance shares the count. */
@Entity('rate_limits')
@Index('IDX_rate_limits_bucket_at', ['bucket', 'at'])
export class RateLimitHit {
  @Col.id() id: number;
  @Col.varchar(100) bucket: string;
  @Col.instant() at: Date;
}
