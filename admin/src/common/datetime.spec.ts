import { formatInZone, zoneAbbreviation } from './datetime';

describe('formatInZone', () => {
  const instant = '2026-03-05T06:05:09.000Z';

  it("shows an instant in the office's own zone with its Indonesian abbreviation", () => {
    expect(formatInZone(instant, 'Asia/Jakarta', 'id')).toMatch(/13[.:]05[.:]09 WIB$/);
    expect(formatInZone(instant, 'Asia/Makassar', 'id')).toMatch(/14[.:]05[.:]09 WITA$/);
    expect(formatInZone(instant, 'Asia/Jayapura', 'en')).toMatch(/15:05:09 WIT$/);
  });

  it('moves the calendar day when the zone crosses midnight', () => {
    expect(formatInZone('2026-03-05T16:30:00Z', 'Asia/Jayapura', 'en')).toMatch(/^06 Mar 2026/);
  });

  it('falls back to WIB for an unknown zone and returns unparsable input as is', () => {
    expect(formatInZone(instant, 'Mars/Olympus', 'id')).toMatch(/WIB$/);
    expect(formatInZone('bukan tanggal', 'Asia/Jakarta', 'id')).toBe('bukan tanggal');
  });

  it('names the three Indonesian zones', () => {
    expect(['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'].map(zoneAbbreviation)).toEqual(['WIB', 'WITA', 'WIT']);
  });
});
