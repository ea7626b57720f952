import { actionBlocked, actionBody, fieldErrorLines } from './actions';

describe('action bodies', () => {
  /** A partial grant as the form holds it: refused in part under Pasal 17 huruf h, with the test and the redactions. */
  const partialGrant = {
    decision: 'granted_partial',
    refusalBasis: ['h'],
    consequenceTest: 'uji',
    redactions: 'NIK dihitamkan',
    form: 'hardcopy',
  };

  it('sends a required note for incomplete and withdraw, an optional one for close', () => {
    expect(actionBody('incomplete', { note: ' KTP belum dilampirkan ' })).toEqual({ note: 'KTP belum dilampirkan' });
    expect(actionBody('close', { note: '' })).toEqual({});
    expect(actionBody('withdraw', { note: 'Dicabut' })).toEqual({ note: 'Dicabut' });
  });

  it('sends the extension reason', () => {
    expect(actionBody('extend', { reason: 'Dokumen di gudang arsip' })).toEqual({ reason: 'Dokumen di gudang arsip' });
  });

  it('sends assignments with numeric unit ids and the due date only when given', () => {
    expect(
      actionBody('assign', {
        assignments: [
          { unitId: '2', instruction: ' Siapkan salinan SK DPT ', dueDate: '' },
          { unitId: 3, instruction: 'Cek arsip', dueDate: '2026-11-26' },
        ],
      }),
    ).toEqual({
      assignments: [
        { unitId: 2, instruction: 'Siapkan salinan SK DPT' },
        { unitId: 3, instruction: 'Cek arsip', dueDate: '2026-11-26' },
      ],
    });
  });

  it('sends the exemption basis and consequence test for a refusal, never the form or cost', () => {
    expect(
      actionBody('decide', {
        decision: 'refused',
        refusalBasis: ['h'],
        consequenceTest: 'Membuka data pribadi pemilih',
        refusalReason: 'Rahasia pribadi',
        form: 'softcopy',
        cost: 5000,
        holderBody: 'x',
      }),
    ).toEqual({
      decision: 'refused',
      refusalBasis: ['h'],
      consequenceTest: 'Membuka data pribadi pemilih',
      refusalReason: 'Rahasia pribadi',
    });
  });

  it('sends no exemption basis on a full grant, even if one was ticked before switching', () => {
    expect(
      actionBody('decide', {
        decision: 'granted_full',
        refusalBasis: ['a'],
        form: 'softcopy',
        cost: '0',
        deliveryPlan: 'Email, 1 hari kerja',
      }),
    ).toEqual({
      decision: 'granted_full',
      form: 'softcopy',
      cost: 0,
      deliveryPlan: 'Email, 1 hari kerja',
    });
  });

  it('sends the material to be given, and how to pay only when there is a cost (Pasal 22 ayat 7 huruf d, g)', () => {
    expect(
      actionBody('decide', {
        decision: 'granted_full',
        form: 'softcopy',
        cost: 0,
        materialProvided: ' Salinan SK penetapan DPT (12 halaman, PDF) ',
        paymentMethod: 'Transfer BRI (ditinggalkan saat biaya diubah menjadi 0)',
      }),
    ).toEqual({
      decision: 'granted_full',
      form: 'softcopy',
      cost: 0,
      materialProvided: 'Salinan SK penetapan DPT (12 halaman, PDF)',
    });
    expect(
      actionBody('decide', {
        ...partialGrant,
        cost: '15000',
        materialProvided: 'Fotokopi daftar anggota PPK',
        paymentMethod: ' Tunai di desk pelayanan saat pengambilan ',
      }),
    ).toMatchObject({ cost: 15000, paymentMethod: 'Tunai di desk pelayanan saat pengambilan' });
    expect(actionBody('decide', { decision: 'refused', materialProvided: 'x', paymentMethod: 'y' })).toEqual({
      decision: 'refused',
    });
  });

  it('sends the redactions of a partial grant and the holder of information not held', () => {
    expect(actionBody('decide', partialGrant)).toEqual(partialGrant);
    expect(actionBody('decide', { decision: 'not_held', holderBody: 'Bawaslu Kabupaten Lebak' })).toEqual({
      decision: 'not_held',
      holderBody: 'Bawaslu Kabupaten Lebak',
    });
  });

  it('sends how the answer was delivered and, if given, when', () => {
    expect(actionBody('deliver', { via: 'email' })).toEqual({ via: 'email' });
    expect(actionBody('deliver', { via: 'pickup', deliveredAt: '2026-11-23T10:15' }).deliveredAt).toMatch(
      /^2026-11-2[23]T\d\d:15:00\.000Z$/,
    );
  });
});

describe('field error lines', () => {
  it('keeps messages that name their field and prefixes the others', () => {
    expect(
      fieldErrorLines({
        'assignments.dueDate': 'batas jawaban unit melewati batas permohonan (2026-12-07)',
        note: 'note wajib diisi',
      }),
    ).toEqual(['assignments.dueDate: batas jawaban unit melewati batas permohonan (2026-12-07)', 'note wajib diisi']);
    expect(fieldErrorLines(undefined)).toEqual([]);
  });
});

describe('actions the dates already rule out', () => {
  const record = { dueDate: '2026-12-07', extendedDueDate: null, extensionDays: 7, incompleteDueDate: null };

  it('allows an extension only once and before the deadline', () => {
    expect(actionBlocked('extend', record, '2026-12-07')).toBeNull();
    expect(actionBlocked('extend', record, '2026-12-08')).toEqual({
      key: 'lentera.requests.blocked.extend_late',
      date: '2026-12-07',
    });
    expect(actionBlocked('extend', { ...record, extendedDueDate: '2026-12-16' }, '2026-12-01')?.key).toBe(
      'lentera.requests.blocked.extended_once',
    );
    expect(actionBlocked('extend', { ...record, extensionDays: 0 }, '2026-12-01')?.key).toBe(
      'lentera.requests.blocked.no_extension',
    );
  });

  it('lets an incomplete request be completed until its window closes, and lapse only after', () => {
    const incomplete = { ...record, incompleteDueDate: '2026-11-26' };
    expect(actionBlocked('complete', incomplete, '2026-11-26')).toBeNull();
    expect(actionBlocked('lapse', incomplete, '2026-11-26')).toEqual({
      key: 'lentera.requests.blocked.lapse_early',
      date: '2026-11-26',
    });
    expect(actionBlocked('complete', incomplete, '2026-11-27')?.key).toBe('lentera.requests.blocked.complete_late');
    expect(actionBlocked('lapse', incomplete, '2026-11-27')).toBeNull();
  });

  it('leaves the other actions to the state table', () => {
    expect(actionBlocked('decide', record, '2027-01-01')).toBeNull();
  });
});
