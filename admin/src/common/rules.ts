import { useEffect, useState } from 'react';
import type { Setting } from '../types';
import { getJson } from './api';

/** The defaults of server/src/settings/rules.ts, used until (or if) GET /api/settings answers. */
export const DEFAULT_RULES: Record<string, number | string> = {
  'deadline.days': 10,
  'deadline.extensionDays': 7,
  'deadline.dueSoonDays': 2,
  'incomplete.noticeDays': 3,
  'incomplete.completeDays': 3,
  'sop.step1Minutes': 10,
  'sop.step2Minutes': 15,
  'sop.step3Minutes': 5,
};

let cache: Promise<Setting[]> | null = null;

export function loadSettings(force = false): Promise<Setting[]> {
  if (!cache || force) {
    cache = getJson<Setting[]>('settings').catch((error) => {
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

/** The office's effective rules (deadline days, SOP standard minutes…), defaults while loading. */
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
