/**
 * One fast-check configuration for every property (unit and API tiers), installed by test/support/fast-check-setup.ts
 * before each test file: a fresh seed each run (FC_SEED replays one), at least 100 cases per property (FC_RUNS for
 * more), and a failure that prints the seed with the command that replays it.
 */
import fc from 'fast-check';

const envInt = (name: string): number | undefined => {
  const v = process.env[name];
  return v !== undefined && v.trim() !== '' && Number.isInteger(Number(v)) ? Number(v) : undefined;
};

/** This run's seed: FC_SEED when replaying, otherwise drawn afresh (one per test file). */
export const FC_SEED: number = envInt('FC_SEED') ?? Math.floor(Math.random() * 0x7fffffff);
/** The counterexample path of a replay (FC_PATH), to go straight to the failing case. */
const FC_PATH = process.env.FC_PATH?.trim() || undefined;
/** The least number of cases a property runs: 100 (in CI too), FC_RUNS for more. */
export const FC_MIN_RUNS = Math.max(100, envInt('FC_RUNS') ?? 0);

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/**
 * The command that runs the current test file again with this seed (and path); `test` narrows it to one test, which
 * suits a property that stands alone — a campaign whose cases depend on the tests before it replays the whole file.
 */
export function replayCommand(opts: { seed?: number; path?: string; test?: boolean } = {}): string {
  const state = expect.getState();
  const file = state.testPath ? state.testPath.replace(`${process.cwd()}/`, '') : '<test file>';
  const project = /\.e2e-spec\.ts$/.test(file) ? 'e2e' : 'unit';
  const env = [
    process.env.TEST_DB === 'mysql' ? 'TEST_DB=mysql' : '',
    `FC_SEED=${opts.seed ?? FC_SEED}`,
    opts.path ? `FC_PATH=${opts.path}` : '',
  ].filter(Boolean);
  const only = opts.test !== false && state.currentTestName ? ` -t ${quote(state.currentTestName)}` : '';
  return `${env.join(' ')} node node_modules/jest/bin/jest.js -c test/jest.config.js ${file} --selectProjects ${project}${only}`;
}

function report(details: fc.RunDetails<unknown>): void {
  if (!details.failed) return;
  const cause = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  const text = fc.defaultReportMessage(details) ?? '';
  throw new Error(
    `property failed (seed ${details.seed}, path ${details.counterexamplePath}) — replay with:\n` +
      `  ${replayCommand({ seed: details.seed, path: details.counterexamplePath ?? undefined })}\n\n` +
      `${text}${text.includes(cause) ? '' : `\n${cause}`}`,
  );
}

/** Installs the shared configuration (called once per test file by the jest setup file). */
export function configureFastCheck(): void {
  fc.configureGlobal({
    seed: FC_SEED,
    ...(FC_PATH ? { path: FC_PATH } : {}),
    numRuns: FC_MIN_RUNS,
    reporter: report,
  });
}

/** Parameters of one property that wants more cases than the shared least (never fewer). */
export function atLeast<T>(runs: number): fc.Parameters<T> {
  return { numRuns: Math.max(runs, FC_MIN_RUNS) };
}
