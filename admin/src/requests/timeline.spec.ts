import type { RequestEvent } from '../api/types';
import { eventDetails, eventTitle } from './timeline';

// Echoes the key and its arguments, so the test sees what would be translated.
const translate = (key: string, options?: Record<string, unknown>) => {
  const args = Object.entries(options ?? {})
    .filter(([k]) => k !== '_')
    .map(([k, v]) => `${k}=${v}`)
    .join(',');
  return args ? `${key}(${args})` : key;
};

const event = (patch: Partial<RequestEvent>): RequestEvent => ({
  id: 1,
  requestId: 1,
  type: 'registered',
  fromStatus: null,
  toStatus: 'registered',
  at: '2026-11-23T03:00:00Z',
  actorId: 2,
  actorName: 'Siti',
  note: null,
  data: null,
  ...patch,
});

describe('timeline', () => {
  it('names the event and the status change', () => {
    expect(eventTitle(event({ type: 'assign', fromStatus: 'registered', toStatus: 'in_process' }), translate)).toBe(
      'lentera.requests.events.assign (lentera.requests.statuses.registered → lentera.requests.statuses.in_process)',
    );
    expect(eventTitle(event({ type: 'assign', fromStatus: 'in_process', toStatus: 'in_process' }), translate)).toBe(
      'lentera.requests.events.assign',
    );
  });

  it('says how a change of classification moved the regime, the election and the deadline', () => {
    const lines = eventDetails(
      event({
        type: 'classify',
        fromStatus: 'registered',
        toStatus: 'registered',
        data: {
          regime: { from: 'general', to: 'election' },
          election: 'Pemilihan Bupati Lebak 2024',
          ruleSet: { from: 1, to: 2, basis: 'PerKI 1/2019' },
          effectiveDueDate: { from: '2026-12-18', to: '2026-12-09' },
        },
      }),
      translate,
      'id',
    );
    expect(lines).toEqual([
      'lentera.requests.event_details.regime(from=lentera.legal.regimes.general,to=lentera.legal.regimes.election)',
      'Pemilihan Bupati Lebak 2024',
      'lentera.requests.event_details.moved(from=18 Des 2026,to=9 Des 2026)',
    ]);
    expect(eventTitle(event({ type: 'classify', fromStatus: 'registered', toStatus: 'registered' }), translate)).toBe(
      'lentera.requests.events.classify',
    );
  });

  it('lists the units and their deadline of a disposition', () => {
    const lines = eventDetails(
      event({
        type: 'assign',
        data: { units: ['Subbagian PDI'], assignments: [{ unitId: 2, dueDate: '2026-11-26' }] },
      }),
      translate,
      'en',
    );
    expect(lines).toEqual([
      'lentera.requests.event_details.units(units=Subbagian PDI)',
      'lentera.requests.event_details.unit_due(date=26 Nov 2026)',
    ]);
  });

  it('shows a recorded step against its standard', () => {
    expect(
      eventDetails(
        event({ type: 'step', data: { step: 2, durationSeconds: 950, standardMinutes: 15 } }),
        translate,
        'en',
      ),
    ).toEqual(['lentera.requests.event_details.step_done(step=2,duration=15:50,standard=15)']);
    expect(eventDetails(event({ type: 'step', data: { step: 3, durationSeconds: null } }), translate, 'en')).toEqual([
      'lentera.requests.event_details.step_started(step=3)',
    ]);
  });

  it('shows how a holiday moved the deadline', () => {
    expect(
      eventDetails(
        event({
          type: 'deadline_recomputed',
          data: { dueDate: { from: '2026-12-07', to: '2026-12-08' }, extendedDueDate: { from: null, to: null } },
        }),
        translate,
        'en',
      ),
    ).toEqual(['lentera.requests.event_details.moved(from=7 Dec 2026,to=8 Dec 2026)']);
  });

  it('tolerates events without data and unknown types', () => {
    expect(eventDetails(event({ type: 'something_new', data: null }), translate, 'id')).toEqual([]);
  });
});
