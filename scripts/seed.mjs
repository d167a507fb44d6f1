// Seeds the demo coalition through the public GraphQL API, like any integrator would.
//
//   node scripts/seed.mjs                 # against http://localhost:4000/graphql
//   GROUNDWORK_GRAPHQL_URL=http://host:4000/graphql node scripts/seed.mjs
//   node scripts/seed.mjs --print-login   # only print the demo login
//   node scripts/seed.mjs --no-login      # seed, but do not print the login (npm start prints it)
//   node scripts/seed.mjs --check-login   # only log in as the demo organizer; exit 1 if refused (CI)
//
// Idempotent: it first logs in as the demo organizer. If that works and the coalition has all its
// people, it stops; if that works but people are missing (an interrupted earlier run), it adds the
// missing ones; if the login is refused, it signs the coalition up and creates everyone.
// Exits non-zero on any GraphQL error, printing it.

const GRAPHQL_URL =
  process.env.GROUNDWORK_GRAPHQL_URL || `http://localhost:${process.env.GATEWAY_PORT || '4000'}/graphql`;

const DEMO = {
  coalitionName: "Eastside Tenants' Coalition",
  // What the service makes of the name above; login on later runs needs it.
  coalitionSlug: 'eastside-tenants-coalition',
  name: 'Dana Organizer',
  email: 'demo@groundwork.test',
  password: 'organize-together-2026',
};

// [firstName, lastName, email local part (null: none), preferredLanguage, postalCode, building, more tags, phone?]
const PEOPLE_ROWS = [
  ['Zoë', 'Martin', 'zoe.martin', 'en', '94110', '12-Elm', ['leader', 'committee:repairs'], true],
  ['Lan', 'Nguyễn', 'lan.nguyen', 'vi', '94110', '12-Elm', ['leader'], true],
  ['Siobhan', "O'Brien", 'siobhan.obrien', 'en', '94110', '12-Elm', ['committee:rent'], true],
  ['José', 'Hernández', 'jose.hernandez', 'es', '94110', '12-Elm', [], true],
  ['María Guadalupe', 'Torres', 'mg.torres', 'es', '94110', '12-Elm', ['volunteer'], true],
  ['Wei', 'Chen', 'wei.chen', 'zh', '94110', '12-Elm', [], true],
  ['Mei-Ling', 'Zhang', 'meiling.zhang', 'zh', '94110', '12-Elm', ['committee:repairs'], false],
  ['DeShawn', 'Jackson', 'deshawn.jackson', 'en', '94110', '12-Elm', ['volunteer', 'canvasser'], true],
  ['Aisha', 'Rahman', 'aisha.rahman', 'en', '94103', '48-Oak', ['leader', 'committee:rent'], true],
  ['Tomás', 'Álvarez', 'tomas.alvarez', 'es', '94103', '48-Oak', [], true],
  ['Minh', 'Trần', 'minh.tran', 'vi', '94103', '48-Oak', ['volunteer'], true],
  ['Hoa', 'Phạm', null, 'vi', '94103', '48-Oak', [], true],
  ['Xiaoming', 'Li', 'xiaoming.li', 'zh', '94103', '48-Oak', [], true],
  ['Jun', 'Wong', 'jun.wong', 'zh', '94103', '48-Oak', ['canvasser'], false],
  ['Renée', 'Dubois', 'renee.dubois', 'en', '94103', '48-Oak', [], true],
  ['Patrick', "O'Connor", 'pat.oconnor', 'en', '94103', '48-Oak', ['committee:repairs'], true],
  ['Ana Lucía', 'Morales', 'analucia.morales', 'es', '94103', '48-Oak', ['leader'], true],
  ['Carlos', 'Ramírez', 'carlos.ramirez', 'es', '94103', '48-Oak', [], true],
  ['Thảo', 'Lê', 'thao.le', 'vi', '94112', '301-Mission', ['leader', 'committee:rent'], true],
  ['Keisha', 'Williams', 'keisha.williams', 'en', '94112', '301-Mission', ['volunteer'], true],
  ['Fatima', 'Haddad', 'fatima.haddad', 'en', '94112', '301-Mission', [], true],
  ['Jamal', 'Washington', 'jamal.washington', 'en', '94112', '301-Mission', ['canvasser'], true],
  ['Guadalupe', 'Reyes', null, 'es', '94112', '301-Mission', [], true],
  ['Yesenia', 'Flores', 'yesenia.flores', 'es', '94112', '301-Mission', ['committee:repairs'], true],
  ['Hui Min', 'Huang', 'huimin.huang', 'zh', '94112', '301-Mission', [], true],
  ['Bảo', 'Võ', 'bao.vo', 'vi', '94112', '301-Mission', [], false],
  ['Samuel', 'Okafor', 'samuel.okafor', 'en', '94112', '301-Mission', ['leader', 'volunteer'], true],
  ['Rosa', 'Delgado', 'rosa.delgado', 'es', '94112', '301-Mission', [], true],
  ['Björn', 'Lindqvist', 'bjorn.lindqvist', 'en', '94110', '7-Alvarado', [], true],
  ['Priya', 'Natarajan', 'priya.natarajan', 'en', '94110', '7-Alvarado', ['committee:rent'], true],
  ['Linh', 'Đặng', 'linh.dang', 'vi', '94110', '7-Alvarado', ['volunteer'], true],
  ['Esperanza', 'Cruz', 'esperanza.cruz', 'es', '94110', '7-Alvarado', ['leader'], true],
  ['Marcus', 'Lee', 'marcus.lee', 'en', '94110', '7-Alvarado', [], true],
  ['Jia Hui', 'Wu', null, 'zh', '94110', '7-Alvarado', [], true],
  ['Nadia', 'Kowalski', 'nadia.kowalski', 'en', '94110', '7-Alvarado', ['canvasser'], true],
  ['Ignacio', 'Peña', 'ignacio.pena', 'es', '94110', '7-Alvarado', ['committee:repairs'], true],
];

