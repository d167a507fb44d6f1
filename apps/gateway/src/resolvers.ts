import { ApiTokensResolver } from './api-tokens/api-tokens.resolver';
import { AuthResolver } from './auth/auth.resolver';
import { OverviewResolver } from './overview/overview.resolver';
import { PeopleResolver } from './people/people.resolver';
import { InvitationsResolver } from './users/invitations.resolver';
import { UsersResolver } from './users/users.resolver';

/** Every resolver of the public API: the app provides them and the schema printer reads them. */
export const resolvers = [
  AuthResolver,
  UsersResolver,
  InvitationsResolver,
  ApiTokensResolver,
  PeopleResolver,
  OverviewResolver,
];
