/**
 * NIK (Nomor Induk Kependudukan): 16 digits = province (2) + regency (2) + district (2) +
 * date of birth DDMMYY (women: day + 40) + serial (4, never 0000). Province codes run 11–96.
 */
export function validateNik(nik: string): { ok: true } | { ok: false; reason: { id: string; en: string } } {
  if (!/^\d{16}$/.test(nik))
    return { ok: false, reason: { id: 'NIK harus 16 digit angka', en: 'NIK must be 16 digits' } };
  const province = Number(nik.slice(0, 2));
  if (province < 11 || province > 96)
    return {
      ok: false,
      reason: {
        id: 'dua digit pertama NIK bukan kode provinsi',
        en: 'the first two digits of the NIK are not a province code',
      },
    };
  let day = Number(nik.slice(6, 8));
  const month = Number(nik.slice(8, 10));
  if (day > 40) day -= 40;
  if (day < 1 || day > 31 || month < 1 || month > 12)
    return {
      ok: false,
      reason: { id: 'tanggal lahir di dalam NIK tidak valid', en: 'the date of birth inside the NIK is invalid' },
    };
  if (nik.slice(12) === '0000')
    return { ok: false, reason: { id: 'nomor urut NIK tidak boleh 0000', en: 'the NIK serial cannot be 0000' } };
  return { ok: true };
}

/** 3201********0004 — for lists and roles that do not need the full number. */
export function maskNik(nik: string | null): string | null {
  if (!nik) return nik;
  return `${nik.slice(0, 4)}${'*'.repeat(Math.max(0, nik.length - 8))}${nik.slice(-4)}`;
}
