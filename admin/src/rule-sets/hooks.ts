import { usePermissions } from 'react-admin';
import { useApi } from '../metrics/hooks';
import { Permission } from '../permissions';
import type { Regime } from '../common/legal';
import type { RuleSetRow } from './types';

/** The rule sets in force today for each regime (GET /api/rule-sets/current), for those who may read them. */
export function useCurrentRuleSets(): Partial<Record<Regime, RuleSetRow>> | undefined {
  const { permissions } = usePermissions<string[]>();
  const may = Array.isArray(permissions) && permissions.includes(Permission.SettingRead);
  return useApi<Record<Regime, RuleSetRow>>(may ? 'rule-sets/current' : null).data;
}
