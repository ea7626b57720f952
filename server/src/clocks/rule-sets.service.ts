import { Injectable } from '@nestjs/common';
import { DEFAULT_RULE_SETS, Regime, REGIMES, RULE_DEFS, RULE_KEYS, RuleKey, RuleValues } from '@lentera/reports/legal';
import { In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { DeadlineService } from '../calendar/deadline.service';
import { isIsoDate } from '../calendar/working-days';
import { Access } from '../common/access';
import { AuthUser } from '../common/auth-user';
import { Clock } from '../common/clock';
import { ConfigVersion } from '../common/config-version';
import { Db } from '../common/db';
import { Errors, throwIfInvalid } from '../common/errors';
import { Msg, msg } from '../common/i18n';
import { Permission } from '../common/permissions';
import { Office } from '../offices/office.entity';
import { User } from '../users/user.entity';
import { Keyed, Nullable } from '../common/api-views';
import { RuleSet } from './rule-set.entity';

/** A rule-set version on the list (GET /rule-sets), with the name of who published it. */
export class RuleSetListItem extends RuleSet {
  @Nullable(String) createdByName: string | null;
}

/** The version in force today for each regime (GET /rule-sets/current). */
export const RuleSetsInForce = Keyed<Regime, RuleSet>('RuleSetsInForce', REGIMES, RuleSet);

export interface PublishRuleSetInput {
  regime: Regime;
  /** null: the national rule set (KPU RI administrators); an office id: that office's override */
  officeId: number | null;
  effectiveFrom: string;
  values: Partial<RuleValues>;
  reason: string;
  basis?: string;
}

/**
 * The service rules as data: versions per regime, national or an office's override, each in force from its date.
 * A matter keeps the version that was in force when it was received (its ruleSetId), so a new version never changes
 * the clocks of what is already registered.
 */
@Injectable()
export class RuleSetsService {
  constructor(
    private readonly db: Db,
    private readonly access: Access,
    private readonly audit: AuditService,
    private readonly deadlines: DeadlineService,
    private readonly clock: Clock,
    private readonly config: ConfigVersion,
  ) {}

  /**
   * The version in force for an office's matter of `regime` received on `date`: the latest to take effect by then of
   * the office's own versions and the national ones. An office's override holds its local values on top of the
   * national version it was published over; a national version taking effect after it (a regulation changed)
   * supersedes it, and the office publishes its override again on top of the new one if it still applies. On the same
   * day, the one published last.
   */
  async resolve(officeId: number, regime: Regime, date: string, field?: string): Promise<RuleSet> {
    // the latest of each (effective date, then id) in force on `date`: the office's own, and the national one
    const latest = (rows: readonly RuleSet[]) =>
      rows.reduce<RuleSet | null>(
        (best, r) =>
          r.effectiveFrom <= date &&
          (!best || r.effectiveFrom > best.effectiveFrom || (r.effectiveFrom === best.effectiveFrom && r.id > best.id))
            ? r
            : best,
        null,
      );
    const all = (await this.all()).filter((r) => r.regime === regime);
    const own = latest(all.filter((r) => r.officeId === officeId));
    const national = latest(all.filter((r) => r.officeId === null));
    if (!own || !national) {
      // a date before the first rules (UU 14/2008, 30 April 2008) came from what someone entered: a 400, not a 500
      // (naming the caller's field when the date came from one: the first rule set's date lives only in the catalogue)
      if (!own && !national) {
        const id = `tidak ada aturan layanan yang berlaku pada ${date} (sebelum UU 14/2008)`;
        const en = `no service rules are in force on ${date} (before UU 14/2008)`;
        // from a field: the 400 of every invalid field ("Invalid field: month"), its reason beside it
        throw field ? Errors.field(field, id, en) : Errors.badRequest(msg(`T${id.slice(1)}`, `N${en.slice(1)}`));
      }
      return (own ?? national)!;
    }
    const later =
      own.effectiveFrom > national.effectiveFrom ||
      (own.effectiveFrom === national.effectiveFrom && own.id > national.id);
    return later ? own : national;
  }

  /** The version in force today (in the office's time zone) for a new matter of `regime` at the office. */
  async inForceToday(officeId: number, regime: Regime = 'general'): Promise<RuleSet> {
    return this.resolve(officeId, regime, this.deadlines.today(await this.deadlines.officeTimeZone(officeId)));
  }

  /** Every version of every regime and office (a few dozen in a lifetime), as of the configuration version. */
  private all(): Promise<readonly RuleSet[]> {
    return this.config.cached('rule-sets', async (locking) => {
      const qb = this.db.repo(RuleSet).createQueryBuilder('r');
      if (locking) qb.setLock('pessimistic_read');
      return Object.freeze(await qb.getMany());
    });
  }

  async byId(id: number): Promise<RuleSet> {
    // rule-set rows are never changed: the version's list holds every committed one
    return (await this.all()).find((r) => r.id === id) ?? this.db.repo(RuleSet).findOneByOrFail({ id });
  }

  /** The versions an office works with: the national ones and its own overrides, newest first, with who made each. */
  async list(actor: AuthUser, officeId = actor.officeId): Promise<RuleSetListItem[]> {
    await this.access.requireOffice(actor, Permission.SettingRead, officeId);
    const rows = await this.db
      .repo(RuleSet)
      .createQueryBuilder('r')
      .where('r.officeId IS NULL OR r.officeId = :officeId', { officeId })
      .orderBy('r.regime', 'ASC')
      .addOrderBy('r.effectiveFrom', 'DESC')
      .addOrderBy('r.id', 'DESC')
      .getMany();
    const userIds = [...new Set(rows.map((r) => r.createdById).filter((u): u is number => u !== null))];
    const users = userIds.length
      ? await this.db.repo(User).find({ where: { id: In(userIds) }, select: { id: true, fullName: true } })
      : [];
    const names = new Map(users.map((u) => [u.id, u.fullName]));
    return rows.map((r) => ({
      ...r,
      createdByName: r.createdById !== null ? (names.get(r.createdById) ?? null) : null,
    }));
  }

  /** The versions in force today for each regime (what a request registered now would get). */
  async current(actor: AuthUser, officeId = actor.officeId): Promise<Record<Regime, RuleSet>> {
    await this.access.requireOffice(actor, Permission.SettingRead, officeId);
    const today = this.deadlines.today(await this.deadlines.officeTimeZone(officeId));
    const out = {} as Record<Regime, RuleSet>;
    for (const regime of REGIMES) out[regime] = await this.resolve(officeId, regime, today);
    return out;
  }

  /**
   * Publishes a new version, effective from a date no earlier than today (matters already received keep theirs).
   * National versions are published by the KPU RI administrators; an office's administrator publishes its override.
   */
  async publish(actor: AuthUser, input: PublishRuleSetInput): Promise<RuleSet> {
    const fields: Record<string, Msg> = {};
    if (!REGIMES.includes(input.regime))
      fields.regime = msg(`rezim harus ${REGIMES.join(' atau ')}`, `regime must be ${REGIMES.join(' or ')}`);
    if (!isIsoDate(input.effectiveFrom))
      fields.effectiveFrom = msg('tanggal berlaku harus YYYY-MM-DD', 'effectiveFrom must be YYYY-MM-DD');
    if (!input.reason?.trim())
      fields.reason = msg('alasan perubahan wajib diisi', 'the reason for the change is required');
    for (const [key, value] of Object.entries(input.values ?? {})) {
      if (value === undefined) continue;
      const def = Object.hasOwn(RULE_DEFS, key) ? RULE_DEFS[key as RuleKey] : undefined;
      if (!def) fields[`values.${key}`] = msg(`aturan tidak dikenal: ${key}`, `unknown rule: ${key}`);
      else if (!Number.isInteger(value) || (value as number) < def.min || (value as number) > def.max)
        fields[`values.${key}`] = msg(
          `${def.label.id}: bilangan bulat ${def.min}–${def.max}`,
          `${def.label.en}: a whole number ${def.min}–${def.max}`,
        );
    }
    throwIfInvalid(fields);
    const scopeOffice = input.officeId ?? actor.officeId;
    await this.access.requireOffice(actor, Permission.SettingManage, scopeOffice);
    if (input.officeId === null) {
      const office = await this.db.repo(Office).findOneByOrFail({ id: actor.officeId });
      if (office.level !== 'national')
        throw Errors.forbidden(
          msg(
            'Aturan nasional hanya ditetapkan oleh admin KPU RI; kantor Anda dapat menetapkan aturan kantor',
            'National rules are set by the KPU RI administrators; your office can set its own override',
          ),
        );
    }
    const today = this.deadlines.today(await this.deadlines.officeTimeZone(scopeOffice));
    if (input.effectiveFrom < today)
      throw Errors.field(
        'effectiveFrom',
        `tanggal berlaku tidak boleh sebelum hari ini (${today}): permohonan yang sudah terdaftar tetap memakai aturannya`,
        `effectiveFrom cannot be before today (${today}): matters already registered keep their rules`,
      );
    return this.audit.inTransaction(actor, async () => {
      await this.config.bump(); // first: see ConfigVersion
      const base = await this.resolve(scopeOffice, input.regime, input.effectiveFrom);
      const values = Object.fromEntries(
        RULE_KEYS.map((k) => [k, input.values[k] ?? base.ruleValues[k] ?? DEFAULT_RULE_SETS[input.regime].values[k]]),
        // (a value left out keeps the one in force)
      ) as RuleValues;
      const row = this.db.repo(RuleSet).create({
        regime: input.regime,
        officeId: input.officeId,
        effectiveFrom: input.effectiveFrom,
        name: base.name,
        basis: input.basis?.trim() || base.basis,
        ruleValues: values,
        sources: base.sources,
        reason: input.reason.trim(),
        createdById: actor.id,
        createdAt: this.clock.now(),
      });
      await this.db.repo(RuleSet).insert(row);
      const changed = RULE_KEYS.filter((k) => values[k] !== base.ruleValues[k]).map((k) => ({
        rule: k,
        from: base.ruleValues[k],
        to: values[k],
      }));
      return {
        result: row,
        audit: {
          action: 'ruleset.publish',
          entityType: 'rule_set',
          entityId: row.id,
          officeId: scopeOffice,
          changes: {
            regime: input.regime,
            national: input.officeId === null,
            effectiveFrom: input.effectiveFrom,
            changed,
            reason: row.reason,
          },
        },
      };
    });
  }
}
