import { randomBytes } from 'node:crypto';
import type { GraphQLClient } from './graphql-client';
import { Operations } from './operations';

export interface Coalition {
  tenantId: string;
  accessToken: string;
}

/** A fresh coalition for this run, so runs never see each other's rows. */
export async function signUpCoalition(client: GraphQLClient, label: string): Promise<Coalition> {
  const suffix = randomBytes(4).toString('hex');
  const { signUp } = await client.request<{ signUp: { accessToken: string; coalition: { id: string } } }>(
    Operations.signUp,
    {
      input: {
        coalitionName: `Bench ${label} ${suffix}`,
        name: 'Bench Runner',
        email: `bench-${label}-${suffix}@example.org`,
        password: `bench-${randomBytes(12).toString('hex')}`,
      },
    },
  );
  return { tenantId: signUp.coalition.id, accessToken: signUp.accessToken };
}

let personSerial = 0;
const FIRST_NAMES = ['Ada', 'Bayard', 'Cesar', 'Dolores', 'Ella', 'Fannie', 'Grace', 'Harvey', 'Ida', 'Jane'];

/** Names refuse digits, so a serial number is spelled in letters: 0 → a, 27 → bb. */
function letters(value: number): string {
  let text = '';
  let rest = value;
  do {
    text = String.fromCharCode(97 + (rest % 26)) + text;
    rest = Math.floor(rest / 26);
  } while (rest > 0);
  return text;
}

/** Input for one new person; every email is unique within the run. */
export function personInput(runTag: string): Record<string, unknown> {
  personSerial += 1;
  return {
    firstName: FIRST_NAMES[personSerial % FIRST_NAMES.length],
    lastName: `Bench-${letters(personSerial)}`,
    email: `person-${runTag}-${personSerial}@example.org`,
    tags: ['bench', personSerial % 2 === 0 ? 'even' : 'odd'],
  };
}

/** Creates `count` people through the gateway, `concurrency` at a time; returns their ids. */
export async function seedPeople(
  client: GraphQLClient,
  count: number,
  runTag: string,
  concurrency = 8,
): Promise<string[]> {
  const ids: string[] = [];
  let next = 0;
  const worker = async () => {
    while (next < count) {
      next += 1;
      const { createPerson } = await client.request<{ createPerson: { id: string } }>(
        Operations.createPerson,
        {
          input: personInput(runTag),
        },
      );
      ids.push(createPerson.id);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return ids;
}
