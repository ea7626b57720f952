import { MigrationInterface, QueryRunner, Table, TableColumn, TableIndex } from 'typeorm';
import { DEFAULT_RULE_SETS, RULE_KEYS, RuleValues } from '@lentera/reports/legal';
import { col } from '../migration-helpers';

/**
 * The legal record as registered, and every legal clock from one engine:
 * - requester_versions: the requester's identity as it was when each request and objection was registered; a request
 *   points at a version, so editing a requester never rewrites earlier requests or documents;
 * - rule_sets: the service rules as data with effective dates (national, per regime; office overrides), each version
 *   naming its legal basis; a request keeps the version in force when it was received;
 * - clocks: every running legal clock (start, length, extension, due date), recomputed when the calendar changes;
 * - requests: the regime (general information or Pemilu/Pemilihan), the election it concerns, and the decision's
 *   payment method and the material to be given (UU 14/2008 Pasal 22 ayat 7 huruf d and g).
 */
export class TrustAndClocks1765000000000 implements MigrationInterface {
  name = 'TrustAndClocks1765000000000';

  async up(q: QueryRunner): Promise<void> {
    const identity = [
      col.varchar('type', 10),
      col.varchar('name', 200),
      col.varchar('nik', 16, { nullable: true }),
      col.varchar('deedNumber', 100, { nullable: true }),
      col.varchar('ratificationNumber', 100, { nullable: true }),
      col.varchar('powerOfAttorney', 200, { nullable: true }),
      col.varchar('representativeName', 200, { nullable: true }),
      col.varchar('address', 500),
      col.varchar('phone', 50, { nullable: true }),
      col.varchar('email', 200, { nullable: true }),
      col.varchar('occupation', 100, { nullable: true }),
    ];
    await q.createTable(
      new Table({
        name: 'requester_versions',
        columns: [
          col.id(),
          col.int('requesterId'),
          col.int('version'),
          col.int('officeId'),
          ...identity,
          col.varchar('reason', 500, { nullable: true }),
          col.int('createdById', { nullable: true }),
          col.datetime('createdAt'),
        ],
        indices: [
          new TableIndex({
            name: 'UQ_requester_versions_requester_version',
            columnNames: ['requesterId', 'version'],
            isUnique: true,
          }),
        ],
      }),
    );
    await q.addColumn('requesters', new TableColumn(col.int('version', { default: 1 })));
    // every requester's current identity becomes its version 1, and every request and objection points at it
    await q.query(
      `INSERT INTO requester_versions (requesterId, version, officeId, type, name, nik, deedNumber, ratificationNumber, powerOfAttorney, representativeName, address, phone, email, occupation, reason, createdById, createdAt)
       SELECT id, 1, officeId, type, name, nik, deedNumber, ratificationNumber, powerOfAttorney, representativeName, address, phone, email, occupation, NULL, NULL, createdAt FROM requesters`,
    );

    await q.createTable(
      new Table({
        name: 'rule_sets',
        columns: [
          col.id(),
          col.varchar('regime', 10),
          col.int('officeId', { nullable: true }),
          col.date('effectiveFrom'),
          col.varchar('name', 150),
          col.varchar('basis', 300),
          col.text('ruleValues'),
          col.text('sources'),
          col.varchar('reason', 1000),
          col.int('createdById', { nullable: true }),
          col.datetime('createdAt'),
        ],
        indices: [
          new TableIndex({
            name: 'IDX_rule_sets_regime_office_from',
            columnNames: ['regime', 'officeId', 'effectiveFrom'],
          }),
        ],
      }),
    );
    // a DATETIME both engines accept as a bound string (better-sqlite3 binds no Date objects)
    const now = new Date().toISOString().replace('T', ' ').replace('Z', '');
    for (const template of Object.values(DEFAULT_RULE_SETS)) {
      await q.query(
        'INSERT INTO rule_sets (regime, officeId, effectiveFrom, name, basis, ruleValues, sources, reason, createdById, createdAt) VALUES (?, NULL, ?, ?, ?, ?, ?, ?, NULL, ?)',
        [
          template.regime,
          '2008-04-30',
          template.name,
          template.basis,
          JSON.stringify(template.values),
          JSON.stringify(template.sources),
          'Aturan awal Lentera (nilai bawaan dari katalog hukum)',
          now,
        ],
      );
    }
    const [general] = (await q.query(
      "SELECT id FROM rule_sets WHERE regime = 'general' AND officeId IS NULL",
    )) as Array<{
      id: number;
    }>;

    // office overrides of the legal clocks (kept so far among the office settings) become office rule sets
    const legacy = (await q.query(
      // backticks quote the column named key on MySQL/MariaDB and on SQLite alike
      "SELECT officeId, `key` AS k, value FROM office_settings WHERE `key` IN ('deadline.days', 'deadline.extensionDays', 'incomplete.noticeDays', 'incomplete.completeDays')",
    )) as Array<{ officeId: number; k: string; value: string }>;
    const KEY: Record<string, keyof RuleValues> = {
      'deadline.days': 'answerDays',
      'deadline.extensionDays': 'extensionDays',
      'incomplete.noticeDays': 'incompleteNoticeDays',
      'incomplete.completeDays': 'completeDays',
    };
    const byOffice = new Map<number, Partial<RuleValues>>();
    for (const row of legacy) {
      const values = byOffice.get(Number(row.officeId)) ?? {};
      values[KEY[row.k]] = Number(row.value);
      byOffice.set(Number(row.officeId), values);
    }
    for (const [officeId, values] of byOffice) {
      const template = DEFAULT_RULE_SETS.general;
      const merged = Object.fromEntries(RULE_KEYS.map((k) => [k, values[k] ?? template.values[k]]));
      await q.query(
        'INSERT INTO rule_sets (regime, officeId, effectiveFrom, name, basis, ruleValues, sources, reason, createdById, createdAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, ?)',
        [
          'general',
          officeId,
          '2008-04-30',
          template.name,
          template.basis,
          JSON.stringify(merged),
          JSON.stringify(template.sources),
          'Aturan kantor sebelumnya (dipindahkan dari pengaturan kantor)',
          now,
        ],
      );
    }
    await q.query(
      "DELETE FROM office_settings WHERE `key` IN ('deadline.days', 'deadline.extensionDays', 'incomplete.noticeDays', 'incomplete.completeDays')",
    );

    await q.addColumns('requests', [
      new TableColumn(col.int('requesterVersion', { default: 1 })),
      new TableColumn(col.varchar('regime', 10, { default: "'general'" })),
      new TableColumn(col.varchar('electionKind', 12, { nullable: true })),
      new TableColumn(col.varchar('electionName', 150, { nullable: true })),
      new TableColumn(col.varchar('electionStage', 150, { nullable: true })),
      new TableColumn(col.int('ruleSetId', { default: general.id })),
      new TableColumn(col.varchar('paymentMethod', 500, { nullable: true })),
      new TableColumn(col.text('materialProvided', { nullable: true })),
      new TableColumn(col.varchar('timeliness', 10, { nullable: true })),
    ]);
    // the timeliness of decisions already taken, by their own clock: within the deadline, within the extension, late
    await q.query(
      `UPDATE requests SET timeliness = CASE
         WHEN decisionDate <= dueDate THEN 'deadline'
         WHEN extendedDueDate IS NOT NULL AND decisionDate <= extendedDueDate THEN 'extension'
         ELSE 'late' END
       WHERE decisionDate IS NOT NULL`,
    );
    await q.createIndex(
      'requests',
      new TableIndex({
        name: 'IDX_requests_office_regime_received',
        columnNames: ['officeId', 'regime', 'receivedDate'],
      }),
    );
    await q.addColumns('web_submissions', [
      new TableColumn(col.varchar('regime', 10, { default: "'general'" })),
      new TableColumn(col.varchar('electionKind', 12, { nullable: true })),
      new TableColumn(col.varchar('electionName', 150, { nullable: true })),
    ]);
    await q.addColumns('objections', [
      new TableColumn(col.int('requesterVersion', { default: 1 })),
      new TableColumn(col.varchar('regime', 10, { default: "'general'" })),
      new TableColumn(col.int('ruleSetId', { default: general.id })),
    ]);

    await q.createTable(
      new Table({
        name: 'clocks',
        columns: [
          col.id(),
          col.int('officeId'),
          col.varchar('subjectType', 20),
          col.int('subjectId'),
          col.varchar('kind', 40),
          col.date('startDate'),
          col.int('days'),
          col.int('extensionDays', { default: 0 }),
          col.date('dueDate'),
          col.varchar('state', 10),
          col.int('ruleSetId', { nullable: true }),
          col.int('version', { default: 1 }),
          col.datetime('updatedAt'),
        ],
        indices: [
          new TableIndex({
            name: 'UQ_clocks_subject_kind',
            columnNames: ['subjectType', 'subjectId', 'kind'],
            isUnique: true,
          }),
          new TableIndex({ name: 'IDX_clocks_state_office_due', columnNames: ['state', 'officeId', 'dueDate'] }),
          new TableIndex({ name: 'IDX_clocks_state_due', columnNames: ['state', 'dueDate'] }),
        ],
      }),
    );
    // the clocks already running: open requests' answer clocks (stopped while incomplete), objections awaiting the
    // Atasan PPID, and dispute windows after an answer
    await q.query(
      `INSERT INTO clocks (officeId, subjectType, subjectId, kind, startDate, days, extensionDays, dueDate, state, ruleSetId, version, updatedAt)
       SELECT officeId, 'request', id, 'request.answer', clockStartDate, deadlineDays,
              CASE WHEN extendedDueDate IS NULL THEN 0 ELSE extensionDays END, effectiveDueDate,
              CASE WHEN status = 'incomplete' THEN 'stopped' ELSE 'running' END, ruleSetId, 1, ?
       FROM requests WHERE status IN ('registered', 'incomplete', 'in_process', 'extended')`,
      [now],
    );
    await q.query(
      `INSERT INTO clocks (officeId, subjectType, subjectId, kind, startDate, days, extensionDays, dueDate, state, ruleSetId, version, updatedAt)
       SELECT officeId, 'objection', id, 'objection.answer', filedDate, 30, 0, responseDueDate, 'running', ruleSetId, 1, ?
       FROM objections WHERE status = 'registered'`,
      [now],
    );
    await q.query(
      `INSERT INTO clocks (officeId, subjectType, subjectId, kind, startDate, days, extensionDays, dueDate, state, ruleSetId, version, updatedAt)
       SELECT officeId, 'objection', id, 'dispute.filing', decisionDate, 14, 0, disputeDeadline, 'running', ruleSetId, 1, ?
       FROM objections WHERE status = 'decided' AND disputeDeadline IS NOT NULL AND decisionDate IS NOT NULL`,
      [now],
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('clocks');
    await q.dropColumn('objections', 'ruleSetId');
    await q.dropColumn('objections', 'regime');
    await q.dropColumn('objections', 'requesterVersion');
    await q.dropColumn('web_submissions', 'electionName');
    await q.dropColumn('web_submissions', 'electionKind');
    await q.dropColumn('web_submissions', 'regime');
    await q.dropIndex('requests', 'IDX_requests_office_regime_received');
    for (const c of [
      'timeliness',
      'materialProvided',
      'paymentMethod',
      'ruleSetId',
      'electionStage',
      'electionName',
      'electionKind',
      'regime',
      'requesterVersion',
    ])
      await q.dropColumn('requests', c);
    await q.dropTable('rule_sets');
    await q.dropColumn('requesters', 'version');
    await q.dropTable('requester_versions');
  }
}
