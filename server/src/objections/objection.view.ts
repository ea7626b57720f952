import { ClockView, MatterRuleSet } from '../clocks/clock.view';
import { Nullable, Prop } from '../common/api-views';
import { RequesterSummary } from '../requesters/requester.view';
import { DECISIONS, type Decision } from '../requests/request-lifecycle';
import { RequestFlags } from '../requests/request.view';
import { Objection, ObjectionEvent } from './objection.entity';

/** The request an objection is against, in short. */
export class ObjectionRequestRef {
  @Prop(Number) id: number;
  @Prop(String) number: string;
  @Prop(String) informationRequested: string;
  @Prop(String) purpose: string;
  @Nullable(String, { enum: DECISIONS as unknown as string[], enumName: 'Decision' }) decision: Decision | null;
}

/** An objection on a list (GET /objections): the row, the identity as registered with it, its request. */
export class ObjectionView extends Objection {
  /** the identity as registered with this objection (full in the detail, for those who may see it) */
  @Nullable(RequesterSummary) requester: RequesterSummary | null;
  @Nullable(ObjectionRequestRef) request: ObjectionRequestRef | null;
  /** the office the objection was filed with (a province reads its regencies' objections on one list) */
  @Prop(String) officeName: string;
  /** the lifecycle actions the reader may take now */
  @Prop([String]) allowedActions: string[];
  /**
   * the Atasan PPID's answer deadline against the office's today, holidays and due-soon rule (as a request's flags);
   * workingDaysLeft is null once the objection no longer waits for the answer
   */
  @Prop(RequestFlags) flags: RequestFlags;
}

/** An objection with its timeline, clocks and rule set (GET /objections/:id and the answers of its actions). */
export class ObjectionDetail extends ObjectionView {
  /** oldest first */
  @Prop([ObjectionEvent]) events: ObjectionEvent[];
  /** the answer, the dispute window, the Commission's stages */
  @Prop([ClockView]) clocks: ClockView[];
  /** the rules it follows (its request's regime, as in force when that was received) */
  @Prop(MatterRuleSet) ruleSet: MatterRuleSet;
}
