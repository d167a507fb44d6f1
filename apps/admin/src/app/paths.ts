export const PATHS = {
  login: '/login',
  signUp: '/signup',
  acceptInvitation: '/accept-invitation',
  overview: '/overview',
  people: '/people',
  team: '/users',
  apiTokens: '/api-tokens',
} as const;
