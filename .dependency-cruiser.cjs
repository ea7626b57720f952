// The server's layers, checked by `npm run lint` (dependency-cruiser). A feature folder may import from its own layer
// and the layers below; an import that runs back up the layers fails, except the three listed, each with its reason.
// No import circles anywhere.
//
//   0 plumbing   common, config
//   1 foundation audit, auth, offices, users, units, settings, calendar, documents, attachments, health, mail
//   2 matters    clocks, requesters
//   3            requests
//   4            objections, dip
//   5            metrics
//   6 reports    report-base, monthly-reports, annual-reports, portal, notifications (waiting work)
//   7 shell      database (entities, migrations, seed), backup, bench, cli, app.module, main
const LAYERS = [
  ['common', 'config'],
  ['audit', 'auth', 'offices', 'users', 'units', 'settings', 'calendar', 'documents', 'attachments', 'health', 'mail'],
  ['clocks', 'requesters'],
  ['requests'],
  ['objections', 'dip'],
  ['metrics'],
  ['report-base', 'monthly-reports', 'annual-reports', 'portal', 'notifications'],
  ['database', 'backup', 'bench', 'cli'],
];

const dir = (names) => `^server/src/(${names.join('|')})/`;

// the known exceptions: the only imports allowed to run up the layers
const EXCEPTIONS = [
  // the audit writer is plumbing every change uses in its transaction; it lives with the audit trail it writes
  '^server/src/common/core\\.module\\.ts$',
  // every change that moves a count marks the metrics' pre-aggregated months stale, in its own transaction
  '^server/src/requests/requests\\.service\\.ts$',
  '^server/src/objections/objections\\.service\\.ts$',
];

const upward = [];
for (let i = 0; i < LAYERS.length; i++) {
  const higher = LAYERS.slice(i + 1).flat();
  if (!higher.length) continue;
  upward.push({
    name: `layer-${i}-imports-up`,
    severity: 'error',
    comment: `${LAYERS[i].join(', ')} may not import from a higher layer (${higher.join(', ')})`,
    from: { path: dir(LAYERS[i]), pathNot: EXCEPTIONS },
    to: { path: dir(higher) },
  });
}
// the shell's own files (app.module, app.factory, main) are imported by nothing below the shell
upward.push({
  name: 'only-the-shell-imports-the-app',
  severity: 'error',
  comment: 'app.module, app.factory and main sit on top: a feature folder below the shell may not import them',
  from: { path: dir(LAYERS.slice(0, -1).flat()) },
  to: { path: '^server/src/[^/]+\\.ts$' },
});
// the exceptions may make only the one import they are allowed
upward.push(
  {
    name: 'core-module-imports-only-the-audit-writer',
    severity: 'error',
    from: { path: EXCEPTIONS[0] },
    to: { path: dir(LAYERS.slice(1).flat()), pathNot: ['^server/src/audit/audit\\.service\\.ts$'] },
  },
  {
    name: 'matters-import-only-the-metrics-invalidation',
    severity: 'error',
    from: { path: [EXCEPTIONS[1], EXCEPTIONS[2]] },
    to: {
      path: dir(LAYERS.slice(4).flat()),
      pathNot: ['^server/src/metrics/metrics-invalidation\\.ts$', '^server/src/(objections|dip)/'],
    },
  },
  {
    name: 'requests-never-import-objections-or-dip',
    severity: 'error',
    from: { path: EXCEPTIONS[1] },
    to: { path: '^server/src/(objections|dip)/' },
  },
);

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'import circles make the start-up order and the tests fragile',
      from: {},
      to: { circular: true },
    },
    ...upward,
    {
      name: 'console-imports-only-pure-server-files',
      severity: 'error',
      comment: 'the console bundles only pure server files (state tables, permissions), never services or Nest',
      from: { path: '^admin/src' },
      to: {
        path: '^server/src',
        pathNot: ['lifecycle\\.ts$', 'permissions\\.ts$', 'i18n\\.ts$', 'rules\\.ts$', 'nik\\.ts$'],
      },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['\\.spec\\.ts$', '/dist/'] },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
  },
};
