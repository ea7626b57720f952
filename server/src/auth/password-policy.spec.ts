import { passwordProblem } from './password-policy';

describe('password policy', () => {
  it('accepts long, uncommon passphrases', () => {
    for (const p of [
      'Rahasia-Tahunan-2026!',
      'kata-sandi-rahasia-1',
      'correct horse battery staple',
      'Gunung Krakatau meletus 1883',
    ] as const)
      expect(passwordProblem(p, ['desk2'])).toBeNull();
  });

  it('refuses short ones with the minimum length, in Indonesian and English', () => {
    expect(passwordProblem('Pendek-1!', [])).toEqual({
      id: 'password paling sedikit 12 karakter',
      en: 'password must be at least 12 characters',
    });
  });

  it('refuses common passwords, repeats, sequences and keyboard walks even when they are long', () => {
    for (const p of [
      'passwordpassword',
      'abcdefghijkl',
      '123456789012',
      'qwertyuiop123',
      'bismillah123456',
      'aaaaaaaaaaaaaaa',
    ]) {
      const problem = passwordProblem(p, []);
      expect(problem).not.toBeNull();
      expect(problem!.id).toMatch(/^password terlalu mudah ditebak/);
      expect(problem!.en).toMatch(/^password is too easy to guess/);
    }
  });

  it('refuses a password built from the username, name or office that would pass without them', () => {
    expect(passwordProblem('sitirahmawati2026', [])).toBeNull();
    expect(passwordProblem('sitirahmawati2026', ['siti.rahmawati', 'Siti Rahmawati, S.Sos.'])).not.toBeNull();
    expect(passwordProblem('kabupatenlebak2026', [])).toBeNull();
    expect(passwordProblem('kabupatenlebak2026', ['desk', 'KPU Kabupaten Lebak', 'KPU-LBK'])).not.toBeNull();
  });
});
