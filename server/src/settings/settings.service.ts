import { ApiProperty } from '@nestjs/swagger';
import { Opt, Prop } from '../common/api-views';
import { Injectable } from '@nestjs/common';
import { Db } from '../common/db';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../common/auth-user';
import { Clock } from '../common/clock';
import { ConfigVersion } from '../common/config-version';
import { Errors, throwIfInvalid } from '../common/errors';
import { Access } from '../common/access';
import { Permission } from '../common/permissions';
import { msg } from '../common/i18n';
import { OfficeSetting } from './office-setting.entity';
import { defaultRules, RULE_BY_KEY, RULES, Rules } from './rules';

/** One rule of the office (a default, or the office's own value). */
export class SettingView {
  @Prop(String) key: string;
  @Prop(String) label: string;
  @Prop(String) labelEn: string;
  @Prop(String, { enum: ['int', 'string'] }) type: 'int' | 'string';
  @ApiProperty({ oneOf: [{ type: 'number' }, { type: 'string' }] }) value: number | string;
  @ApiProperty({ oneOf: [{ type: 'number' }, { type: 'string' }] }) default: number | string;
  @Prop(Boolean) overridden: boolean;
  @Opt(Number) min?: number;
  @Opt(Number) max?: number;
}

@Injectable()
export class SettingsService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly access: Access,
    private readonly clock: Clock,
    private readonly config: ConfigVersion,
  ) {}

  /** The effective rules of an office: defaults overridden by the office's own settings. */
  async rulesFor(officeId: number): Promise<Rules> {
    return (await this.rulesOf([officeId])).get(officeId)!;
  }

  /** The effective rules of several offices (a national list page shows up to 25 offices). */
  async rulesOf(officeIds: number[]): Promise<Map<number, Rules>> {
    const all = await this.allSettings();
    return new Map([...new Set(officeIds)].map((id) => [id, applyRules(all.get(id) ?? [])]));
  }

  /** Every office's own settings (a handful each), as of the configuration version (see ConfigVersion). */
  private allSettings(): Promise<ReadonlyMap<number, OfficeSetting[]>> {
    return this.config.cached('office-settings', async (locking) => {
      const qb = this.db.repo(OfficeSetting).createQueryBuilder('s');
      if (locking) qb.setLock('pessimistic_read');
      const byOffice = new Map<number, OfficeSetting[]>();
      for (const row of await qb.getMany()) {
        const rows = byOffice.get(row.officeId) ?? [];
        rows.push(row);
        byOffice.set(row.officeId, rows);
      }
      return byOffice;
    });
  }

  async list(actor: AuthUser, officeId = actor.officeId): Promise<SettingView[]> {
    await this.access.requireOffice(actor, Permission.SettingRead, officeId, msg('Kantor', 'Office'));
    const rows = await this.db.repo(OfficeSetting).find({ where: { officeId } });
    const set = new Map(rows.map((r) => [r.key, r.value]));
    return RULES.map((r) => ({
      key: r.key,
      label: r.label.id,
      labelEn: r.label.en,
      type: r.type,
      default: r.default,
      value: set.has(r.key) ? (r.type === 'int' ? Number(set.get(r.key)) : set.get(r.key)!) : r.default,
      overridden: set.has(r.key),
      ...('min' in r ? { min: r.min, max: r.max } : {}),
    }));
  }

  /** Sets (or, with null, resets to the default) some rules of the actor's own office. */
  async update(actor: AuthUser, values: Record<string, unknown>): Promise<SettingView[]> {
    const fields: Record<string, ReturnType<typeof msg>> = {};
    const clean: Record<string, string | null> = {};
    for (const [key, value] of Object.entries(values)) {
      const def = RULE_BY_KEY[key];
      if (!def) {
        fields[key] = msg(`aturan ${key} tidak dikenal`, `unknown rule ${key}`);
        continue;
      }
      if (value === null) {
        clean[key] = null;
      } else if (def.type === 'int') {
        if (typeof value !== 'number' || !Number.isInteger(value) || value < (def.min ?? 0) || value > (def.max ?? 1e9))
          fields[key] = msg(
            `${key} harus bilangan bulat ${def.min}–${def.max}`,
            `${key} must be an integer ${def.min}–${def.max}`,
          );
        else clean[key] = String(value);
      } else if (typeof value !== 'string' || (def.pattern && !def.pattern.test(value))) {
        fields[key] = msg(
          `${key} formatnya tidak sesuai (harus memuat {seq})`,
          `${key} has an invalid format (must contain {seq})`,
        );
      } else clean[key] = value;
    }
    throwIfInvalid(fields);
    if (!Object.keys(clean).length) throw Errors.badRequest(msg('Tidak ada aturan yang diubah', 'No rule to change'));
    const before = await this.rulesFor(actor.officeId);
    await this.audit.inTransaction(actor, async (m) => {
      await this.config.bump();
      const changes: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(clean)) {
        if (value === null) await m.delete(OfficeSetting, { officeId: actor.officeId, key });
        else
          await m.save(OfficeSetting, {
            officeId: actor.officeId,
            key,
            value,
            updatedAt: this.clock.now(),
            updatedById: actor.id,
          });
        changes[key] = {
          from: (before as Record<string, unknown>)[key],
          to: value === null ? RULE_BY_KEY[key].default : RULE_BY_KEY[key].type === 'int' ? Number(value) : value,
        };
      }
      return {
        result: undefined,
        audit: {
          action: 'setting.update',
          entityType: 'office',
          entityId: actor.officeId,
          officeId: actor.officeId,
          changes,
        },
      };
    });
    return this.list(actor);
  }
}

function applyRules(rows: OfficeSetting[]): Rules {
  const rules = defaultRules() as Record<string, number | string>;
  for (const r of rows) {
    const def = RULE_BY_KEY[r.key];
    if (def) rules[r.key] = def.type === 'int' ? Number(r.value) : r.value;
  }
  return rules as Rules;
}
