/** The operations the benchmark sends; the gateway and the baseline answer the same text. */
export const Operations = {
  personById: `query PersonById($id: ID!) {
  person(id: $id) { id firstName lastName email phone postalCode preferredLanguage tags createdAt updatedAt archivedAt }
}`,
  peoplePage: `query PeoplePage($first: Int!) {
  people(first: $first) {
    totalCount
    edges { cursor node { id firstName lastName email tags } }
    pageInfo { hasNextPage endCursor }
  }
}`,
  signUp: `mutation SignUp($input: SignUpInput!) {
  signUp(input: $input) { accessToken coalition { id } }
}`,
  createPerson: `mutation CreatePerson($input: CreatePersonInput!) {
  createPerson(input: $input) { id }
}`,
} as const;

/** The exact request body autocannon sends for an operation. */
export function requestBody(query: string, variables: Record<string, unknown>): string {
  return JSON.stringify({ query, variables });
}
