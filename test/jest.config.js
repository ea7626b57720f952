// One Jest config, three tiers: unit (beside the code), e2e (HTTP + real database), browser (built console in Chromium).
const path = require('node:path');
const root = path.resolve(__dirname, '..');

const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true, tsx: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

// fast-check: a fresh seed each run, at least 100 cases per property, the replay command on failure
const fastCheck = '<rootDir>/test/support/fast-check-setup.ts';

const common = {
  rootDir: root,
  testEnvironment: 'node',
  transform: { '^.+\\.(t|m?j)sx?$': swc },
  transformIgnorePatterns: [
    '/node_modules/(?!(@nestjs|file-type|load-esm|uid|strtok3|token-types|@tokenizer|uint8array-extras)/)',
  ],
  moduleNameMapper: {
    '^(\\.{1,2}/.*)\\.js$': '$1',
    '^@lentera/reports$': '<rootDir>/reports/src/index.ts',
    '^@lentera/reports/legal$': '<rootDir>/reports/src/legal/catalogue.ts',
  },
  modulePathIgnorePatterns: ['<rootDir>/.*/dist/'],
  testEnvironmentOptions: { globalsCleanup: 'off' },
};

module.exports = {
  // testTimeout is a global option (ignored inside projects): real databases and Chromium need more than 5 s.
  testTimeout: 60000,
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/{server,reports,admin}/src/**/*.spec.ts'],
      setupFilesAfterEnv: [fastCheck],
    },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/e2e/**/*.e2e-spec.ts'],
      // Two files start their servers on a database of their own whatever TEST_DB says (a fresh SQLite file, or a
      // MySQL URL that cannot be reached): the MariaDB pass would run them exactly as the SQLite pass just did (~2.5
      // minutes of a 2-core machine), so it leaves them out.
      testPathIgnorePatterns:
        process.env.TEST_DB === 'mysql'
          ? ['/node_modules/', '<rootDir>/test/e2e/startup.e2e-spec.ts', '<rootDir>/test/e2e/cluster.e2e-spec.ts']
          : ['/node_modules/'],
      setupFilesAfterEnv: [fastCheck],
    },
    {
      ...common,
      displayName: 'browser',
      testMatch: ['<rootDir>/test/browser/**/*.browser-spec.ts'],
      globalSetup: '<rootDir>/test/browser/global-setup.ts',
    },
    // `npm run screenshots`: the README's pictures, retaken from the running console
    {
      ...common,
      displayName: 'screenshots',
      testMatch: ['<rootDir>/test/screenshots/**/*.screenshots.ts'],
      globalSetup: '<rootDir>/test/browser/global-setup.ts',
    },
    // `npm run drill`: separate processes, faults and load against the built server (test/drill/run.mjs)
    { ...common, displayName: 'drill', testMatch: ['<rootDir>/test/drill/**/*.drill-spec.ts'] },
  ],
};
