import { ANNUAL_LIFECYCLE, type AnnualReportAction } from '../../../server/src/annual-reports/annual-report-lifecycle';

/**
 * The actions of the annual report a person may take, with the permission each needs: read from the server's own
 * lifecycle table (annual-report-lifecycle.ts), in its order; automatic steps (no permission) are left out.
 */
export const ANNUAL_ACTION_PERMISSION = Object.fromEntries(
  ANNUAL_LIFECYCLE.actions
    .filter((a) => ANNUAL_LIFECYCLE.def.actions[a].permission)
    .map((a) => [a, ANNUAL_LIFECYCLE.def.actions[a].permission!]),
) as Partial<Record<AnnualReportAction, string>>;

export type AnnualAction = AnnualReportAction;
const ORDER = Object.keys(ANNUAL_ACTION_PERMISSION) as AnnualAction[];

/** The actions to offer: allowed by the report's status and guards (from the server) and by the user's permissions. */
export function offeredAnnualActions(
  permissions: readonly string[] | null | undefined,
  allowed: readonly string[] | null | undefined,
): AnnualAction[] {
  if (!Array.isArray(permissions) || !Array.isArray(allowed)) return [];
  return ORDER.filter((a) => allowed.includes(a) && permissions.includes(ANNUAL_ACTION_PERMISSION[a]!));
}

/** The last fiscal year that has ended, for a date YYYY-MM-DD (the default of the create dialog). */
export function lastEndedYear(today: string): number {
  return Number(today.slice(0, 4)) - 1;
}
