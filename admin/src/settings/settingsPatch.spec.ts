import type { Setting } from '../api/types';
import { draftsOf, settingsPatch } from './settingsPatch';

const settings: Setting[] = [
  {
    key: 'deadline.days',
    label: 'Batas',
    labelEn: 'Deadline',
    type: 'int',
    value: 10,
    default: 10,
    overridden: false,
    min: 1,
    max: 60,
  },
  {
    key: 'sop.step1Minutes',
    label: 'Langkah 1',
    labelEn: 'Step 1',
    type: 'int',
    value: 12,
    default: 10,
    overridden: true,
    min: 1,
    max: 240,
  },
  {
    key: 'request.numberFormat',
    label: 'Format',
    labelEn: 'Format',
    type: 'string',
    value: '{seq:3}/PPID/{office}/{month}/{year}',
    default: '{seq:3}/PPID/{office}/{month}/{year}',
    overridden: false,
  },
];

describe('settings patch', () => {
  it('sends nothing when nothing changed', () => {
    expect(settingsPatch(settings, draftsOf(settings))).toEqual({ patch: {}, errors: {} });
  });

  it('sends changed integers as numbers and changed text as text', () => {
    const drafts = draftsOf(settings);
    drafts['deadline.days'] = { value: ' 7 ', reset: false };
    drafts['request.numberFormat'] = { value: '{seq:4}/PPID/{year}', reset: false };
    expect(settingsPatch(settings, drafts)).toEqual({
      patch: { 'deadline.days': 7, 'request.numberFormat': '{seq:4}/PPID/{year}' },
      errors: {},
    });
  });

  it('resets an overridden rule with null, and ignores a reset of a rule already at its default', () => {
    const drafts = draftsOf(settings);
    drafts['sop.step1Minutes'] = { value: '12', reset: true };
    drafts['deadline.days'] = { value: '10', reset: true };
    expect(settingsPatch(settings, drafts).patch).toEqual({ 'sop.step1Minutes': null });
  });

  it('names rows that are not whole numbers or out of range', () => {
    const drafts = draftsOf(settings);
    drafts['deadline.days'] = { value: '7.5', reset: false };
    drafts['sop.step1Minutes'] = { value: '0', reset: false };
    expect(settingsPatch(settings, drafts).errors).toEqual({
      'deadline.days': 'lentera.settings.integer',
      'sop.step1Minutes': 'lentera.settings.range',
    });
  });
});
