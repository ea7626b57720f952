import * as fs from 'node:fs';
import * as path from 'node:path';
import { lenteraEn } from './en';
import { lenteraId } from './id';

const SRC = path.resolve(__dirname, '..');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'i18n' ? [] : sources(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.spec.ts') ? [full] : [];
  });
}

/** Storage keys that look like message keys. */
const NOT_MESSAGES = new Set(['lentera.session', 'lentera.sessionExpired', 'lentera.locale']);

/**
 * Polyglot's lookup: nested objects, where a key may itself contain dots ('requester.name'). A key that
 * names a group (a prefix handed to a field, e.g. 'lentera.requests.channels') counts as present too.
 */
function has(messages: unknown, key: string): boolean {
  if (typeof messages === 'string') return key === '';
  if (typeof messages !== 'object' || messages === null) return false;
  const tree = messages as Record<string, unknown>;
  if (tree[key] !== undefined && tree[key] !== null) return true;
  const parts = key.split('.');
  for (let i = parts.length - 1; i >= 1; i--) {
    const head = parts.slice(0, i).join('.');
    if (head in tree && has(tree[head], parts.slice(i).join('.'))) return true;
  }
  return false;
}

describe('message keys used by the console', () => {
  const used = new Set<string>();
  for (const file of sources(SRC)) {
    const text = fs.readFileSync(file, 'utf8');
    for (const match of text.matchAll(/['"`]((?:lentera|resources)\.[A-Za-z0-9_.-]+)['"`]/g)) used.add(match[1]);
  }

  it('finds the keys to check', () => {
    expect(used.size).toBeGreaterThan(100);
  });

  it('exist in Indonesian and in English', () => {
    const missing = [...used]
      .filter((key) => !NOT_MESSAGES.has(key))
      .filter((key) => !has(lenteraId, key) || !has(lenteraEn, key))
      .sort();
    expect(missing).toEqual([]);
  });
});
