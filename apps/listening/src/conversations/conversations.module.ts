import { Module } from '@nestjs/common';
import { CampaignRepository } from '../campaigns/campaign.repository';
import { AddConcernsUseCase } from '../concerns/add-concerns.use-case';
import { ConcernDrafts } from '../concerns/concern-drafts';
import { ConcernRepository } from '../concerns/concern.repository';
import { ConcernsRpcController } from '../concerns/concerns.rpc-controller';
import { GetConcernsUseCase } from '../concerns/get-concerns.use-case';
import { ListConcernsUseCase } from '../concerns/list-concerns.use-case';
import { ImportOneOnOneUseCase } from '../one-on-ones/import-one-on-one.use-case';
import { OneOnOnesConsumer } from '../one-on-ones/one-on-ones.consumer';
import { CoalitionPeople } from './coalition-people';
import { ConversationRepository } from './conversation.repository';
import { ConversationsRpcController } from './conversations.rpc-controller';
import { GetConversationsUseCase } from './get-conversations.use-case';
import { ListConversationsUseCase } from './list-conversations.use-case';
import { RecordConversationUseCase } from './record-conversation.use-case';

/** Conversations (issue 9, section 2), the concerns heard in them, and one-on-ones arriving from membership. */
@Module({
  providers: [
    CoalitionPeople,
    CampaignRepository,
    ConversationRepository,
    ConcernRepository,
    ConcernDrafts,
    RecordConversationUseCase,
    GetConversationsUseCase,
    ListConversationsUseCase,
    AddConcernsUseCase,
    GetConcernsUseCase,
    ListConcernsUseCase,
    ImportOneOnOneUseCase,
    OneOnOnesConsumer,
    ConversationsRpcController,
    ConcernsRpcController,
  ],
  exports: [ConcernRepository, ConversationRepository, CoalitionPeople, CampaignRepository],
})
export class ConversationsModule {}
