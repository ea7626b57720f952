import { DataSource } from 'typeorm';
import { decryptPassphrase, encryptPassphrase, keyId, KeyRing, storedKeyId } from './signing-certificate.crypto';
import { SigningCertificate } from './signing-certificate.entity';

export interface RewrapCounts {
  /** stored certificates looked at */
  total: number;
  /** re-encrypted under the new key (including those of the v1 form) */
  reencrypted: number;
  /** of those, values of the v1 form (key from JWT_SECRET) */
  fromV1: number;
  /** already under the new key: left as they were */
  alreadyCurrent: number;
  /** offices whose value no given key opens (only in 'legacy' mode, where they are left as they were) */
  unreadable: number[];
}

export class RotationError extends Error {}

/**
 * Re-encrypts the stored signing-certificate passphrases under `to`, in one transaction (on MySQL/MariaDB the rows are
 * locked while it runs), so a failure leaves every value as it was. Idempotent: values already under `to` are left.
 * - 'rotate' (`npm run rotate-kek`): every value; one that no key of `from` opens aborts the run and names its office.
 * - 'legacy' (at start-up): only values of the v1 form (from before KEY_ENCRYPTION_KEY), opened with JWT_SECRET
 *   (`from.legacy`); those it cannot open are left as they were and reported (they were already unusable).
 */
export async function rewrapPassphrases(
  ds: DataSource,
  from: KeyRing,
  to: string,
  mode: 'rotate' | 'legacy',
): Promise<RewrapCounts> {
  const target = keyId(to);
  const mysql = ds.options.type === 'mysql' || ds.options.type === 'mariadb';
  return ds.transaction(async (m) => {
    const rows = await m.find(SigningCertificate, {
      select: { id: true, officeId: true, passphraseEnc: true },
      order: { id: 'ASC' },
      ...(mysql ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    const counts: RewrapCounts = { total: rows.length, reencrypted: 0, fromV1: 0, alreadyCurrent: 0, unreadable: [] };
    const failed: string[] = [];
    for (const row of rows) {
      const id = storedKeyId(row.passphraseEnc);
      if (id === target) {
        counts.alreadyCurrent++;
        continue;
      }
      if (mode === 'legacy' && id !== 'v1') continue;
      let passphrase: string;
      try {
        passphrase = decryptPassphrase(row.passphraseEnc, from, row.officeId);
      } catch (e) {
        if (mode === 'legacy') counts.unreadable.push(row.officeId);
        else failed.push(`office ${row.officeId} (${id ?? 'unknown form'}: ${(e as Error).message})`);
        continue;
      }
      await m.update(
        SigningCertificate,
        { id: row.id },
        { passphraseEnc: encryptPassphrase(passphrase, to, row.officeId) },
      );
      counts.reencrypted++;
      if (id === 'v1') counts.fromV1++;
    }
    if (failed.length)
      throw new RotationError(
        `Tidak ada kunci yang membuka / no given key opens: ${failed.join('; ')}. Tidak ada yang diubah / nothing was changed.`,
      );
    return counts;
  });
}
