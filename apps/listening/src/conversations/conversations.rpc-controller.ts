import { Injectable } from '@nestjs/common';
import { RpcHandler } from '@groundwork/service-kit';
import { toConcernDto } from '../concerns/concern.mapper';
import type { ListeningReply, ListeningRequest } from '../listening-rpc';
import { toConversationDto } from './conversation.mapper';
import { GetConversationsUseCase } from './get-conversations.use-case';
import { ListConversationsUseCase } from './list-conversations.use-case';
import { RecordConversationUseCase } from './record-conversation.use-case';

/** NATS adapter for conversations: requests arrive validated, replies leave as DTOs. */
@Injectable()
export class ConversationsRpcController {
  constructor(
    private readonly recordConversation: RecordConversationUseCase,
    private readonly getConversations: GetConversationsUseCase,
    private readonly listConversations: ListConversationsUseCase,
  ) {}

  @RpcHandler('listening.conversation.record')
  async record(
    input: ListeningRequest<'listening.conversation.record'>,
  ): Promise<ListeningReply<'listening.conversation.record'>> {
    const recorded = await this.recordConversation.execute(input);
    return {
      conversation: toConversationDto(recorded.conversation),
      concerns: recorded.concerns.map(toConcernDto),
    };
  }

  @RpcHandler('listening.conversation.get')
  async get(
    input: ListeningRequest<'listening.conversation.get'>,
  ): Promise<ListeningReply<'listening.conversation.get'>> {
    return toConversationDto(await this.getConversations.one(input.id));
  }

  @RpcHandler('listening.conversation.get-many')
  async getMany(
    input: ListeningRequest<'listening.conversation.get-many'>,
  ): Promise<ListeningReply<'listening.conversation.get-many'>> {
    return (await this.getConversations.execute(input.ids)).map(toConversationDto);
  }

  @RpcHandler('listening.conversation.list')
  async list(
    input: ListeningRequest<'listening.conversation.list'>,
  ): Promise<ListeningReply<'listening.conversation.list'>> {
    const page = await this.listConversations.execute(input);
    return { ...page, items: page.items.map(toConversationDto) };
  }
}
