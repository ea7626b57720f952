import { dataSourceOptions, mysqlTarget } from './data-source';

describe('mysql:// DB_URL', () => {
  it('reads host, port, user, password, database and pool', () => {
    expect(mysqlTarget('mysql://lentera:s%40cret@db.example:3307/kpu?pool=20')).toEqual({
      connection: { host: 'db.example', port: 3307, user: 'lentera', password: 's@cret' },
      database: 'kpu',
      pool: 20,
    });
  });

  it('connects over the Unix socket named by ?socketPath, for the server, the start-up probe and backups alike', () => {
    const url = 'mysql://lentera:secret@localhost/lentera?socketPath=/run/mysqld/mysqld.sock';
    expect(mysqlTarget(url)).toEqual(
      expect.objectContaining({
        connection: expect.objectContaining({ socketPath: '/run/mysqld/mysqld.sock' }),
        pool: 10,
      }),
    );
    expect(dataSourceOptions({ kind: 'mysql', url })).toEqual(
      expect.objectContaining({ socketPath: '/run/mysqld/mysqld.sock', database: 'lentera', poolSize: 10 }),
    );
    expect(dataSourceOptions({ kind: 'mysql', url: 'mysql://root@127.0.0.1:3306/x' })).not.toHaveProperty('socketPath');
  });
});
