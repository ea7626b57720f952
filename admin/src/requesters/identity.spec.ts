import { identityOf, nikProblem, requesterEditData, requesterPayload } from './identity';

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
  });
});
