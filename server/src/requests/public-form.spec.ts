import { checkPublicForm, formToDto, narrowOffices, summaryMessage } from './public-form';

const OFFICES = [
  { id: 1, code: 'KPU-RI', name: 'KPU Republik Indonesia', level: 'national', path: '/1/', city: 'Jakarta Pusat' },
  { id: 3, code: 'KPU-BTN', name: 'KPU Provinsi Banten', level: 'province', path: '/1/3/', city: 'Serang' },
  { id: 4, code: 'KPU-LBK', name: 'KPU Kabupaten Lebak', level: 'regency', path: '/1/3/4/', city: 'Rangkasbitung' },
  { id: 5, code: 'KPU-SRG', name: 'KPU Kota Serang', level: 'regency', path: '/1/3/5/', city: 'Serang' },
  { id: 6, code: 'KPU-LPG', name: 'KPU Provinsi Lampung', level: 'province', path: '/1/6/', city: 'Bandar Lampung' },
  { id: 7, code: 'KPU-LTM', name: 'KPU Kabupaten Lampung Timur', level: 'regency', path: '/1/6/7/', city: 'Sukadana' },
];
const codes = (r: ReturnType<typeof narrowOffices>) => r.offices.map((o) => o.code);

describe('the office search of the public form', () => {
  it('lists every office under its province, the national office first', () => {
    const all = narrowOffices(OFFICES, '', '');
    expect(codes(all)).toEqual(['KPU-RI', 'KPU-BTN', 'KPU-LBK', 'KPU-SRG', 'KPU-LPG', 'KPU-LTM']);
    expect(all.offices.map((o) => o.group)).toEqual(['Pusat', 'Banten', 'Banten', 'Banten', 'Lampung', 'Lampung']);
    expect(all.provinces).toEqual([
      { code: 'KPU-BTN', name: 'Banten' },
      { code: 'KPU-LPG', name: 'Lampung' },
    ]);
    expect(all.noMatch).toBe(false);
  });

  it('narrows by province, by name, code or city (any case), and by both', () => {
    expect(codes(narrowOffices(OFFICES, 'KPU-BTN', ''))).toEqual(['KPU-BTN', 'KPU-LBK', 'KPU-SRG']);
    expect(codes(narrowOffices(OFFICES, '', '  LEBAK '))).toEqual(['KPU-LBK']);
    expect(codes(narrowOffices(OFFICES, '', 'rangkasbitung'))).toEqual(['KPU-LBK']);
    expect(codes(narrowOffices(OFFICES, 'KPU-LPG', 'serang'))).toEqual([
      'KPU-RI',
      'KPU-BTN',
      'KPU-LBK',
      'KPU-SRG',
      'KPU-LPG',
      'KPU-LTM',
    ]);
    expect(narrowOffices(OFFICES, 'KPU-LPG', 'serang').noMatch).toBe(true);
    expect(codes(narrowOffices(OFFICES, 'KPU-BTN', 'serang'))).toEqual(['KPU-BTN', 'KPU-SRG']);
  });
});

describe('the checks of the public form', () => {
  const form = {
    officeCode: 'KPU-LBK',
    type: 'entity',
    name: 'Perkumpulan Pemilu Bersih Lebak',
    nik: '3602011203850004',
    address: 'Jl. Multatuli 5',
    email: 'ppbl@example.id',
    informationRequested: 'SK DPT',
    purpose: 'Pemantauan',
    obtainMethods: 'softcopy',
    deliveryMethods: ['email', 'pickup'],
    regime: 'general',
    electionKind: 'pemilu',
  };

  it('sends only the fields of the requester type, and the election only when the answer is yes', () => {
    const dto = formToDto(form);
    expect(dto.requester).toEqual({
      type: 'entity',
      name: 'Perkumpulan Pemilu Bersih Lebak',
      address: 'Jl. Multatuli 5',
      email: 'ppbl@example.id',
    });
    expect(dto).toMatchObject({ obtainMethods: ['softcopy'], deliveryMethods: ['email', 'pickup'], regime: 'general' });
    expect(dto).not.toHaveProperty('electionKind');
    expect(formToDto({ ...form, regime: 'election' })).toMatchObject({ regime: 'election', electionKind: 'pemilu' });
  });

  it("names the entity's missing fields by their labels, in the form's order", async () => {
    const fields = await checkPublicForm(formToDto({ ...form, obtainMethods: [] }), true);
    expect(Object.keys(fields)).toEqual(['deedNumber', 'ratificationNumber', 'obtainMethods']);
    expect(fields.deedNumber).toEqual({
      id: 'Nomor akta pendirian wajib diisi',
      en: 'Deed of establishment number is required',
    });
    expect(fields.obtainMethods.id).toBe('Pilih paling sedikit satu cara memperoleh informasi');
    expect(summaryMessage(fields).id).toBe(
      'Permohonan belum terkirim. Periksa: Nomor akta pendirian, Nomor pengesahan Kemenkumham, Cara memperoleh informasi.',
    );
  });

  it('tells an unknown office and a bad NIK in plain words', async () => {
    const fields = await checkPublicForm(formToDto({ ...form, type: 'person', nik: '3602013203850004' }), false);
    expect(fields.officeCode.id).toBe('Kantor tujuan tidak dikenal: pilih kantor dari daftar');
    expect(fields.nik.id).toBe('Tanggal lahir di dalam NIK tidak valid');
  });
});
