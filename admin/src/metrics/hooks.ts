import { useCallback, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { getJson } from '../common/api';
import { loadSettings } from '../common/rules';
import type { Setting } from '../api/types';

export interface ApiState<T> {
  /** the last answer (kept while a new one loads, so the page does not flash) */
  data: T | undefined;
  error: (Error & { status?: number; body?: unknown }) | undefined;
  /** true until the answer for the current path (and reload) arrived */
  loading: boolean;
}

/** GET a path of the API whenever it (or `reload`) changes; null asks nothing. Answers of older paths are dropped. */
export function useApi<T>(path: string | null, reload = 0): ApiState<T> {
  const [state, setState] = useState<{ key: string | null; data?: T; error?: ApiState<T>['error'] }>({ key: null });
  const key = path === null ? null : `${path}#${reload}`;
  useEffect(() => {
    if (path === null) return;
    let live = true;
    getJson<T>(path).then(
      (data) => live && setState({ key, data }),
      (error) => live && setState((previous) => ({ key, data: previous.data, error })),
    );
    return () => {
      live = false;
    };
  }, [path, key]);
  return {
    data: state.data,
    error: state.key === key ? state.error : undefined,
    loading: key !== null && state.key !== key,
  };
}

/** The office's rules as GET /api/settings answers them (cached by common/rules.ts); empty until then or on failure. */
export function useSettingsList(): Setting[] {
  const [settings, setSettings] = useState<Setting[]>([]);
  useEffect(() => {
    let live = true;
    loadSettings()
      .then((list) => live && setSettings(list))
      .catch(() => {
        /* the defaults apply */
      });
    return () => {
      live = false;
    };
  }, []);
  return settings;
}

/**
 * Whether the page is being printed: set synchronously on `beforeprint` (Ctrl+P or the "Cetak" button) so the
 * charts render at paper width before the browser lays the page out, reset on `afterprint`.
 */
export function usePrinting(): { printing: boolean; print: () => void } {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  const print = useCallback(() => {
    flushSync(() => setPrinting(true));
    try {
      window.print();
    } finally {
      setPrinting(false);
    }
  }, []);
  return { printing, print };
}
