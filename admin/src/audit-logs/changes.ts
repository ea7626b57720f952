export interface ChangeRow {
  field: string;
  before: unknown;
  after: unknown;
  /** false when the log only recorded the new value (e.g. on create) */
  hasBefore: boolean;
}

const BEFORE_KEYS = ['from', 'old', 'before', 'oldValue', 'previous'];
const AFTER_KEYS = ['to', 'new', 'after', 'newValue', 'value'];

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function pairOf(value: unknown): { before: unknown; after: unknown; hasBefore: boolean } | null {
  if (!isObject(value)) return null;
  const keys = Object.keys(value);
  if (keys.length === 0 || keys.length > 2) return null;
  const beforeKey = BEFORE_KEYS.find((key) => key in value);
  const afterKey = AFTER_KEYS.find((key) => key in value);
  if (!beforeKey && !afterKey) return null;
  if (keys.some((key) => key !== beforeKey && key !== afterKey)) return null;
  return {
    before: beforeKey ? value[beforeKey] : undefined,
    after: afterKey ? value[afterKey] : undefined,
    hasBefore: beforeKey !== undefined,
  };
}

/**
 * Rows of "field: before → after" from an audit entry's `changes`, whatever shape the server chose:
 * `{ field: { from, to } }` (or old/new, before/after), `{ before: {...}, after: {...} }`,
 * `[{ field, from, to }]`, or a plain `{ field: value }` snapshot.
 */
export function changeRows(changes: unknown): ChangeRow[] {
  if (Array.isArray(changes)) {
    return changes.flatMap((item): ChangeRow[] => {
      if (!isObject(item) || typeof item.field !== 'string') return [];
      const { field, ...rest } = item;
      const pair = pairOf(rest);
      return [pair ? { field, ...pair } : { field, before: undefined, after: rest, hasBefore: false }];
    });
  }
  if (!isObject(changes)) return [];

  const topKeys = Object.keys(changes);
  if (
    topKeys.length > 0 &&
    topKeys.every((key) => key === 'before' || key === 'after') &&
    (changes.before === undefined || changes.before === null || isObject(changes.before)) &&
    (changes.after === undefined || changes.after === null || isObject(changes.after))
  ) {
    const before = (changes.before ?? {}) as Record<string, unknown>;
    const after = (changes.after ?? {}) as Record<string, unknown>;
    const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return fields
      .filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]))
      .map((field) => ({ field, before: before[field], after: after[field], hasBefore: changes.before != null }));
  }

  return topKeys.map((field) => {
    const pair = pairOf(changes[field]);
    return pair ? { field, ...pair } : { field, before: undefined, after: changes[field], hasBefore: false };
  });
}
