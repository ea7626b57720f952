import { Permission } from '../permissions';

/** The actions of the annual report the console offers, with the permission each needs (server: annual-report-lifecycle.ts). */
export const ANNUAL_ACTION_PERMISSION = {
  edit: Permission.AnnualPrepare,
  submit: Permission.AnnualPrepare,
  return: Permission.AnnualApprove,
  approve: Permission.AnnualApprove,
  comment: Permission.AnnualReview,
  review_approve: Permission.AnnualReview,
  review_return: Permission.AnnualReview,
  schedule_pleno: Permission.AnnualPrepare,
  ratify: Permission.AnnualPrepare,
  publish: Permission.AnnualPrepare,
  revise: Permission.AnnualPrepare,
} as const;

export type AnnualAction = keyof typeof ANNUAL_ACTION_PERMISSION;
const ORDER = Object.keys(ANNUAL_ACTION_PERMISSION) as AnnualAction[];

/** The actions to offer: allowed by the report's status (from the server) and by the user's permissions, in lifecycle order. */
export function offeredAnnualActions(
  permissions: readonly string[] | null | undefined,
  allowed: readonly string[] | null | undefined,
): AnnualAction[] {
  if (!Array.isArray(permissions) || !Array.isArray(allowed)) return [];
  return ORDER.filter((a) => allowed.includes(a) && permissions.includes(ANNUAL_ACTION_PERMISSION[a]));
}

/** The last fiscal year that has ended, for a date YYYY-MM-DD (the default of the create dialog). */
export function lastEndedYear(today: string): number {
  return Number(today.slice(0, 4)) - 1;
}
