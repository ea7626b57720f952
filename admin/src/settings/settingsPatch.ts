import type { Setting } from '../api/types';

/** One row of the form: the text typed, and whether the rule goes back to its default. */
export interface Draft {
  value: string;
  reset: boolean;
}

export function draftsOf(settings: Setting[]): Record<string, Draft> {
  return Object.fromEntries(settings.map((s) => [s.key, { value: String(s.value), reset: false }]));
}

/**
 * The body of PATCH /api/settings: only changed rules; a reset rule as null (back to the default);
 * integers as numbers. `errors` names the rows that cannot be sent as typed.
 */
export function settingsPatch(
  settings: Setting[],
  drafts: Record<string, Draft>,
): { patch: Record<string, number | string | null>; errors: Record<string, string> } {
  const patch: Record<string, number | string | null> = {};
  const errors: Record<string, string> = {};
  for (const s of settings) {
    const draft = drafts[s.key];
    if (!draft) continue;
    if (draft.reset) {
      if (s.overridden) patch[s.key] = null;
      continue;
    }
    const raw = draft.value.trim();
    if (s.type === 'int') {
      if (!/^-?\d+$/.test(raw)) {
        errors[s.key] = 'lentera.settings.integer';
        continue;
      }
      const n = Number(raw);
      if ((s.min !== undefined && n < s.min) || (s.max !== undefined && n > s.max)) {
        errors[s.key] = 'lentera.settings.range';
        continue;
      }
      if (n !== s.value) patch[s.key] = n;
    } else {
      if (!raw) {
        errors[s.key] = 'ra.validation.required';
        continue;
      }
      if (raw !== s.value) patch[s.key] = raw;
    }
  }
  return { patch, errors };
}