const PEOPLE = PEOPLE_ROWS.map(
  ([firstName, lastName, local, preferredLanguage, postalCode, building, moreTags, hasPhone], index) => ({
    firstName,
    lastName,
    ...(local ? { email: `${local}@example.org` } : {}),
    ...(hasPhone ? { phone: `+1 415 555 01${String(index + 1).padStart(2, '0')}` } : {}),
    postalCode,
    preferredLanguage,
    tags: [`building:${building}`, 'tenant', ...moreTags],
  }),
);

const LOGIN = /* GraphQL */ `
  mutation SeedLogin($input: LoginInput!) {
    login(input: $input) {
      accessToken
    }
  }
`;

const SIGN_UP = /* GraphQL */ `
  mutation SeedSignUp($input: SignUpInput!) {
    signUp(input: $input) {
      accessToken
      coalition {
        slug
      }
    }
  }
`;

const PEOPLE_PAGE = /* GraphQL */ `
  query SeedPeople($after: String) {
    people(first: 100, after: $after, includeArchived: true) {
      totalCount
      edges {
        node {
          firstName
          lastName
          email
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

const CREATE_PERSON = /* GraphQL */ `
  mutation SeedCreatePerson($input: CreatePersonInput!) {
    createPerson(input: $input) {
      id
    }
  }
