/**
 * An audit row in words (issue 18.6): its action key (`request.decide`, `office.signing_certificate.remove`) read as
 * the thing acted on and what was done, through the dictionaries `lentera.audit_words.subjects` and `.verbs`; a key
 * the dictionaries do not know yet is still shown readably (underscores as spaces), never hidden.
 */
export function actionParts(action: string): { subject: string; verb: string } {
  const [subject, ...rest] = action.split('.');
  return { subject, verb: rest.join('_') || subject };
}

export function actionInWords(action: string, translate: (key: string, options?: object) => string): string {
  const { subject, verb } = actionParts(action);
  const plain = (s: string) => s.replace(/_/g, ' ');
  const s = translate(`lentera.audit_words.subjects.${subject}`, { _: plain(subject) });
  const v = translate(`lentera.audit_words.verbs.${verb}`, { _: plain(verb) });
  return `${s}: ${v}`;
}

/** An address as people write it: an IPv4 address the server saw through an IPv6 socket (`::ffff:10.0.0.7`). */
export function readableIp(ip: string | null | undefined): string {
  if (!ip) return '—';
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(ip);
  return mapped ? mapped[1] : ip;
}
