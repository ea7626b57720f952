import { useCallback, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { loadSettings } from '../common/rules';
import type { Setting } from '../api/types';

// GETs of the API's pages live with the data provider's other methods (common/mutations.ts).
export { useApi, type ApiState } from '../common/mutations';

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
