import { Module } from '@nestjs/common';
import { CodingRepository } from '../codings/coding.repository';
import { CodingsRpcController } from '../codings/codings.rpc-controller';
import { ListCodingsUseCase } from '../codings/list-codings.use-case';
import { MeasureAgreementUseCase } from '../codings/measure-agreement.use-case';
import { SetCodingUseCase } from '../codings/set-coding.use-case';
import { ConversationsModule } from '../conversations/conversations.module';
import { SuggestThemesUseCase } from '../suggestions/suggest-themes.use-case';
import { SuggestionRepository } from '../suggestions/suggestion.repository';
import { SuggestionStatsUseCase } from '../suggestions/suggestion-stats.use-case';
import { SuggestionsRpcController } from '../suggestions/suggestions.rpc-controller';
import { CountThemesUseCase } from './count-themes.use-case';
import { CreateThemeUseCase } from './create-theme.use-case';
import { ListThemesUseCase } from './list-themes.use-case';
import { MergeThemesUseCase } from './merge-themes.use-case';
import { SplitThemeUseCase } from './split-theme.use-case';
import { ThemeCountsRepository } from './theme-counts.repository';
import { ThemeRepository } from './theme.repository';
import { ThemesRpcController } from './themes.rpc-controller';
import { UpdateThemeUseCase } from './update-theme.use-case';

/** Themes, coding by several coders and their agreement, suggestions, and counts (issue 9, section 4). */
@Module({
  imports: [ConversationsModule],
  providers: [
    ThemeRepository,
    ThemeCountsRepository,
    CodingRepository,
    SuggestionRepository,
    CreateThemeUseCase,
    UpdateThemeUseCase,
    ListThemesUseCase,
    MergeThemesUseCase,
    SplitThemeUseCase,
    CountThemesUseCase,
    SetCodingUseCase,
    ListCodingsUseCase,
    MeasureAgreementUseCase,
    SuggestThemesUseCase,
    SuggestionStatsUseCase,
    ThemesRpcController,
    CodingsRpcController,
    SuggestionsRpcController,
  ],
})
export class ThemesModule {}
