import { lenteraEn } from '../i18n/en';
import { lenteraId } from '../i18n/id';
import {
  classifyBody,
  classifyDefaults,
  diffValueText,
  dipTabChoices,
  dipTabOf,
  exportFileName,
  filtersForDipTab,
  groupByCategory,
} from './logic';
import { DIP_CATEGORIES, DIP_FLAGS, DIP_SNAPSHOT_FIELDS, DIP_STATUSES, type DipSnapshotEntry } from './types';

describe('DIP list tabs', () => {
  it('recognises the tab from the filters, whichever half of a two-valued tab is shown', () => {
    expect(dipTabOf({})).toBe('all');
    expect(dipTabOf({ q: 'dpt', category: 'berkala' })).toBe('all');
    expect(dipTabOf({ status: 'withdrawn' })).toBe('all');
    expect(dipTabOf({ status: 'draft' })).toBe('proposals');
    expect(dipTabOf({ status: 'submitted' })).toBe('proposals');
    expect(dipTabOf({ status: 'classified' })).toBe('classified');
    expect(dipTabOf({ flag: 'declassify' })).toBe('flagged');
    expect(dipTabOf({ flag: 'renew', status: 'classified' })).toBe('flagged');
  });

  it('replaces status and flag, keeps the other filters, and sends only values the API accepts', () => {
    const filter = { q: 'dpt', unitId: 3, status: 'classified', flag: 'renew' };
    expect(filtersForDipTab(filter, 'all', true)).toEqual({ q: 'dpt', unitId: 3 });
    expect(filtersForDipTab(filter, 'classified', true)).toEqual({ q: 'dpt', unitId: 3, status: 'classified' });
    expect(filtersForDipTab(filter, 'flagged', true)).toEqual({ q: 'dpt', unitId: 3, flag: 'declassify' });
    for (const tab of ['all', 'proposals', 'classified', 'flagged'] as const) {
      const next = filtersForDipTab(filter, tab, false);
      expect(dipTabOf(next)).toBe(tab);
      if (next.status !== undefined) expect(DIP_STATUSES).toContain(next.status);
      if (next.flag !== undefined) expect(DIP_FLAGS).toContain(next.flag);
    }
  });

  it("opens the PPID's proposals on those submitted to them, a liaison officer's on their drafts", () => {
    expect(filtersForDipTab({}, 'proposals', true)).toEqual({ status: 'submitted' });
    expect(filtersForDipTab({}, 'proposals', false)).toEqual({ status: 'draft' });
  });

  it('offers the two halves of the proposals and flagged tabs, nothing for the others', () => {
    expect(dipTabChoices('proposals')).toEqual({ key: 'status', values: ['submitted', 'draft'] });
    expect(dipTabChoices('flagged')).toEqual({ key: 'flag', values: ['declassify', 'renew'] });
    expect(dipTabChoices('all')).toBeNull();
    expect(dipTabChoices('classified')).toBeNull();
  });
});

describe('DIP classification body', () => {
  const full = {
    category: 'dikecualikan',
    exemptionBasis: ['h', 'c'],
    consequenceHarm: '  Membuka NIK penyelenggara  ',
    publicInterest: 'Nama sudah diumumkan dalam SK',
    exemptUntil: '2028-12-31',
    lastUpdated: '2026-07-15',
  };

  it('sends the Pasal 17 letters (sorted), the consequence test (trimmed) and the period for an exemption', () => {
    expect(classifyBody(full)).toEqual({
      category: 'dikecualikan',
      exemptionBasis: ['c', 'h'],
      consequenceHarm: 'Membuka NIK penyelenggara',
      publicInterest: 'Nama sudah diumumkan dalam SK',
      exemptUntil: '2028-12-31',
    });
  });

  it('leaves out the missing parts of an exemption so the server names each of them', () => {
    expect(
      classifyBody({
        category: 'dikecualikan',
        exemptionBasis: ['h'],
        consequenceHarm: '   ',
        publicInterest: '',
        exemptUntil: '2028-12-31',
      }),
    ).toEqual({
      category: 'dikecualikan',
      exemptionBasis: ['h'],
      exemptUntil: '2028-12-31',
    });
    expect(classifyBody({ category: 'dikecualikan', exemptionBasis: [] })).toEqual({ category: 'dikecualikan' });
  });

  it('never sends an exemption for information that is not exempt; berkala keeps its last update', () => {
    expect(classifyBody({ ...full, category: 'berkala' })).toEqual({ category: 'berkala', lastUpdated: '2026-07-15' });
    expect(classifyBody({ ...full, category: 'berkala', lastUpdated: '' })).toEqual({ category: 'berkala' });
    expect(classifyBody({ ...full, category: 'setiap_saat' })).toEqual({ category: 'setiap_saat' });
    expect(classifyBody({ ...full, category: 'serta_merta' })).toEqual({ category: 'serta_merta' });
  });

  it("starts the dialog from the entry's classification, a periodic item updated today by default", () => {
    const unclassified = {
      category: null,
      exemptionBasis: null,
      consequenceHarm: null,
      publicInterest: null,
      exemptUntil: null,
      lastUpdated: null,
    };
    expect(classifyDefaults(unclassified, '2026-11-23')).toEqual({
      category: undefined,
      exemptionBasis: [],
      consequenceHarm: '',
      publicInterest: '',
      exemptUntil: '',
      lastUpdated: '2026-11-23',
    });
    expect(
      classifyDefaults({ ...unclassified, category: 'berkala', lastUpdated: '2026-07-15' }, '2026-11-23'),
    ).toMatchObject({ category: 'berkala', lastUpdated: '2026-07-15' });
  });
});

