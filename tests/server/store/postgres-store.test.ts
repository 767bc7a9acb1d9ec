import { afterAll } from 'vitest';
import { openStore } from '../../../server/store/open-store.js';
import { describeWithPostgres, TEST_DATABASE_URL } from '../../support/capabilities.js';
import { describeStoreContract } from './store-contract.js';
import { dropSchemas, uniqueSchemaName } from './pg-schema.js';

const schemas: string[] = [];

await describeWithPostgres('the store contract on PostgreSQL', () => {
  afterAll(() => dropSchemas(schemas));
  describeStoreContract('PostgreSQL', () => {
    const schema = uniqueSchemaName('nr_store');
    schemas.push(schema);
    return openStore({ databaseUrl: TEST_DATABASE_URL, schema });
  });
});