`;

class GraphQLErrors extends Error {
  constructor(operation, errors) {
    super(`${operation} failed`);
    this.operation = operation;
    this.errors = errors;
  }

  get codes() {
    return this.errors.map((error) => error?.extensions?.code);
  }
}

async function graphql(operation, query, variables, accessToken) {
  let response;
  try {
    response = await fetch(GRAPHQL_URL, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        ...(accessToken ? { authorization: `Bearer ${accessToken}` } : {}),
      },
      body: JSON.stringify({ operationName: operation, query, variables }),
      signal: AbortSignal.timeout(30_000),
    });
  } catch (error) {
    throw new Error(`cannot reach ${GRAPHQL_URL}: ${error?.cause?.message || error?.message || error}`);
  }
  const text = await response.text();
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    throw new Error(
      `${operation}: HTTP ${response.status} from ${GRAPHQL_URL}, not JSON: ${text.slice(0, 300)}`,
    );
  }
  if (Array.isArray(body.errors) && body.errors.length > 0) throw new GraphQLErrors(operation, body.errors);
  if (!response.ok || !body.data)
    throw new Error(`${operation}: HTTP ${response.status}: ${text.slice(0, 300)}`);
  return body.data;
}

function personKey(person) {
  return person.email ? person.email.toLowerCase() : `${person.firstName}\u0000${person.lastName}`;
}

async function existingPeopleKeys(accessToken) {
  const keys = new Set();
  let after = null;
  for (;;) {
    const { people } = await graphql('SeedPeople', PEOPLE_PAGE, { after }, accessToken);
    for (const { node } of people.edges) keys.add(personKey(node));
    if (!people.pageInfo.hasNextPage || !people.pageInfo.endCursor) return keys;
    after = people.pageInfo.endCursor;
  }
}

async function createPeople(accessToken, people) {
  for (const input of people) {
    try {
      await graphql('SeedCreatePerson', CREATE_PERSON, { input }, accessToken);
    } catch (error) {
      if (error instanceof GraphQLErrors) error.operation += ` (${input.firstName} ${input.lastName})`;
      throw error;
    }
  }
}

function printLogin() {
  console.log(
    [
      'Demo login',
      `  email      ${DEMO.email}`,
      `  password   ${DEMO.password}`,
      `  coalition  ${DEMO.coalitionSlug}`,
    ].join('\n'),
  );
}

async function tryLogin() {
  try {
    const { login } = await graphql('SeedLogin', LOGIN, {
      input: { email: DEMO.email, password: DEMO.password, coalitionSlug: DEMO.coalitionSlug },
    });
    return login.accessToken;
  } catch (error) {
    // A refused login means the demo coalition does not exist yet; anything else is a real failure.
    if (
      error instanceof GraphQLErrors &&
      error.codes.every((c) => c === 'UNAUTHENTICATED' || c === 'NOT_FOUND')
    ) {
      return null;
    }
    throw error;
  }
}

async function seed() {
  const existingToken = await tryLogin();

  if (existingToken) {
    const existing = await existingPeopleKeys(existingToken);
    const missing = PEOPLE.filter((person) => !existing.has(personKey(person)));
    if (missing.length === 0) {
      console.log(`demo coalition already seeded (${existing.size} people)`);
      return;
    }
    console.log(`demo coalition exists; adding ${missing.length} missing people of ${PEOPLE.length}`);
    await createPeople(existingToken, missing);
    console.log('demo coalition seeded');
    return;
  }

  console.log(`signing up "${DEMO.coalitionName}" through ${GRAPHQL_URL}`);
  const { signUp } = await graphql('SeedSignUp', SIGN_UP, {
    input: { coalitionName: DEMO.coalitionName, name: DEMO.name, email: DEMO.email, password: DEMO.password },
  });
  if (signUp.coalition.slug !== DEMO.coalitionSlug) {
    console.warn(
      `warning: the coalition's slug is "${signUp.coalition.slug}", not "${DEMO.coalitionSlug}"; ` +
        'later runs will not find it. Update DEMO.coalitionSlug in scripts/seed.mjs.',
    );
  }
  await createPeople(signUp.accessToken, PEOPLE);
  console.log(`demo coalition seeded with ${PEOPLE.length} people`);
}

function report(error) {
  if (error instanceof GraphQLErrors) {
    console.error(`seed: ${error.operation} returned GraphQL errors:`);
    for (const e of error.errors) {
      const code = e?.extensions?.code ? ` [${e.extensions.code}]` : '';
      const field = e?.extensions?.field ? ` field=${e.extensions.field}` : '';
      const path = Array.isArray(e?.path) ? ` path=${e.path.join('.')}` : '';
      console.error(`  - ${e?.message ?? JSON.stringify(e)}${code}${field}${path}`);
    }
  } else {
    console.error(`seed: ${error?.message ?? error}`);
  }
}

if (process.argv.includes('--print-login')) {
  printLogin();
} else if (process.argv.includes('--check-login')) {
  try {
    if (await tryLogin()) console.log(`demo login works through ${GRAPHQL_URL}`);
    else {
      console.error(`seed: the demo login (${DEMO.email}) was refused by ${GRAPHQL_URL}`);
      process.exitCode = 1;
    }
  } catch (error) {
    report(error);
    process.exitCode = 1;
  }
} else {
  try {
    await seed();
    if (!process.argv.includes('--no-login')) printLogin();
  } catch (error) {
    report(error);
    process.exitCode = 1;
  }
}
