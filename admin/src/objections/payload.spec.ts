import {
  decisionOptions,
  objectionActionBlocked,
  objectionActionBody,
  objectionPayload,
  unavailableGrounds,
} from './payload';

describe('objection registration body', () => {
  it('sends the request, the grounds in the order of Pasal 35 and the trimmed reasons; blanks are left out', () => {
    expect(
      objectionPayload({
        against: 'request',
        requestId: '12',
        requesterId: 3,
        grounds: ['e', 'a'],
        reasons: '  Tidak sesuai  ',
        groundDate: '',
        proxyName: ' ',
        lateAcceptedReason: '',
      }),
    ).toEqual({ requestId: 12, grounds: ['a', 'e'], reasons: 'Tidak sesuai' });
  });

  it('sends the requester and ground (b) alone when there is no request', () => {
    expect(
      objectionPayload({
        against: 'requester',
        requestId: 12,
        requesterId: '7',
        grounds: ['a', 'c'],
        reasons: 'x',
        groundDate: '2026-03-02',
      }),
    ).toEqual({
      requesterId: 7,
      grounds: ['b'],
      reasons: 'x',
      groundDate: '2026-03-02',
    });
  });

  it('sends the optional filing time as an instant, the proxy and the reason to accept a late objection', () => {
    const body = objectionPayload({
      requestId: 1,
      grounds: ['a', 'z'],
      reasons: 'x',
      filedAt: '2026-03-10T09:30',
      proxyName: 'Dedi',
      lateAcceptedReason: ' Sakit ',
    });
    expect(body).toMatchObject({ requestId: 1, grounds: ['a'], proxyName: 'Dedi', lateAcceptedReason: 'Sakit' });
    expect(body.filedAt).toBe(new Date('2026-03-10T09:30').toISOString());
  });
});

describe('grounds offered on the form', () => {
  it('offers only (b) without a request', () => {
    expect(unavailableGrounds('requester', null)).toEqual(['a', 'c', 'd', 'e', 'f', 'g']);
  });

  it('offers (a) only against a refusal and (c) only against a request not answered', () => {
    expect(unavailableGrounds('request', { decision: 'refused' })).toEqual(['c']);
    expect(unavailableGrounds('request', { decision: 'granted_partial' })).toEqual(['c']);
    expect(unavailableGrounds('request', { decision: 'granted_full' })).toEqual(['a', 'c']);
    expect(unavailableGrounds('request', { decision: null })).toEqual(['a']);
    expect(unavailableGrounds('request', undefined)).toEqual([]);
  });
});

describe('the Atasan PPID decision', () => {
  it('disables settlement by agreement when ground (a) is among the grounds', () => {
    expect(decisionOptions(['a', 'c']).find((c) => c.id === 'settled')?.disabled).toBe(true);
    expect(decisionOptions(['d']).map((c) => c.disabled)).toEqual([false, false, false]);
  });

  it('sends the instruction with an accepted objection only', () => {
    expect(
      objectionActionBody('decide', { decision: 'accepted', reason: ' beralasan ', instruction: ' Berikan salinan ' }),
    ).toEqual({
      decision: 'accepted',
      reason: 'beralasan',
      instruction: 'Berikan salinan',
    });
    expect(objectionActionBody('decide', { decision: 'rejected', reason: 'x', instruction: 'left over' })).toEqual({
      decision: 'rejected',
      reason: 'x',
    });
  });
});

describe('the other objection actions', () => {
  it('sends the dispute, its conclusion, the closing and the withdrawal with the fields each route takes', () => {
    expect(
      objectionActionBody('dispute', { filedDate: '2026-05-04', kiRegistrationNumber: ' ', stage: 'mediation' }),
    ).toEqual({
      filedDate: '2026-05-04',
      stage: 'mediation',
    });
    expect(
      objectionActionBody('conclude', {
        stage: 'adjudication',
        outcome: ' Dikabulkan ',
        complianceNote: '',
        courtAction: 'PTUN',
      }),
    ).toEqual({
      stage: 'adjudication',
      outcome: 'Dikabulkan',
      courtAction: 'PTUN',
    });
    expect(objectionActionBody('close', {})).toEqual({});
    expect(objectionActionBody('close', { requesterReaction: ' Menerima ' })).toEqual({
      requesterReaction: 'Menerima',
    });
    expect(objectionActionBody('withdraw', { note: ' Dicabut pemohon ' })).toEqual({ note: 'Dicabut pemohon' });
  });

  it('holds back a dispute while the Atasan PPID may still answer', () => {
    const record = { status: 'registered', responseDueDate: '2026-04-29' };
    expect(objectionActionBlocked('dispute', record, '2026-04-29')).toEqual({
      key: 'lentera.objections.blocked.dispute_early',
      date: '2026-04-29',
    });
    expect(objectionActionBlocked('dispute', record, '2026-04-30')).toBeNull();
    expect(
      objectionActionBlocked('dispute', { status: 'decided', responseDueDate: '2026-04-29' }, '2026-04-01'),
    ).toBeNull();
    expect(objectionActionBlocked('withdraw', record, '2026-04-01')).toBeNull();
  });
});
