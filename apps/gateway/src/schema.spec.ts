import { readFileSync } from 'node:fs';
import { printGatewaySchema, SCHEMA_FILE } from './print-schema';

describe('schema.gql', () => {
  it('is what the resolvers generate (run `npm run build && npm run schema:print -w @groundwork/gateway` after changing the API)', async () => {
    expect(await printGatewaySchema()).toBe(readFileSync(SCHEMA_FILE, 'utf8'));
  });
});
