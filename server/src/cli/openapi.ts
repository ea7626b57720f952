import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import * as fs from 'node:fs';
import { apiDocument, configureApp } from '../app.factory';
import { AppModule } from '../app.module';
import { loadConfig } from '../config/config';
import { connect } from '../database/bootstrap';

/**
 * Writes the OpenAPI document (JSON) to the file named by the first argument, or to stdout: the Nest app is built on
 * an empty in-memory SQLite database and never listens. `npm run api:types` turns it into admin/src/api/schema.d.ts.
 */
async function main() {
  const config = loadConfig({
    NODE_ENV: 'test',
    JWT_SECRET: 'openapi-document-only-openapi-document-only',
    DB_URL: 'sqlite::memory:',
    CONSOLE_DIR: '/nonexistent',
    ENABLE_API_DOCS: 'false',
  });
  const ds = await connect(config.db);
  const app = await NestFactory.create(AppModule.forRoot(config, ds), { logger: ['error'], bodyParser: false });
  configureApp(app, config);
  const json = `${JSON.stringify(apiDocument(app), null, 2)}\n`;
  await app.close();
  await ds.destroy();
  if (process.argv[2]) fs.writeFileSync(process.argv[2], json);
  else process.stdout.write(json);
}
main().catch((e) => {
  console.error('OpenAPI document failed:', e);
  process.exit(1);
});
