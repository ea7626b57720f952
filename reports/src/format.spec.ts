import { formatDateId, formatDateTimeId, formatNip, romanMonth, timeZoneLabelId } from './format.js';

describe('Indonesian formatting', () => {
  it('formats calendar dates without any time-zone shift', () => {
    expect(formatDateId('2026-11-23')).toBe('23 November 2026');
    expect(formatDateId('2026-01-01', 'Asia/Jayapura')).toBe('1 Januari 2026');
    expect(formatDateId('2026-08-17', 'Asia/Jakarta', { weekday: true })).toBe('Senin, 17 Agustus 2026');
  });

  it('formats instants in the office time zone', () => {
    const instant = new Date('2026-11-23T18:30:00Z'); // 24 Nov 01:30 WIB, 02:30 WITA, 03:30 WIT
    expect(formatDateId(instant, 'Asia/Jakarta')).toBe('24 November 2026');
    expect(formatDateId(instant, 'UTC')).toBe('23 November 2026');
    expect(formatDateId('2026-11-23T18:30:00Z', 'Asia/Makassar')).toBe('24 November 2026');
    expect(formatDateTimeId(instant, 'Asia/Jakarta')).toBe('24 November 2026 pukul 01.30 WIB');
    expect(formatDateTimeId(instant, 'Asia/Makassar')).toBe('24 November 2026 pukul 02.30 WITA');
    expect(formatDateTimeId(instant, 'Asia/Jayapura')).toBe('24 November 2026 pukul 03.30 WIT');
    expect(formatDateTimeId(new Date('2026-05-02T00:00:00Z'), 'UTC')).toBe('2 Mei 2026 pukul 00.00 UTC');
  });

  it('rejects invalid input', () => {
    expect(() => formatDateId('2026-02-30')).toThrow(RangeError);
    expect(() => formatDateId('23/11/2026')).toThrow(RangeError);
    expect(() => formatDateId('2026-11-23T10:00:00')).toThrow(RangeError); // no zone: ambiguous
    expect(() => formatDateId(new Date('x'))).toThrow(RangeError);
    expect(() => formatDateId('2026-11-23T10:00:00Z', 'Mars/Olympus')).toThrow(RangeError);
  });

  it('romanMonth', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map(romanMonth)).toEqual([
      'I',
      'II',
      'III',
      'IV',
      'V',
      'VI',
      'VII',
      'VIII',
      'IX',
      'X',
      'XI',
      'XII',
    ]);
    expect(() => romanMonth(0)).toThrow(RangeError);
    expect(() => romanMonth(13)).toThrow(RangeError);
    expect(() => romanMonth(1.5)).toThrow(RangeError);
  });

  it('timeZoneLabelId and formatNip', () => {
    expect(timeZoneLabelId('Asia/Pontianak')).toBe('WIB');
    expect(timeZoneLabelId('Asia/Tokyo')).toBe('UTC+9');
    expect(formatNip('198701122010011001')).toBe('19870112 201001 1 001');
    expect(formatNip(' 19870112 201001 1 001 ')).toBe('19870112 201001 1 001');
    expect(formatNip('12345')).toBe('12345');
  });
});
