// The legal catalogue (reports/src/legal/catalogue.ts) is the one source of the law's wording: the console builds its
// labels from it and keeps no copy of its own (issue 15.4: the copies drifted).
import {
  CLOCKS,
  ELECTION_KINDS,
  ELECTION_KIND_LABELS,
  EXEMPTIONS,
  EXEMPTION_LETTERS,
  GROUND_LETTERS,
  OBJECTION_GROUNDS_PASAL_35,
  REGIMES,
  REGIME_LABELS,
  type ClockKind,
  type Regime,
  type RuleKey,
  type RuleUnit,
  type Text2,
} from '@lentera/reports/legal';

export {
  CLOCKS,
  DEFAULT_RULE_SETS,
  ELECTION_KINDS,
  ELECTION_KIND_LABELS,
  EXEMPTIONS,
  EXEMPTION_LETTERS,
  GROUND_LETTERS,
  REGIMES,
  REGIME_BASIS,
  REGIME_LABELS,
  RULE_DEFS,
  RULE_KEYS,
} from '@lentera/reports/legal';
export type { ClockKind, ElectionKind, Regime, RuleKey, RuleUnit, Text2 } from '@lentera/reports/legal';

export type Lang = 'id' | 'en';

/** The console's language as the catalogue's: English when the console is in English, Indonesian otherwise. */
export const langOf = (locale: string | null | undefined): Lang => (locale === 'en' ? 'en' : 'id');

/** A bilingual text in the console's language (Indonesian first: anything but English reads Indonesian). */
export function pick(text: Text2 | null | undefined, locale: string | null | undefined): string {
  if (!text) return '';
  return langOf(locale) === 'en' ? text.en || text.id : text.id;
}

/** "h — Rahasia pribadi": the letter of UU 14/2008 Pasal 17 and its title, for each letter a–j. */
export function exemptionLabels(lang: Lang): Record<string, string> {
  return Object.fromEntries(EXEMPTION_LETTERS.map((l) => [l, `${l} — ${EXEMPTIONS[l].title[lang]}`]));
}

/** "c — tidak ditanggapinya permintaan informasi": the grounds of UU 14/2008 Pasal 35 ayat (1). */
export function groundLabels(lang: Lang): Record<string, string> {
  return Object.fromEntries(GROUND_LETTERS.map((g) => [g, `${g} — ${OBJECTION_GROUNDS_PASAL_35[g][lang]}`]));
}

/** The regimes and election kinds in both languages (message trees for i18n/id.ts and en.ts). */
export const regimeLabels = (lang: Lang): Record<string, string> =>
  Object.fromEntries(REGIMES.map((r) => [r, REGIME_LABELS[r][lang]]));
export const electionKindLabels = (lang: Lang): Record<string, string> =>
  Object.fromEntries(ELECTION_KINDS.map((k) => [k, ELECTION_KIND_LABELS[k][lang]]));

export const regimeChoices = REGIMES.map((id) => ({ id, name: `lentera.legal.regimes.${id}` }));
export const electionKindChoices = ELECTION_KINDS.map((id) => ({ id, name: `lentera.legal.election_kinds.${id}` }));

export function isRegime(value: unknown): value is Regime {
  return typeof value === 'string' && (REGIMES as readonly string[]).includes(value);
}

/** The clocks whose length a rule gives (the answer clock also takes the extension). */
export function clocksOfRule(key: RuleKey): ClockKind[] {
  return (Object.keys(CLOCKS) as ClockKind[]).filter(
    (kind) => CLOCKS[kind].rule === key || CLOCKS[kind].extensionRule === key,
  );
}

/** "3 hari kerja" / "3 working days", "6 bulan" / "6 months". */
export function formatRuleValue(value: number, unit: RuleUnit, lang: Lang): string {
  const words: Record<RuleUnit, Text2> = {
    working_days: { id: 'hari kerja', en: value === 1 ? 'working day' : 'working days' },
    calendar_days: { id: 'hari kalender', en: value === 1 ? 'calendar day' : 'calendar days' },
    months: { id: 'bulan', en: value === 1 ? 'month' : 'months' },
  };
  return `${value} ${words[unit][lang]}`;
}
