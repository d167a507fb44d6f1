import { Injectable } from '@nestjs/common';
import { RpcHandler } from '@groundwork/service-kit';
import type { ListeningReply, ListeningRequest } from '../listening-rpc';
import { SuggestThemesUseCase } from './suggest-themes.use-case';
import { SuggestionStatsUseCase } from './suggestion-stats.use-case';

/** NATS adapter for theme suggestions. */
@Injectable()
export class SuggestionsRpcController {
  constructor(
    private readonly suggestThemes: SuggestThemesUseCase,
    private readonly suggestionStats: SuggestionStatsUseCase,
  ) {}

  @RpcHandler('listening.theme.suggest')
  suggest(
    input: ListeningRequest<'listening.theme.suggest'>,
  ): Promise<ListeningReply<'listening.theme.suggest'>> {
    return this.suggestThemes.execute(input);
  }

  @RpcHandler('listening.theme.suggestion-stats')
  stats(): Promise<ListeningReply<'listening.theme.suggestion-stats'>> {
    return this.suggestionStats.execute();
  }
}
