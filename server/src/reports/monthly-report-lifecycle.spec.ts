import { allowedMonthlyActions, IllegalMonthlyTransition, nextMonthlyStatus } from './monthly-report-lifecycle';

describe('monthly report lifecycle', () => {
  it('goes draft → signed → final, one step at a time', () => {
    expect(nextMonthlyStatus('draft', 'sign')).toBe('signed');
    expect(nextMonthlyStatus('signed', 'countersign')).toBe('final');
    expect(allowedMonthlyActions('draft')).toEqual(['sign']);
    expect(allowedMonthlyActions('signed')).toEqual(['countersign']);
    expect(allowedMonthlyActions('final')).toEqual([]);
  });

  it('refuses signing twice, countersigning a draft, and anything on a final report, with the reason', () => {
    expect(() => nextMonthlyStatus('signed', 'sign')).toThrow(IllegalMonthlyTransition);
    expect(() => nextMonthlyStatus('signed', 'sign')).toThrow('already signed');
    expect(() => nextMonthlyStatus('draft', 'countersign')).toThrow('must sign the report first');
    expect(() => nextMonthlyStatus('final', 'sign')).toThrow('final');
    expect(() => nextMonthlyStatus('final', 'countersign')).toThrow('already countersigned');
  });
});
