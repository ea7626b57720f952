import { ZxcvbnFactory, type ZxcvbnResult } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';
import * as id from '@zxcvbn-ts/language-id';
import { Errors } from '../common/errors';
import { PASSWORD_MIN_LENGTH } from './password-hasher';

/** zxcvbn score 0–4; 3 = "safely unguessable: moderate protection from offline slow-hash scenario". */
export const PASSWORD_MIN_SCORE = 3;

let factories: { id: ZxcvbnFactory; en: ZxcvbnFactory } | null = null;
function zxcvbn() {
  if (!factories) {
    // Indonesian and English common passwords, names and words, keyboard patterns
    const dictionary = { ...common.dictionary, ...en.dictionary, ...id.dictionary };
    factories = {
      id: new ZxcvbnFactory({ translations: id.translations, graphs: common.adjacencyGraphs, dictionary }),
      en: new ZxcvbnFactory({ translations: en.translations, graphs: common.adjacencyGraphs, dictionary }),
    };
  }
  return factories;
}

/** Why a password is refused (in Indonesian and English), or null. `context`: the username, full name, office — guessable words. */
export function passwordProblem(
  password: string,
  context: Array<string | null | undefined> = [],
): { id: string; en: string } | null {
  if (password.length < PASSWORD_MIN_LENGTH)
    return {
      id: `password paling sedikit ${PASSWORD_MIN_LENGTH} karakter`,
      en: `password must be at least ${PASSWORD_MIN_LENGTH} characters`,
    };
  const words = guessableWords(context);
  const { id: zi, en: ze } = zxcvbn();
  // zxcvbn only looks at the first 100 characters; longer passwords are long enough
  const sample = password.slice(0, 100);
  const ri: ZxcvbnResult = zi.check(sample, words);
  if (ri.score >= PASSWORD_MIN_SCORE) return null;
  const re = ze.check(sample, words);
  const hint = (r: ZxcvbnResult) => [r.feedback.warning, ...r.feedback.suggestions].filter(Boolean).join(' ');
  return {
    id: `password terlalu mudah ditebak${hint(ri) ? `: ${hint(ri)}` : ''}`,
    en: `password is too easy to guess${hint(re) ? `: ${hint(re)}` : ''}`,
  };
}

/** The context as zxcvbn user inputs: each value, its words, and neighbouring words run together ("Siti Rahmawati" → sitirahmawati). */
function guessableWords(context: Array<string | null | undefined>): string[] {
  const out = new Set<string>();
  for (const c of context) {
    if (!c) continue;
    const parts = c
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
    out.add(parts.join(''));
    parts.forEach((w, i) => {
      out.add(w);
      if (i + 1 < parts.length) out.add(w + parts[i + 1]);
    });
  }
  return [...out].filter((w) => w.length >= 3);
}

/** 400 naming `password` when the password is refused. */
export function assertPasswordAcceptable(password: string, context: Array<string | null | undefined>): void {
  const p = passwordProblem(password, context);
  if (p) throw Errors.field('password', p.id, p.en);
}
