import 'reflect-metadata';
import { PasswordHasher } from '../auth/password-hasher';
import { passwordProblem } from '../auth/password-policy';
import { loadConfig } from '../config/config';
import { connect, migrate } from '../database/bootstrap';
import { Office } from '../offices/office.entity';
import { newAccount, User, UserRole } from '../users/user.entity';

/**
 * `npm run create-admin`: the first administrator of a production database (where the demo seed is refused).
 * Creates the national office KPU RI if the database has no office yet. Reads:
 *   ADMIN_USERNAME, ADMIN_PASSWORD (≥ 12 chars, not easy to guess: zxcvbn score ≥ 3), ADMIN_FULL_NAME, ADMIN_OFFICE_CODE (default KPU-RI)
 */
async function main() {
  const env = process.env;
  const username = (env.ADMIN_USERNAME ?? 'admin').trim().toLowerCase();
  const password = env.ADMIN_PASSWORD ?? '';
  const problem = passwordProblem(password, [
    username,
    env.ADMIN_FULL_NAME,
    env.ADMIN_OFFICE_CODE ?? 'KPU-RI',
    'KPU Republik Indonesia',
  ]);
  if (problem) throw new Error(`ADMIN_PASSWORD: ${problem.id} / ${problem.en}`);
  const config = loadConfig();
  const ds = await connect(config.db);
  await migrate(ds);
  const now = new Date();
  await ds.transaction(async (m) => {
    // a running server keeps the offices under the configuration version (ConfigVersion): the new office bumps it
    await m.query('UPDATE config_version SET version = version + 1 WHERE id = 1');
    let office = await m.findOne(Office, { where: { code: env.ADMIN_OFFICE_CODE ?? 'KPU-RI' } });
    if (!office) {
      if ((await m.count(Office)) > 0) throw new Error(`Kantor ${env.ADMIN_OFFICE_CODE} tidak ada / office not found`);
      const { identifiers } = await m.insert(Office, {
        parentId: null,
        level: 'national',
        code: 'KPU-RI',
        name: 'KPU Republik Indonesia',
        path: 'pending',
        letterheadLine1: 'KOMISI PEMILIHAN UMUM',
        letterheadLine2: 'REPUBLIK INDONESIA',
        address: 'Jl. Imam Bonjol No. 29, Menteng',
        city: 'Jakarta Pusat',
        postalCode: '10310',
        phone: null,
        email: null,
        website: 'https://www.kpu.go.id',
        timeZone: 'Asia/Jakarta',
        createdAt: now,
        updatedAt: now,
      });
      const id = Number(identifiers[0].id);
      await m.update(Office, { id }, { path: `/${id}/` });
      office = await m.findOneOrFail(Office, { where: { id } });
    }
    if (await m.exists(User, { where: { username } }))
      throw new Error(`Pengguna ${username} sudah ada / already exists`);
    const { identifiers } = await m.insert(User, {
      officeId: office.id,
      username,
      passwordHash: await new PasswordHasher().hash(password),
      fullName: env.ADMIN_FULL_NAME ?? 'Administrator',
      nip: null,
      position: 'Administrator Sistem',
      email: null,
      active: true,
      ...newAccount(now),
    });
    await m.insert(UserRole, { userId: Number(identifiers[0].id), role: 'admin' });
    console.log(`Admin ${username} dibuat di ${office.name} / created`);
  });
  await ds.destroy();
}
main().catch((e) => {
  console.error(e.message ?? e);
  process.exit(1);
});
