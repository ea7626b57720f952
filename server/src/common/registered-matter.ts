import { REGIMES, type Regime } from '@lentera/reports/legal';
import { Col } from './columns';

/**
 * The columns a matter in an office's register has, be it a request or an objection: its number in the year's
 * sequence, the requester and the version of their identity it was registered with, the regime and the rule-set
 * version whose values its clocks use, and the optimistic-lock version.
 */
export abstract class RegisteredMatter {
  @Col.id() id: number;
  @Col.int() officeId: number;
  @Col.varchar(80) number: string;
  @Col.int() year: number;
  @Col.int() seq: number;
  @Col.int() requesterId: number;
  /** the requester's identity as registered with this matter (requester_versions) */
  @Col.int({ default: 1 }) requesterVersion: number;
  /** general public information (UU 14/2008) or information about the Pemilu/Pemilihan (PerKI 1/2019) */
  @Col.varchar(10, { default: 'general', enum: REGIMES, enumName: 'Regime' }) regime: Regime;
  /** the rule-set version in force when the matter was received: its clocks keep those values */
  @Col.int({ default: 1 }) ruleSetId: number;
  @Col.int() version: number;
  @Col.int({ nullable: true }) createdById: number | null;
  @Col.instant() createdAt: Date;
  @Col.instant() updatedAt: Date;
}

/**
 * A row of a matter's timeline (request_events, objection_events): a transition or another step, who took it and
 * when, and the note given with it. The subclass adds the column naming its matter.
 */
export abstract class MatterEvent {
  @Col.id() id: number;
  @Col.int() officeId: number;
  @Col.varchar(30) type: string;
  @Col.varchar(20, { nullable: true }) fromStatus: string | null;
  @Col.varchar(20, { nullable: true }) toStatus: string | null;
  @Col.instant() at: Date;
  @Col.int({ nullable: true }) actorId: number | null;
  @Col.varchar(200, { nullable: true }) actorName: string | null;
  @Col.text({ nullable: true }) note: string | null;
}
