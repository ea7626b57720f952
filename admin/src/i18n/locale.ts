export type Locale = 'id' | 'en';
export const LOCALES: readonly Locale[] = ['id', 'en'];
export const DEFAULT_LOCALE: Locale = 'id';

const KEY = 'lentera.locale';
let current: Locale = readStored();

function readStored(): Locale {
  try {
    const value = globalThis.localStorage?.getItem(KEY);
    return value === 'en' || value === 'id' ? value : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

/** The locale in use; sent as Accept-Language so the server answers errors in the same language. */
export function currentLocale(): Locale {
  return current;
}

export function rememberLocale(locale: string): void {
  current = locale === 'en' ? 'en' : 'id';
  try {
    globalThis.localStorage?.setItem(KEY, current);
  } catch {
    /* private mode: the choice lasts for this page only */
  }
  if (typeof document !== 'undefined') document.documentElement.lang = current;
}

/** BCP 47 tag for Intl formatting. */
export function intlLocale(locale: string = current): string {
  return locale === 'en' ? 'en-GB' : 'id-ID';
}
