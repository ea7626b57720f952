import { actionInWords, actionParts, readableIp } from './words';

const dict: Record<string, string> = {
  'lentera.audit_words.subjects.request': 'Permohonan',
  'lentera.audit_words.verbs.decide': 'diputuskan',
  'lentera.audit_words.subjects.office': 'Satker',
  'lentera.audit_words.verbs.signing_certificate_remove': 'sertifikat tanda tangan dihapus',
};
const translate = (key: string, options?: object) => dict[key] ?? (options as { _: string })._;

describe('the audit trail in words', () => {
  it('reads an action key as its subject and what was done', () => {
    expect(actionInWords('request.decide', translate)).toBe('Permohonan: diputuskan');
    expect(actionParts('office.signing_certificate.remove')).toEqual({
      subject: 'office',
      verb: 'signing_certificate_remove',
    });
    expect(actionInWords('office.signing_certificate.remove', translate)).toBe(
      'Satker: sertifikat tanda tangan dihapus',
    );
  });

  it('shows a key the dictionaries do not know readably rather than hiding it', () => {
    expect(actionInWords('liaison_report.create', translate)).toBe('liaison report: create');
  });

  it('writes an IPv4 address seen through an IPv6 socket as IPv4, and leaves others alone', () => {
    expect(readableIp('::ffff:127.0.0.1')).toBe('127.0.0.1');
    expect(readableIp('::FFFF:10.1.2.3')).toBe('10.1.2.3');
    expect(readableIp('2001:db8::1')).toBe('2001:db8::1');
    expect(readableIp('192.0.2.7')).toBe('192.0.2.7');
    expect(readableIp(null)).toBe('—');
  });
});
