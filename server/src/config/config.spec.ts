import { ConfigError, DEVELOPMENT_KEY_ENCRYPTION_KEY, loadConfig } from './config';

const PROD = { NODE_ENV: 'production', JWT_SECRET: 'j'.repeat(40), KEY_ENCRYPTION_KEY: 'k'.repeat(40), DEMO_SEED: '0' };

describe('configuration: HOST, API docs, key-encryption key', () => {
  it('listens on 127.0.0.1 unless HOST says otherwise', () => {
    expect(loadConfig({}).host).toBe('127.0.0.1');
    expect(loadConfig({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
    expect(loadConfig({ HOST: '::' }).host).toBe('::');
    expect(() => loadConfig({ HOST: 'a b' })).toThrow(ConfigError);
  });

  it('publishes the API docs outside production, and in production only with ENABLE_API_DOCS=true', () => {
    expect(loadConfig({}).apiDocs).toBe(true);
    expect(loadConfig({ NODE_ENV: 'test' }).apiDocs).toBe(true);
    expect(loadConfig(PROD).apiDocs).toBe(false);
    expect(loadConfig({ ...PROD, ENABLE_API_DOCS: 'true' }).apiDocs).toBe(true);
    expect(loadConfig({ ENABLE_API_DOCS: '0' }).apiDocs).toBe(false);
    expect(() => loadConfig({ ENABLE_API_DOCS: 'maybe' })).toThrow(ConfigError);
  });

  it('needs a KEY_ENCRYPTION_KEY of its own in production; elsewhere the published development key, flagged', () => {
    expect(() => loadConfig({ ...PROD, KEY_ENCRYPTION_KEY: '' })).toThrow(/KEY_ENCRYPTION_KEY wajib diisi/);
    expect(() => loadConfig({ ...PROD, KEY_ENCRYPTION_KEY: 'short' })).toThrow(/minimal 32 karakter/);
    expect(() => loadConfig({ ...PROD, KEY_ENCRYPTION_KEY: PROD.JWT_SECRET })).toThrow(/berbeda dari JWT_SECRET/);
    const prod = loadConfig({ ...PROD, KEY_ENCRYPTION_KEY_PREVIOUS: ' old-1 , old-2 ' }).keyEncryption;
    expect(prod).toEqual({
      current: PROD.KEY_ENCRYPTION_KEY,
      previous: ['old-1', 'old-2'],
      legacy: PROD.JWT_SECRET,
      developmentDefault: false,
    });
    const dev = loadConfig({}).keyEncryption;
    expect(dev).toMatchObject({ current: DEVELOPMENT_KEY_ENCRYPTION_KEY, developmentDefault: true, previous: [] });
    // a random per-process JWT secret opens nothing stored: no legacy key
    expect(dev.legacy).toBeUndefined();
  });
});
