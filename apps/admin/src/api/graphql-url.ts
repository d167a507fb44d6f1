/** Same origin in production (the gateway serves the client); proxied by Vite in development. */
export const GRAPHQL_URL = '/graphql';
