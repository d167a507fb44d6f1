import { ApiTokenEntity } from './api-tokens/api-token.entity';
import { CoalitionEntity } from './coalitions/coalition.entity';
import { InvitationEntity } from './invitations/invitation.entity';
import { SentMailEntity } from './mail/sent-mail.entity';
import { SessionEntity } from './sessions/session.entity';
import { MembershipEntity } from './users/membership.entity';
import { UserEntity } from './users/user.entity';

/** Entities of accounts and tenancy. */
export const accountsEntities = [
  CoalitionEntity,
  UserEntity,
  MembershipEntity,
  SessionEntity,
  InvitationEntity,
  ApiTokenEntity,
  SentMailEntity,
];
