import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { resolvers } from './resolvers';

export const SCHEMA_FILE = resolve(__dirname, '..', 'schema.gql');

const HEADER = `# Generated from the gateway's resolvers by \`npm run schema:print -w @groundwork/gateway\`. Do not edit:
# a unit test (src/schema.spec.ts) fails when this file and the code disagree.
`;

/** The public schema, sorted, as committed in schema.gql; built from metadata without starting a server. */
export async function printGatewaySchema(): Promise<string> {
  const app = await NestFactory.createApplicationContext(GraphQLSchemaBuilderModule, { logger: false });
  try {
    const schema = await app.get(GraphQLSchemaFactory).create(resolvers);
    return `${HEADER}\n${printSchema(lexicographicSortSchema(schema))}\n`;
  } finally {
    await app.close();
  }
}

if (require.main === module) {
  printGatewaySchema()
    .then((sdl) => {
      writeFileSync(SCHEMA_FILE, sdl);
      console.log(`wrote ${SCHEMA_FILE}`);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
