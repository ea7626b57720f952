import { changedFields, withoutBlanks } from './changedFields';

describe('changedFields', () => {
  const previous = {
    id: 7,
    username: 'desk1',
    fullName: 'Siti Rahma',
    nip: null,
    email: 'siti@kpu.go.id',
    roles: ['desk'],
    active: true,
    office: { id: 1, name: 'KPU Kota Bandung', code: '3273' },
    createdAt: '2026-01-05T02:00:00.000Z',
  };

  it('sends only the fields the form changed', () => {
    expect(changedFields({ ...previous, fullName: 'Siti Rahmawati' }, previous)).toEqual({
      fullName: 'Siti Rahmawati',
    });
  });

  it('compares arrays by value and sends the whole new array', () => {
    expect(changedFields({ ...previous, roles: ['desk'] }, previous)).toEqual({});
    expect(changedFields({ ...previous, roles: ['desk', 'ppid'] }, previous)).toEqual({ roles: ['desk', 'ppid'] });
  });

  it('treats an empty input over a null value as unchanged, and a cleared value as null', () => {
    expect(changedFields({ ...previous, nip: '' }, previous)).toEqual({});
    expect(changedFields({ ...previous, email: '' }, previous)).toEqual({ email: null });
  });

  it('sends a boolean switched off', () => {
    expect(changedFields({ ...previous, active: false }, previous)).toEqual({ active: false });
  });

  it('sends a password only when one was typed', () => {
    expect(changedFields({ ...previous, password: '' }, previous)).toEqual({});
    expect(changedFields({ ...previous, password: null }, previous)).toEqual({});
    expect(changedFields({ ...previous, password: 'kata-sandi-baru-2026' }, previous)).toEqual({
      password: 'kata-sandi-baru-2026',
    });
  });

  it('ignores fields the form left undefined (disabled inputs)', () => {
    expect(changedFields({ ...previous, username: undefined }, previous)).toEqual({});
  });
});

describe('withoutBlanks', () => {
  it('drops empty optional fields but keeps false and empty arrays', () => {
    expect(withoutBlanks({ username: 'ppid1', nip: '', email: null, active: false, roles: [] })).toEqual({
      username: 'ppid1',
      active: false,
      roles: [],
    });
  });
});
