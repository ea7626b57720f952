import { StreamableFile } from '@nestjs/common';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A register for a period as a download: `register-<kind>-<office>-<from>-<to>.pdf|xlsx`. */
export function registerFile(
  kind: string,
  officeCode: string,
  period: { from: string; to: string },
  bytes: Buffer,
  format: 'pdf' | 'xlsx',
): StreamableFile {
  const name = `register-${kind}-${officeCode.replace(/[^A-Za-z0-9-]+/g, '_')}-${period.from}-${period.to}.${format}`;
  return new StreamableFile(bytes, {
    type: format === 'pdf' ? 'application/pdf' : XLSX_TYPE,
    disposition: `${format === 'pdf' ? 'inline' : 'attachment'}; filename="${name}"`,
    length: bytes.length,
  });
}
