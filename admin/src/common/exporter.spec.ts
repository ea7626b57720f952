import { exportSpec, exportTable, exportText, fetchAllRows, toCsv } from './exporter';
import type { DataProvider } from 'react-admin';

const MESSAGES: Record<string, string> = {
  'h.number': 'Nomor registrasi',
  'h.received': 'Tanggal diterima',
  'h.status': 'Status',
  'h.at': 'Waktu',
  'st.registered': 'Teregistrasi',
  'ra.boolean.true': 'Ya',
  'ra.boolean.false': 'Tidak',
};
const translate = (key: string, options?: object) =>
  MESSAGES[key] ?? String((options as { _?: string } | undefined)?._ ?? key);

interface Row {
  number: string;
  receivedDate: string;
  status: string;
  at: string | null;
}

const spec = exportSpec<Row>({
  file: 'permohonan',
  columns: [
    { header: 'h.number', value: (r) => r.number },
    { header: 'h.received', value: (r, t) => t.date(r.receivedDate) },
    { header: 'h.status', value: (r, t) => t.label('st', r.status) },
    { header: 'h.at', value: (r, t) => t.dateTime(r.at) },
  ],
});

describe('the shared exporter', () => {
  it('writes translated headers, dd/mm/yyyy dates, instants in the office zone and codes as words', () => {
    const text = exportText(translate, 'Asia/Jayapura');
    const table = exportTable(
      spec,
      [
        { number: '001/PPID', receivedDate: '2026-03-05', status: 'registered', at: '2026-03-05T16:30:00Z' },
        { number: '002/PPID', receivedDate: '2026-12-31', status: 'unknown_code', at: null },
      ],
      text,
    );
    expect(table.headers).toEqual(['Nomor registrasi', 'Tanggal diterima', 'Status', 'Waktu']);
    // 16:30 UTC is 01:30 the next day in WIT
    expect(table.rows[0]).toEqual(['001/PPID', '05/03/2026', 'Teregistrasi', '06/03/2026 01:30']);
    expect(table.rows[1]).toEqual(['002/PPID', '31/12/2026', 'unknown_code', '']);
    expect(text.date('2026-03-05T16:30:00Z')).toBe('06/03/2026');
    expect(text.yesNo(true)).toBe('Ya');
  });

  it('writes CSV with a BOM, quoting what needs it, and headers alone for no rows', async () => {
    const csv = await toCsv(['Nomor', 'Informasi'], [['001', 'data, "tabel" 2025']]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1).split('\n')).toEqual(['Nomor,Informasi', '001,"data, ""tabel"" 2025"']);
    expect(await toCsv(['Nomor', 'Informasi'], [])).toBe('\ufeffNomor,Informasi');
  });

  it('pages through the list 100 rows at a time with the same filter and sort', async () => {
    const calls: unknown[] = [];
    const rows = Array.from({ length: 230 }, (_, i) => ({ id: i + 1 }));
    const dataProvider = {
      getList: async (_resource: string, params: { pagination: { page: number; perPage: number } }) => {
        calls.push(params);
        const { page, perPage } = params.pagination;
        return { data: rows.slice((page - 1) * perPage, page * perPage), total: rows.length };
      },
    } as unknown as DataProvider;
    const sort = { field: 'id', order: 'ASC' as const };
    const all = await fetchAllRows(dataProvider, 'requests', { status: 'registered' }, sort);
    expect(all.total).toBe(230);
    expect(all.data.map((r) => (r as { id: number }).id)).toEqual(rows.map((r) => r.id));
    expect(calls).toHaveLength(3);
    expect(calls[2]).toEqual({ filter: { status: 'registered' }, sort, pagination: { page: 3, perPage: 100 } });
  });

  it("reads a referenced record's field from what the exporter fetched, and nothing for no reference", () => {
    const text = exportText(translate, 'Asia/Jakarta');
    text.refs.set('units', { '3': { id: 3, name: 'Subbagian Teknis' } });
    expect(text.ref('units', 3, 'name')).toBe('Subbagian Teknis');
    expect(text.ref('units', null, 'name')).toBeNull();
    expect(text.ref('units', 9, 'name')).toBeNull();
  });
});
