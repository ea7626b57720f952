import {
  existingRequesterOf,
  identityChanges,
  identityOf,
  nikProblem,
  requesterEditData,
  requesterPayload,
  type IdentityVersion,
} from './identity';

describe('requester identity', () => {
  it('asks a person and a group for a NIK, an entity for its deed and ratification', () => {
    expect(identityOf('person')).toMatchObject({ nik: true, deed: false });
    expect(identityOf('group')).toMatchObject({ nik: true, poa: 'required' });
    expect(identityOf('entity')).toMatchObject({ nik: false, deed: true });
    expect(identityOf('unknown')).toBe(identityOf('person'));
  });

  it("explains a wrong NIK in the user's language and accepts a valid or masked one", () => {
    expect(nikProblem('3602011203850004', 'id')).toBeUndefined();
    expect(nikProblem('3602********0004', 'id')).toBeUndefined();
    expect(nikProblem('', 'id')).toBeUndefined();
    expect(nikProblem('36020112038500', 'id')).toBe('NIK harus 16 digit angka');
    expect(nikProblem('3602013213850004', 'en')).toBe('the date of birth inside the NIK is invalid');
  });

  it('sends only the fields of the chosen type, trimmed, without blanks', () => {
    expect(
      requesterPayload({
        type: 'person',
        name: ' Budi Santoso ',
        nik: '3602011203850004',
        deedNumber: 'AHU-1',
        address: 'Rangkasbitung',
        phone: '',
        email: 'budi@example.org',
        representativeName: 'X',
      }),
    ).toEqual({
      type: 'person',
      name: 'Budi Santoso',
      nik: '3602011203850004',
      address: 'Rangkasbitung',
      email: 'budi@example.org',
    });
    expect(
      requesterPayload({
        type: 'entity',
        name: 'Yayasan Lentera',
        nik: '3602011203850004',
        deedNumber: '12',
        ratificationNumber: 'AHU-3',
        address: 'Lebak',
        phone: '0252 123456',
      }),
    ).toEqual({
      type: 'entity',
      name: 'Yayasan Lentera',
      deedNumber: '12',
      ratificationNumber: 'AHU-3',
      address: 'Lebak',
      phone: '0252 123456',
    });
  });
});

describe('requester edit data', () => {
  it('clears the fields the new type does not use and never sends a masked NIK back', () => {
    const out = requesterEditData({
      id: 3,
      type: 'person',
      name: 'Budi',
      nik: '3602********0004',
      deedNumber: '12',
      ratificationNumber: 'AHU-3',
      address: 'Lebak',
      phone: '0812345678',
      email: '',
    });
    expect(out).not.toHaveProperty('nik');
    expect(out).toMatchObject({ id: 3, deedNumber: null, ratificationNumber: null, email: null, phone: '0812345678' });
    expect(requesterEditData({ type: 'person', name: 'Budi', reason: ' Nama sesuai KTP baru ' }).reason).toBe(
      'Nama sesuai KTP baru',
    );
  });

  it("recognises the server's 409 naming the requester a NIK is registered to, and nothing else", () => {
    const existingRequester = { id: 4, name: 'Siti Aminah', type: 'person', version: 2 };
    // react-admin's HttpError as session.ts builds it from the server's answer (message, status, body)
    const httpError = (status: number, body: unknown) => Object.assign(new Error('x'), { status, body });
    const conflict = httpError(409, {
      errors: { 'requester.nik': 'terdaftar atas nama Siti Aminah' },
      details: { existingRequester },
    });
    expect(existingRequesterOf(conflict)).toEqual(existingRequester);
    expect(existingRequesterOf(httpError(409, {}))).toBeNull();
    expect(existingRequesterOf(httpError(400, { details: { existingRequester } }))).toBeNull();
    expect(existingRequesterOf(null)).toBeNull();
    expect(existingRequesterOf(new Error('offline'))).toBeNull();
  });

  it('lists what an identity version changed against the one before it', () => {
    const v1: IdentityVersion = {
      id: 4,
      version: 1,
      type: 'person',
      name: 'Siti Aminah',
      nik: '3602024507920002',
      nikMasked: false,
      deedNumber: null,
      ratificationNumber: null,
      powerOfAttorney: null,
      representativeName: null,
      address: 'Cibadak',
      phone: '085711223344',
      email: null,
      occupation: 'Mahasiswa',
      reason: null,
      createdAt: '2026-11-02T02:00:00Z',
      createdByName: 'Siti Nurhaliza, A.Md.',
    };
    const v2 = { ...v1, version: 2, name: 'Siti Aminah Lubis', email: 'siti@example.id', occupation: 'Mahasiswa' };
    expect(identityChanges(v2, v1)).toEqual([
      { field: 'name', from: 'Siti Aminah', to: 'Siti Aminah Lubis' },
      { field: 'email', from: null, to: 'siti@example.id' },
    ]);
    expect(identityChanges(v1, undefined)).toEqual([]);
    expect(identityChanges({ ...v1, phone: '' }, { ...v1, phone: null })).toEqual([]);
  });
});
