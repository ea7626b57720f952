import { objectionMessages } from './messages';
import { eventTitle } from './timeline';

/** A minimal polyglot: dotted keys into the Indonesian messages, `_` as the fallback. */
const messages = { lentera: { objections: objectionMessages.id.lentera } };
const translate = (key: string, options?: Record<string, unknown>) => {
  const value = key
    .split('.')
    .reduce<unknown>(
      (node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined),
      messages,
    );
  return typeof value === 'string' ? value : String(options?._ ?? key);
};

describe('objection timeline', () => {
  it('names the event and the status change in Indonesian', () => {
    expect(eventTitle({ type: 'decide', fromStatus: 'registered', toStatus: 'decided' }, translate)).toBe(
      'Ditanggapi Atasan PPID (Terdaftar → Ditanggapi)',
    );
    expect(eventTitle({ type: 'registered', fromStatus: null, toStatus: 'registered' }, translate)).toBe(
      'Diregistrasi',
    );
  });

  it('falls back to the type for an event it does not know', () => {
    expect(eventTitle({ type: 'reopened', fromStatus: null, toStatus: null }, translate)).toBe('reopened');
  });

  it('labels the grounds with the text of UU KIP Pasal 35 from the server', () => {
    expect(objectionMessages.id.lentera.grounds.a).toBe(
      'a — penolakan atas permintaan informasi berdasarkan alasan pengecualian sebagaimana dimaksud dalam Pasal 17',
    );
    expect(Object.keys(objectionMessages.en.lentera.grounds)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
  });
});
