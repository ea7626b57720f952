import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { I18nProvider } from 'react-admin';
import en from './en';
import id from './id';
import { currentLocale, rememberLocale } from './locale';

const base = polyglotI18nProvider(
  (locale) => (locale === 'en' ? en : id),
  currentLocale(),
  [
    { locale: 'id', name: 'Bahasa Indonesia' },
    { locale: 'en', name: 'English' },
  ],
  { allowMissing: true },
);

/** Remembers the chosen locale so API calls send the matching Accept-Language. */
export const i18nProvider: I18nProvider = {
  ...base,
  changeLocale: (locale, options) => {
    rememberLocale(locale);
    return base.changeLocale(locale, options);
  },
};

rememberLocale(currentLocale());

export { currentLocale, intlLocale } from './locale';
