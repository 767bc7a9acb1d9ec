import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { openStore } from '../../../server/store/open-store.js';
import { describeWithPostgres, TEST_DATABASE_URL } from '../../support/capabilities.js';
import { dropSchemas, uniqueSchemaName } from '../store/pg-schema.js';
import { describeQuotaBudgetContract } from './quota-budget-contract.js';

const dir = mkdtempSync(join(tmpdir(), 'nr-quota-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const run = uniqueSchemaName('r');

describeQuotaBudgetContract('SQLite', (shared) => openStore({ dataDir: join(dir, `${run}-${shared}`) }));

const schemas: string[] = [];
await describeWithPostgres('the quota budget on PostgreSQL', () => {
  afterAll(() => dropSchemas(schemas));
  describeQuotaBudgetContract('PostgreSQL', (shared) => {
    const schema = `nr_quota_${run}_${shared}`.slice(0, 63);
    if (!schemas.includes(schema)) schemas.push(schema);
    return openStore({ databaseUrl: TEST_DATABASE_URL, schema });
  });
});
