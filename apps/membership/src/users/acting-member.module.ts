import { Module } from '@nestjs/common';
import { ApiTokenRepository } from '../api-tokens/api-token.repository';
import { ActingMember } from './acting-member';
import { MembershipRepository } from './membership.repository';

/** `ActingMember` for every area that checks who acts and with which role. */
@Module({
  providers: [ActingMember, MembershipRepository, ApiTokenRepository],
  exports: [ActingMember],
})
export class ActingMemberModule {}
