// The GraphQL API as the signed-in browser's user: for setting data up and checking what was stored.
import assert from 'node:assert/strict';

/** @typedef {(query: string, variables?: object) => Promise<unknown>} GraphqlClient resolves to `data` */

/**
 * The signed-in browser's access token, as the admin keeps it.
 * @param {import('playwright-core').Page} page
 */
export async function accessToken(page) {
  // A string expression: the e2e files are type-checked against Node's globals, not the DOM's.
  const stored = /** @type {string | null} */ (
    await page.evaluate(`window.localStorage.getItem('groundwork.session')`)
  );
  assert.ok(stored, 'the admin keeps its session in localStorage');
  const session = /** @type {unknown} */ (JSON.parse(stored));
  assert.ok(
    session &&
      typeof session === 'object' &&
      'accessToken' in session &&
      typeof session.accessToken === 'string',
  );
  return session.accessToken;
}

/**
 * A client that fails the test on any GraphQL error.
 * @param {string} baseUrl
 * @param {string} token
 * @returns {GraphqlClient}
 */
export function graphqlClient(baseUrl, token) {
  return async (query, variables = {}) => {
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = /** @type {{ data?: unknown, errors?: unknown }} */ (await response.json());
    assert.equal(body.errors, undefined, `GraphQL errors: ${JSON.stringify(body.errors)}`);
    return body.data;
  };
}

/**
 * @param {GraphqlClient} api
 * @param {Record<string, unknown>} input a CreatePersonInput
 * @returns {Promise<string>} the new person's id
 */
export async function createPerson(api, input) {
  const data = /** @type {{ createPerson: { id: string } }} */ (
    await api(`mutation ($input: CreatePersonInput!) { createPerson(input: $input) { id } }`, { input })
  );
  return data.createPerson.id;
}
