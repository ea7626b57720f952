import { changeRows } from './changes';

describe('changeRows', () => {
  it('reads { field: { from, to } }', () => {
    expect(changeRows({ fullName: { from: 'Siti', to: 'Siti Rahma' }, active: { from: true, to: false } })).toEqual([
      { field: 'fullName', before: 'Siti', after: 'Siti Rahma', hasBefore: true },
      { field: 'active', before: true, after: false, hasBefore: true },
    ]);
  });

  it('reads old/new and before/after pairs per field', () => {
    expect(changeRows({ roles: { old: ['desk'], new: ['desk', 'ppid'] } })).toEqual([
      { field: 'roles', before: ['desk'], after: ['desk', 'ppid'], hasBefore: true },
    ]);
    expect(changeRows({ nip: { before: null, after: '198001012005011001' } })).toEqual([
      { field: 'nip', before: null, after: '198001012005011001', hasBefore: true },
    ]);
  });

  it('reads a before/after snapshot and keeps only the fields that differ', () => {
    expect(
      changeRows({ before: { name: 'KPU Kota A', city: 'A' }, after: { name: 'KPU Kota B', city: 'A', phone: '022' } }),
    ).toEqual([
      { field: 'name', before: 'KPU Kota A', after: 'KPU Kota B', hasBefore: true },
      { field: 'phone', before: undefined, after: '022', hasBefore: true },
    ]);
  });

  it('shows a plain snapshot (e.g. a creation) as new values only', () => {
    expect(changeRows({ username: 'desk2', roles: ['desk'] })).toEqual([
      { field: 'username', before: undefined, after: 'desk2', hasBefore: false },
      { field: 'roles', before: undefined, after: ['desk'], hasBefore: false },
    ]);
  });

  it('does not mistake a nested object value for a pair', () => {
    expect(changeRows({ office: { id: 3, name: 'KPU Kota Bandung' } })).toEqual([
      { field: 'office', before: undefined, after: { id: 3, name: 'KPU Kota Bandung' }, hasBefore: false },
    ]);
  });

  it('reads a list of { field, from, to }', () => {
    expect(changeRows([{ field: 'email', from: 'a@kpu.go.id', to: 'b@kpu.go.id' }])).toEqual([
      { field: 'email', before: 'a@kpu.go.id', after: 'b@kpu.go.id', hasBefore: true },
    ]);
  });

  it('answers no rows for empty or unexpected input', () => {
    expect(changeRows(null)).toEqual([]);
    expect(changeRows(undefined)).toEqual([]);
    expect(changeRows('user.update')).toEqual([]);
    expect(changeRows({})).toEqual([]);
  });
});
