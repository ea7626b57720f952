import { signatureBlocks } from '../components/signature.js';
import { beritaAcaraHtml, meetingDayInWords, numberWords } from './berita-acara.js';

describe('berita acara', () => {
  it('writes the meeting day in words, as minutes open', () => {
    expect(numberWords(2026)).toBe('dua ribu dua puluh enam');
    expect(numberWords(1999)).toBe('seribu sembilan ratus sembilan puluh sembilan');
    expect(numberWords(11)).toBe('sebelas');
    expect(meetingDayInWords('2026-02-03')).toBe('Selasa tanggal tiga bulan Februari tahun dua ribu dua puluh enam');
    expect(meetingDayInWords('2026-02-20')).toBe(
      'Jumat tanggal dua puluh bulan Februari tahun dua ribu dua puluh enam',
    );
  });

  it('opens with the meeting’s own day, marks a draft, and stamps only the signatures given', async () => {
    const out = await beritaAcaraHtml({
      office: {
        name: 'KPU Kabupaten Lebak',
        letterheadLine1: 'Komisi Pemilihan Umum',
        letterheadLine2: 'Kabupaten Lebak',
      },
      year: 2025,
      number: '(diberikan setelah ditandatangani)',
      dateText: '3 Februari 2026',
      verification: { code: '-', url: '-' },
      meetingDate: '2026-02-03',
      meetingDateText: 'ignored',
      weekday: 'ignored',
      place: 'Ruang Rapat',
      quorum: 1,
      attendees: [{ name: 'A', position: 'Ketua', present: true }],
      agenda: ['Pengesahan'],
      decision: 'Mengesahkan.',
      draft: true,
      signers: [
        { role: 'Ketua', name: 'A', mark: 'Ditandatangani secara elektronik\n3 Februari 2026 pukul 14.15 WIB' },
        { role: 'Anggota', name: 'B', mark: 'Belum ditandatangani', pending: true },
      ],
    });
    expect(out).toContain(
      'Pada hari ini Selasa tanggal tiga bulan Februari tahun dua ribu dua puluh enam (3 Februari 2026), bertempat di Ruang Rapat',
    );
    expect(out).not.toContain('ignored');
    expect(out).toContain('NASKAH');
    expect(out).toContain(
      '<span class="ttd-mark">Ditandatangani secara elektronik\n3 Februari 2026 pukul 14.15 WIB</span>',
    );
    expect(out).toContain('<span class="ttd-mark pending">Belum ditandatangani</span>');
  });

  it('leaves the signature space blank without a mark (for a wet signature)', () => {
    const out = signatureBlocks([{ role: 'Ketua', name: 'A' }]).toString();
    expect(out).not.toContain('ttd-mark');
    expect(out).toContain('<tr class="ttd-space"><td></td><td></td></tr>');
  });
});