describe('DIP versions', () => {
  const entry = (entryId: number, category: string): DipSnapshotEntry =>
    ({ entryId, title: `E${entryId}`, category }) as unknown as DipSnapshotEntry;

  it("groups a snapshot by category in the law's order, leaving out empty categories", () => {
    const groups = groupByCategory([
      entry(1, 'dikecualikan'),
      entry(2, 'setiap_saat'),
      entry(3, 'berkala'),
      entry(4, 'setiap_saat'),
    ]);
    expect(groups.map((g) => [g.category, g.entries.map((e) => e.entryId)])).toEqual([
      ['berkala', [3]],
      ['setiap_saat', [2, 4]],
      ['dikecualikan', [1]],
    ]);
    expect(groupByCategory([])).toEqual([]);
  });

  it('keeps an unknown category at the end rather than losing its entries', () => {
    expect(groupByCategory([entry(1, 'lainnya'), entry(2, 'berkala')]).map((g) => g.category)).toEqual([
      'berkala',
      'lainnya',
    ]);
  });

  it('writes both sides of a changed field readably', () => {
    const translate = (key: string, options?: Record<string, unknown>) =>
      `${key}${options?.letters ? `(${options.letters})` : ''}`;
    const date = (d: string) => `date:${d}`;
    expect(diffValueText('category', 'dikecualikan', translate, date)).toBe('lentera.dip.categories.dikecualikan');
    expect(diffValueText('exemptionBasis', ['c', 'h'], translate, date)).toBe('lentera.dip.pasal17_letters(c, h)');
    expect(diffValueText('exemptUntil', '2028-12-31', translate, date)).toBe('date:2028-12-31');
    expect(diffValueText('lastUpdated', '2026-07-15', translate, date)).toBe('date:2026-07-15');
    expect(diffValueText('title', 'Jadwal tahapan', translate, date)).toBe('Jadwal tahapan');
    for (const empty of [null, undefined, '', []]) expect(diffValueText('summary', empty, translate, date)).toBe('—');
  });

  it('names the public downloads after the office code', () => {
    expect(exportFileName('KPU-LBK', 'pdf')).toBe('dip-KPU-LBK.pdf');
    expect(exportFileName('KPU LBK/1', 'xlsx')).toBe('dip-KPU-LBK-1.xlsx');
  });
});

describe('DIP messages', () => {
  // Keys built at run time (`lentera.dip.categories.${category}`…) escape keys.spec.ts: check them here.
  const lookup = (messages: unknown, path: string[]) =>
    path.reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], messages);

  it('labels every category, status, flag and snapshot field in both languages', () => {
    for (const messages of [lenteraId, lenteraEn]) {
      for (const c of DIP_CATEGORIES) {
        expect(typeof lookup(messages, ['lentera', 'dip', 'categories', c])).toBe('string');
        expect(typeof lookup(messages, ['lentera', 'dip', 'category_hints', c])).toBe('string');
      }
      for (const s of DIP_STATUSES) expect(typeof lookup(messages, ['lentera', 'dip', 'statuses', s])).toBe('string');
      for (const f of DIP_FLAGS) {
        expect(typeof lookup(messages, ['lentera', 'dip', 'flags', f])).toBe('string');
        expect(typeof lookup(messages, ['lentera', 'dip', 'flag_hints', f])).toBe('string');
      }
      for (const f of DIP_SNAPSHOT_FIELDS)
        expect(typeof lookup(messages, ['resources', 'dip-entries', 'fields', f])).toBe('string');
    }
  });
});
