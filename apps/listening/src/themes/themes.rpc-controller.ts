import { Injectable } from '@nestjs/common';
import { RpcHandler } from '@groundwork/service-kit';
import type { ListeningReply, ListeningRequest } from '../listening-rpc';
import { CountThemesUseCase } from './count-themes.use-case';
import { CreateThemeUseCase } from './create-theme.use-case';
import { ListThemesUseCase } from './list-themes.use-case';
import { MergeThemesUseCase } from './merge-themes.use-case';
import { SplitThemeUseCase } from './split-theme.use-case';
import { toThemeDto } from './theme.mapper';
import { UpdateThemeUseCase } from './update-theme.use-case';

/** NATS adapter for themes: requests arrive validated, replies leave as DTOs. */
@Injectable()
export class ThemesRpcController {
  constructor(
    private readonly createTheme: CreateThemeUseCase,
    private readonly updateTheme: UpdateThemeUseCase,
    private readonly listThemes: ListThemesUseCase,
    private readonly mergeThemes: MergeThemesUseCase,
    private readonly splitTheme: SplitThemeUseCase,
    private readonly countThemes: CountThemesUseCase,
  ) {}

  @RpcHandler('listening.theme.create')
  async create(
    input: ListeningRequest<'listening.theme.create'>,
  ): Promise<ListeningReply<'listening.theme.create'>> {
    return toThemeDto(await this.createTheme.execute(input));
  }

  @RpcHandler('listening.theme.update')
  async update(
    input: ListeningRequest<'listening.theme.update'>,
  ): Promise<ListeningReply<'listening.theme.update'>> {
    return toThemeDto(await this.updateTheme.execute(input));
  }

  @RpcHandler('listening.theme.list')
  async list(): Promise<ListeningReply<'listening.theme.list'>> {
    return (await this.listThemes.execute()).map(toThemeDto);
  }

  @RpcHandler('listening.theme.merge')
  async merge(
    input: ListeningRequest<'listening.theme.merge'>,
  ): Promise<ListeningReply<'listening.theme.merge'>> {
    return toThemeDto(await this.mergeThemes.execute(input));
  }

  @RpcHandler('listening.theme.split')
  async split(
    input: ListeningRequest<'listening.theme.split'>,
  ): Promise<ListeningReply<'listening.theme.split'>> {
    return (await this.splitTheme.execute(input)).map(toThemeDto);
  }

  @RpcHandler('listening.theme.counts')
  counts(
    input: ListeningRequest<'listening.theme.counts'>,
  ): Promise<ListeningReply<'listening.theme.counts'>> {
    return this.countThemes.execute(input);
  }
}
