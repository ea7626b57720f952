import * as os from 'node:os';
import { webConcurrency } from './cluster';
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
