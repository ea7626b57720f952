/** A user-facing message in Bahasa Indonesia (first) and English. */
export interface Msg {
  id: string;
  en: string;
}

export type Lang = 'id' | 'en';

export const msg = (id: string, en: string): Msg => ({ id, en });

/** Indonesian unless the client asks for English first. */
export function langFromHeader(header: string | string[] | undefined): Lang {
  const h = (Array.isArray(header) ? header[0] : (header ?? '')).toLowerCase().trim();
  if (!h) return 'id';
  const first = h.split(',')[0].trim();
  return first.startsWith('en') ? 'en' : 'id';
}

export function isMsg(v: unknown): v is Msg {
  return typeof v === 'object' && v !== null && typeof (v as Msg).id === 'string' && typeof (v as Msg).en === 'string';
}
