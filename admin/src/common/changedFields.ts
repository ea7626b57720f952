type Data = Record<string, unknown>;

const isBlank = (value: unknown) => value === undefined || value === null || value === '';

function same(a: unknown, b: unknown): boolean {
  if (isBlank(a) && isBlank(b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return a === b;
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The body of a PATCH: only the fields the form changed. The server rejects fields it does not accept
 * (id, createdAt, office…), and unchanged ones would show up as noise in the audit log.
 * A cleared input is sent as null; an empty password means "keep it".
 */
export function changedFields(
  data: Data,
  previous: Data | undefined,
  writeOnly: readonly string[] = ['password'],
): Data {
  const patch: Data = {};
  for (const [key, value] of Object.entries(data)) {
    if (value === undefined) continue;
    if (writeOnly.includes(key)) {
      if (!isBlank(value)) patch[key] = value;
      continue;
    }
    if (!same(value, previous?.[key])) patch[key] = isBlank(value) ? null : value;
  }
  return patch;
}

/** The body of a POST: empty inputs left out so optional fields stay absent. */
export function withoutBlanks(data: Data): Data {
  return Object.fromEntries(Object.entries(data).filter(([, value]) => !isBlank(value)));
}
