/**
 * The messages of the lists' shared tools (export, bulk actions, the office column), Indonesian first. Spread into
 * i18n/id.ts and en.ts under `lentera`; both languages keep the same keys (i18n.spec.ts).
 */
const id = {
  export: {
    button: 'Ekspor',
    csv: 'Ekspor CSV',
    xlsx: 'Ekspor Excel',
    done: '%{smart_count} baris diekspor |||| %{smart_count} baris diekspor',
    truncated: 'Hanya %{count} dari %{total} baris diekspor; persempit filter atau unduh register',
    failed: 'Ekspor gagal: %{reason}',
  },
  office: {
    column: 'Kantor',
    filter: 'Kantor',
  },
  bulk: {
    receipts: 'Cetak tanda terima',
    receipts_done: '%{ok} tanda terima diunduh',
    receipts_file: 'Tanda terima %{count} permohonan',
    assign: 'Tugaskan ke unit',
    assign_title:
      'Tugaskan %{smart_count} permohonan ke unit penghubung |||| Tugaskan %{smart_count} permohonan ke unit penghubung',
    assign_done: '%{ok} permohonan ditugaskan',
    failed_part: '%{count} gagal: %{reasons}',
    nothing_done: 'Tidak ada yang berhasil; %{count} gagal: %{reasons}',
    unit: 'Unit penghubung',
    instruction: 'Instruksi',
    cancel: 'Batal',
    confirm: 'Tugaskan',
  },
};

const en: typeof id = {
  export: {
    button: 'Export',
    csv: 'Export CSV',
    xlsx: 'Export Excel',
    done: '%{smart_count} row exported |||| %{smart_count} rows exported',
    truncated: 'Only %{count} of %{total} rows exported; narrow the filter or download the register',
    failed: 'Export failed: %{reason}',
  },
  office: {
    column: 'Office',
    filter: 'Office',
  },
  bulk: {
    receipts: 'Print receipts',
    receipts_done: '%{ok} receipts downloaded',
    receipts_file: 'Receipts of %{count} requests',
    assign: 'Assign to a unit',
    assign_title:
      'Assign %{smart_count} request to a liaison unit |||| Assign %{smart_count} requests to a liaison unit',
    assign_done: '%{ok} requests assigned',
    failed_part: '%{count} failed: %{reasons}',
    nothing_done: 'Nothing succeeded; %{count} failed: %{reasons}',
    unit: 'Liaison unit',
    instruction: 'Instruction',
    cancel: 'Cancel',
    confirm: 'Assign',
  },
};

export const listMessages = { id: { lentera: id }, en: { lentera: en } };
