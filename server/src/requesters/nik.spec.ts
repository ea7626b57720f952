import { maskNik, validateNik } from './nik';

describe('NIK', () => {
  it("accepts a well-formed NIK, including a woman's (day + 40)", () => {
    expect(validateNik('3602011203850004')).toEqual({ ok: true });
    expect(validateNik('3602015203850004')).toEqual({ ok: true });
  });
  it('rejects wrong length, letters, bad province, bad date and a 0000 serial', () => {
    expect(validateNik('360201120385000').ok).toBe(false);
    expect(validateNik('36020112038500A4').ok).toBe(false);
    expect(validateNik('0902011203850004').ok).toBe(false);
    expect(validateNik('3602013213850004').ok).toBe(false);
    expect(validateNik('3602011213850004').ok).toBe(false);
    expect(validateNik('3602011203850000').ok).toBe(false);
  });
  it('masks all but the first and last four digits', () => {
    expect(maskNik('3602011203850004')).toBe('3602********0004');
    expect(maskNik(null)).toBeNull();
  });
});
