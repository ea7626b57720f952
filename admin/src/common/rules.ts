import { useEffect, useState } from 'react';
import type { Setting } from '../api/types';
import { dataProvider } from '../dataProvider';

/**
 * The defaults of server/src/settings/rules.ts (the office's own settings), used until (or if) GET /api/settings
 * answers. The legal time limits are not settings: they are rule sets per regime (GET /api/rule-sets/current).
 */
export const DEFAULT_RULES: Record<string, number | string> = {
  'deadline.dueSoonDays': 2,
  'sop.step1Minutes': 10,
  'sop.step2Minutes': 15,
  'sop.step3Minutes': 5,
  'kpi.onTimeTargetPercent': 95,
  'request.numberFormat': '{seq:3}/PPID/{office}/{month}/{year}',
};

let cache: Promise<Setting[]> | null = null;

export function loadSettings(force = false): Promise<Setting[]> {
  if (!cache || force) {
    cache = dataProvider.read<Setting[]>('settings').catch((error) => {
      cache = null;
      throw error;
    });
  }
  return cache;
}

/** Forget the cached rules (after an administrator changed them). */
export function forgetSettings(): void {
  cache = null;
}

/** The office's effective settings (SOP standard minutes, due-soon days…), defaults while loading. */
export function useRules(): Record<string, number | string> {
  const [rules, setRules] = useState<Record<string, number | string>>(DEFAULT_RULES);
  useEffect(() => {
    let live = true;
    loadSettings()
      .then((settings) => {
        if (live) setRules({ ...DEFAULT_RULES, ...Object.fromEntries(settings.map((s) => [s.key, s.value])) });
      })
      .catch(() => {
        /* keep the defaults */
      });
    return () => {
      live = false;
    };
  }, []);
  return rules;
}
