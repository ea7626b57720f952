import { regimePayload, requestPayload, requesterSearchFilter } from './payload';

const base = {
  channel: 'in_person',
  informationRequested: ' Salinan SK penetapan DPT ',
  purpose: 'Penelitian',
  obtainMethods: ['softcopy'],
  deliveryMethods: ['email'],
};

describe('intake payload', () => {
  it('sends a new requester with the fields of its type and the time the form was opened', () => {
    const body = requestPayload(
      {
        ...base,
        requester: {
          type: 'person',
          name: 'Budi',
          nik: '3602011203850004',
          address: 'Lebak',
          phone: '0812345678',
          deedNumber: 'x',
        },
      },
      '2026-11-23T03:00:00.000Z',
    );
    expect(body).toEqual({
      channel: 'in_person',
      informationRequested: 'Salinan SK penetapan DPT',
      purpose: 'Penelitian',
      obtainMethods: ['softcopy'],
      deliveryMethods: ['email'],
      step1StartedAt: '2026-11-23T03:00:00.000Z',
      requester: { type: 'person', name: 'Budi', nik: '3602011203850004', address: 'Lebak', phone: '0812345678' },
    });
  });

  it('sends the regime, and for election information the election without blank fields', () => {
    expect(requestPayload({ ...base, requesterId: 1, regime: 'general', electionKind: 'pemilu' }, 'T')).toMatchObject({
      regime: 'general',
    });
    expect(requestPayload({ ...base, requesterId: 1, regime: 'general' }, 'T')).not.toHaveProperty('electionKind');
    expect(
      regimePayload({
        regime: 'election',
        electionKind: 'pemilihan',
        electionName: ' Pemilihan Bupati dan Wakil Bupati Lebak 2029 ',
        electionStage: '  ',
      }),
    ).toEqual({
      regime: 'election',
      electionKind: 'pemilihan',
      electionName: 'Pemilihan Bupati dan Wakil Bupati Lebak 2029',
    });
    expect(regimePayload({ regime: 'election', electionKind: 'other' })).toEqual({ regime: 'election' });
    expect(regimePayload({ regime: 'bogus' })).toEqual({});
  });

  it('confirms the same person only when the desk said so after the NIK conflict', () => {
    const requester = {
      type: 'person',
      name: 'Budi S.',
      nik: '3602011203850004',
      address: 'Lebak',
      phone: '0812345678',
    };
    expect(requestPayload({ ...base, requester }, 'T').requester).not.toHaveProperty('sameAsRegistered');
    expect(
      requestPayload({ ...base, requester: { ...requester, sameAsRegistered: true } }, 'T').requester,
    ).toMatchObject({
      name: 'Budi S.',
      sameAsRegistered: true,
    });
  });

  it('sends only the id of a registered requester', () => {
    const body = requestPayload({ ...base, requesterId: '7', requester: { type: 'person', name: 'stale' } }, 'T');
    expect(body.requesterId).toBe(7);
    expect(body).not.toHaveProperty('requester');
  });

  it('sends receivedAt for a letter received earlier, never for a walk-in', () => {
    expect(
      requestPayload({ ...base, channel: 'letter', receivedAt: '2026-11-20T09:30', requesterId: 1 }, 'T').receivedAt,
    ).toMatch(/^2026-11-20T\d\d:30:00\.000Z$/);
    expect(requestPayload({ ...base, receivedAt: '2026-11-20T09:30', requesterId: 1 }, 'T')).not.toHaveProperty(
      'receivedAt',
    );
    expect(requestPayload({ ...base, channel: 'email', receivedAt: '', requesterId: 1 }, 'T')).not.toHaveProperty(
      'receivedAt',
    );
  });
});

describe('requester search', () => {
  it('searches by NIK or by email', () => {
    expect(requesterSearchFilter(' 3602011203850004 ')).toEqual({ nik: '3602011203850004' });
    expect(requesterSearchFilter('budi@example.org')).toEqual({ email: 'budi@example.org' });
    expect(requesterSearchFilter('Budi')).toBeNull();
    expect(requesterSearchFilter('360201')).toBeNull();
  });
});
