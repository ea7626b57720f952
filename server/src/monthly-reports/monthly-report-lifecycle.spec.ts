import { IllegalTransition } from '../common/lifecycle';
import { Permission } from '../common/permissions';
import { MONTHLY_LIFECYCLE as L } from './monthly-report-lifecycle';

const ctx = (actorId: number, signedById: number | null = null) => ({ actorId, report: { signedById } });

describe('monthly report lifecycle', () => {
  it('goes draft → signed → final, one step at a time', () => {
    expect(L.next('draft', 'sign')).toBe('signed');
    expect(L.next('signed', 'countersign', ctx(2, 1))).toBe('final');
    expect(L.allowed('draft')).toEqual(['sign']);
    expect(L.allowed('signed', ctx(2, 1))).toEqual(['countersign']);
    expect(L.allowed('final')).toEqual([]);
  });

  it('offers each step to the permission it needs', () => {
    expect(L.allowed('draft', ctx(1), [Permission.ReportPrepare])).toEqual(['sign']);
    expect(L.allowed('draft', ctx(1), [Permission.ReportApprove])).toEqual([]);
    expect(L.allowed('signed', ctx(2, 1), [Permission.ReportApprove])).toEqual(['countersign']);
  });

  it('refuses signing twice, countersigning a draft, one’s own signature and anything on a final report, with the reason', () => {
    expect(() => L.next('signed', 'sign')).toThrow(IllegalTransition);
    expect(() => L.next('signed', 'sign')).toThrow('already signed');
    expect(() => L.next('draft', 'countersign')).toThrow('must sign the report first');
    expect(() => L.next('final', 'sign')).toThrow('final');
    expect(() => L.next('final', 'countersign')).toThrow('already countersigned');
    expect(() => L.next('signed', 'countersign', ctx(1, 1))).toThrow('cannot also countersign');
    expect(L.allowed('signed', ctx(1, 1), [Permission.ReportApprove])).toEqual([]);
  });
});
