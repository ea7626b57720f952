import * as os from 'node:os';
import { webConcurrency, workerExecArgv } from './cluster';
import { ConfigError } from './config/config';

describe('webConcurrency', () => {
  it('defaults to one process per CPU on MySQL and to one on SQLite (one file, one writer)', () => {
    expect(webConcurrency({}, 'mysql')).toBe(os.availableParallelism());
    expect(webConcurrency({}, 'sqlite')).toBe(1);
    expect(webConcurrency({ WEB_CONCURRENCY: ' ' }, 'sqlite')).toBe(1);
  });

  it('takes WEB_CONCURRENCY as given, on either database', () => {
    expect(webConcurrency({ WEB_CONCURRENCY: '3' }, 'mysql')).toBe(3);
    expect(webConcurrency({ WEB_CONCURRENCY: '2' }, 'sqlite')).toBe(2);
  });

  it('refuses what is not a whole number from 1 to 64, naming the setting', () => {
    for (const bad of ['0', '-1', '1.5', 'two', '65'])
      expect(() => webConcurrency({ WEB_CONCURRENCY: bad }, 'mysql')).toThrow(
        new ConfigError(`WEB_CONCURRENCY tidak valid / invalid WEB_CONCURRENCY: ${bad} (1 to 64)`),
      );
  });
});

describe('workerExecArgv', () => {
  it('gives each worker a 64 MB semi-space after its own flags, or NODE_SEMI_SPACE_MB', () => {
    expect(workerExecArgv([], {})).toEqual(['--max-semi-space-size=64']);
    expect(workerExecArgv(['--enable-source-maps'], { NODE_SEMI_SPACE_MB: '32' })).toEqual([
      '--enable-source-maps',
      '--max-semi-space-size=32',
    ]);
  });

  it("keeps V8's default with 0, and a size the flags or NODE_OPTIONS already give", () => {
    expect(workerExecArgv(['--inspect'], { NODE_SEMI_SPACE_MB: '0' })).toEqual(['--inspect']);
    expect(workerExecArgv(['--max-semi-space-size=8'], {})).toEqual(['--max-semi-space-size=8']);
    expect(workerExecArgv([], { NODE_OPTIONS: '--trace-warnings --max_semi_space_size=16' })).toEqual([]);
  });

  it('refuses what is not a whole number of megabytes from 0 to 1024, naming the setting', () => {
    for (const bad of ['-1', '1.5', 'big', '2048'])
      expect(() => workerExecArgv([], { NODE_SEMI_SPACE_MB: bad })).toThrow(
        new ConfigError(`NODE_SEMI_SPACE_MB tidak valid / invalid NODE_SEMI_SPACE_MB: ${bad} (0 to 1024)`),
      );
  });
});
