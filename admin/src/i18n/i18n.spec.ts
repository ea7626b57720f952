import englishMessages from 'ra-language-english';
import { raIndonesian } from './ra-id';
import { lenteraEn } from './en';
import { lenteraId } from './id';

/** Every leaf of a message tree, as [path, text]; keys may contain dots ('office.name'). */
function leaves(value: unknown, path: string[] = []): [string, string][] {
  if (typeof value !== 'object' || value === null) return [[path.join(' › '), String(value)]];
  return Object.entries(value).flatMap(([key, child]) => leaves(child, [...path, key]));
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/%\{(\w+)\}/g)].map((match) => match[1]).sort();
}

function shape(messages: unknown): [string, string[], boolean][] {
  return leaves(messages)
    .map(([path, text]): [string, string[], boolean] => [path, placeholders(text), text.includes('||||')])
    .sort(([a], [b]) => a.localeCompare(b));
}

describe('translations', () => {
  it('translates every react-admin message of ra-language-english into Indonesian, keeping placeholders and plurals', () => {
    expect(shape(raIndonesian)).toEqual(shape(englishMessages.ra));
  });

  it('has the same application messages, placeholders and plurals in Indonesian and English', () => {
    expect(shape(lenteraEn)).toEqual(shape(lenteraId));
  });

  it('leaves no message empty', () => {
    for (const messages of [raIndonesian, lenteraId, lenteraEn]) {
      for (const [path, text] of leaves(messages)) {
        if (path === 'boolean › null') continue;
        expect([path, text.trim().length > 0]).toEqual([path, true]);
      }
    }
  });
});
