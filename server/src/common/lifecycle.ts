import { Msg, msg } from './i18n';

/**
 * One lifecycle engine for requests, objections, monthly and annual reports: each lifecycle is a table of data —
 * for every action, the states it may start from and the state it leads to, the permission it needs and its guards
 * (conditions beyond the state: "extend once and before the deadline", "not one's own draft"). Pure TypeScript with
 * no server imports, so the console computes the same allowed actions from the same table.
 */
export interface ActionRule<S extends string, C> {
  /** in the sentence "… cannot <label>": 'memperpanjang' / 'extend' */
  label: Msg;
  /** each state the action may start from, and the state it leads to */
  from: Partial<Record<S, S>>;
  /** the permission (Permission enum value) a person needs; none for steps the system takes */
  permission?: string;
  /** further conditions; each answers why not, or null when it holds */
  guards?: ReadonlyArray<(ctx: C) => Msg | null>;
}

/**
 * One row of a state table: `submit: rule(msg('diajukan', 'be submitted'), Permission.AnnualPrepare, { draft:
 * 'submitted' })` — the label, who may act (null: a step the system takes), where it may start and where it leads,
 * and its guards.
 */
export function rule<S extends string, C>(
  label: Msg,
  permission: string | null,
  from: NoInfer<Partial<Record<S, S>>>,
  guards?: NoInfer<ReadonlyArray<(ctx: C) => Msg | null>>,
): ActionRule<S, C> {
  return { label, from, ...(permission ? { permission } : {}), ...(guards ? { guards } : {}) };
}

export interface LifecycleDef<S extends string, A extends string, C> {
  /** 'Permohonan' / 'A request' */
  subject: Msg;
  states: readonly S[];
  labels: Record<S, Msg>;
  actions: Record<A, ActionRule<S, C>>;
  /** a better reason than the generic one for an action refused in a state */
  why?: (action: A, state: S) => Msg | undefined;
}

/** An action refused by the lifecycle; the reason is for the person who tried (a 409 in the API). */
export class IllegalTransition extends Error {
  constructor(readonly reason: Msg) {
    super(reason.en);
  }
}

export class Lifecycle<S extends string, A extends string, C = undefined> {
  constructor(readonly def: LifecycleDef<S, A, C>) {}

  get states(): readonly S[] {
    return this.def.states;
  }

  get actions(): A[] {
    return Object.keys(this.def.actions) as A[];
  }

  label(state: S): Msg {
    return this.def.labels[state];
  }

  /** Why `action` may not be taken now, or null when it may. */
  refusal(state: S, action: A, ctx?: C): Msg | null {
    const rule = this.def.actions[action];
    if (!rule) return msg(`Tindakan tidak dikenal: ${action}`, `Unknown action: ${action}`);
    if (rule.from[state] === undefined) {
      const custom = this.def.why?.(action, state);
      if (custom) return custom;
      const s = this.def.labels[state];
      return msg(
        `${this.def.subject.id} berstatus "${s.id}" tidak dapat ${rule.label.id}`,
        `${this.def.subject.en} that is "${s.en.toLowerCase()}" cannot ${rule.label.en}`,
      );
    }
    if (ctx !== undefined)
      for (const guard of rule.guards ?? []) {
        const why = guard(ctx);
        if (why) return why;
      }
    return null;
  }

  /** The state after `action`, or IllegalTransition saying why not. Guards run when a context is given. */
  next(state: S, action: A, ctx?: C): S {
    const why = this.refusal(state, action, ctx);
    if (why) throw new IllegalTransition(why);
    return this.def.actions[action].from[state]!;
  }

  can(state: S, action: A, ctx?: C): boolean {
    return this.refusal(state, action, ctx) === null;
  }

  /** The actions possible now, optionally only those the holder of `permissions` may take. */
  allowed(state: S, ctx?: C, permissions?: readonly string[]): A[] {
    return this.actions.filter((a) => {
      const p = this.def.actions[a].permission;
      if (permissions && (!p || !permissions.includes(p))) return false;
      return this.can(state, a, ctx);
    });
  }

  /** The table as rows (for documentation and tests). */
  rows(): Array<{ action: A; from: S; to: S; permission: string | null }> {
    return this.actions.flatMap((action) =>
      (Object.entries(this.def.actions[action].from) as Array<[S, S]>).map(([from, to]) => ({
        action,
        from,
        to,
        permission: this.def.actions[action].permission ?? null,
      })),
    );
  }
}
