import { DIP_CATEGORIES, type DipCategory, type DipEntry, type DipSnapshotEntry } from './types';

type Values = Record<string, unknown>;

// ── list tabs ─────────────────────────────────────────────────────────────────

export type DipTab = 'all' | 'proposals' | 'classified' | 'flagged';
export const DIP_TABS: readonly DipTab[] = ['all', 'proposals', 'classified', 'flagged'];

/**
 * The API filters `status` and `flag` one value at a time, so the tabs that stand for two values
 * ("Usulan unit": draft and submitted; "Perlu tindakan": declassify and renew) show one of them and
 * offer the other beside the table (see dipTabChoices).
 */
export function dipTabOf(filter: Values): DipTab {
  if (filter.flag === 'declassify' || filter.flag === 'renew') return 'flagged';
  if (filter.status === 'draft' || filter.status === 'submitted') return 'proposals';
  if (filter.status === 'classified') return 'classified';
  return 'all';
}

/**
 * The filters after choosing a tab: status and flag replaced, the other filters (q, category, unit) kept.
 * The PPID opens the proposals on those submitted to them; a liaison officer on their unit's drafts.
 */
export function filtersForDipTab(filter: Values, tab: DipTab, manages: boolean): Values {
  const { status: _status, flag: _flag, ...rest } = filter;
  switch (tab) {
    case 'proposals':
      return { ...rest, status: manages ? 'submitted' : 'draft' };
    case 'classified':
      return { ...rest, status: 'classified' };
    case 'flagged':
      return { ...rest, flag: 'declassify' };
    default:
      return rest;
  }
}

/** The values a tab groups, and the filter key that picks one of them; null for a single-valued tab. */
export function dipTabChoices(tab: DipTab): { key: 'status' | 'flag'; values: readonly string[] } | null {
  if (tab === 'proposals') return { key: 'status', values: ['submitted', 'draft'] };
  if (tab === 'flagged') return { key: 'flag', values: ['declassify', 'renew'] };
  return null;
}

// ── classification ────────────────────────────────────────────────────────────

const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
const put = (body: Values, key: string, value: unknown) => {
  if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) return;
  body[key] = value;
};

/**
 * The body of POST /api/dip-entries/:id/classify from the dialog's values: only what the chosen category uses
 * (the server refuses an exemption basis or period on information that is not exempt). Missing parts of an
 * exemption are left out, so the server names each one.
 */
export function classifyBody(values: Values): Values {
  const category = values.category;
  const body: Values = { category };
  if (category === 'dikecualikan') {
    put(body, 'exemptionBasis', Array.isArray(values.exemptionBasis) ? [...values.exemptionBasis].sort() : undefined);
    put(body, 'consequenceHarm', text(values.consequenceHarm));
    put(body, 'publicInterest', text(values.publicInterest));
    put(body, 'exemptUntil', values.exemptUntil);
  } else if (category === 'berkala') {
    put(body, 'lastUpdated', values.lastUpdated);
  }
  return body;
}

/** The dialog starts from the entry's current classification; a periodic item defaults to updated today. */
export function classifyDefaults(
  entry: Pick<
    DipEntry,
    'category' | 'exemptionBasis' | 'consequenceHarm' | 'publicInterest' | 'exemptUntil' | 'lastUpdated'
  >,
  today: string,
): Values {
  return {
    category: entry.category ?? undefined,
    exemptionBasis: entry.exemptionBasis ?? [],
    consequenceHarm: entry.consequenceHarm ?? '',
    publicInterest: entry.publicInterest ?? '',
    exemptUntil: entry.exemptUntil ?? '',
    lastUpdated: entry.lastUpdated ?? today,
  };
}

// ── versions ──────────────────────────────────────────────────────────────────

/** A version's snapshot by category, in the law's order (berkala, serta merta, setiap saat, dikecualikan); empty groups left out. */
export function groupByCategory<T extends Pick<DipSnapshotEntry, 'category'>>(
  entries: readonly T[],
): Array<{ category: DipCategory | string; entries: T[] }> {
  const known = DIP_CATEGORIES as readonly string[];
  const groups = DIP_CATEGORIES.map((category) => ({
    category: category as DipCategory | string,
    entries: entries.filter((e) => e.category === category),
  }));
  const others = [...new Set(entries.map((e) => e.category).filter((c) => !known.includes(c)))].map((category) => ({
    category,
    entries: entries.filter((e) => e.category === category),
  }));
  return [...groups, ...others].filter((group) => group.entries.length > 0);
}

const DATE_FIELDS = ['exemptUntil', 'lastUpdated'];

/**
 * One side of a changed field in a version's diff, as text: a category by its label, the Pasal 17 letters,
 * a date in the reader's locale, nothing as a dash.
 */
export function diffValueText(
  field: string,
  value: unknown,
  translate: (key: string, options?: Values) => string,
  formatDate: (date: string) => string,
): string {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return '—';
  if (field === 'category') return translate(`lentera.dip.categories.${String(value)}`, { _: String(value) });
  if (field === 'exemptionBasis' && Array.isArray(value))
    return translate('lentera.dip.pasal17_letters', { letters: value.join(', ') });
  if (DATE_FIELDS.includes(field) && typeof value === 'string') return formatDate(value);
  if (Array.isArray(value)) return value.join(', ');
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** The download name of the public export, e.g. dip-KPU-LBK.pdf (the server's Content-Disposition wins). */
export function exportFileName(officeCode: string, format: 'pdf' | 'xlsx'): string {
  return `dip-${officeCode.replace(/[^A-Za-z0-9-]+/g, '-')}.${format}`;
}
