import { Injectable } from '@nestjs/common';
import type { ThemeSuggestionDto } from '@groundwork/contracts';
import { UnitOfWork } from '@groundwork/service-kit';
import { CodingErrors } from '../codings/coding.errors';
import { ConcernRepository } from '../concerns/concern.repository';
import { SuggestionRepository } from './suggestion.repository';
import { ThemeClassifier } from './theme-classifier';

/** Themes for a concern from the coalition's own coding so far, recorded so their acceptance can be measured. */
@Injectable()
export class SuggestThemesUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly concerns: ConcernRepository,
    private readonly suggestions: SuggestionRepository,
  ) {}

  execute(input: { concernId: string; limit: number }): Promise<ThemeSuggestionDto[]> {
    return this.unitOfWork.run(async () => {
      const [concern] = await this.concerns.findByIds([input.concernId]);
      if (!concern) throw CodingErrors.concernNotFound(input.concernId);
      const classifier = ThemeClassifier.train(await this.suggestions.codedConcerns(concern.id));
      const suggestions = classifier.suggest(concern.text, input.limit);
      if (suggestions.length > 0) await this.suggestions.record(concern.id, suggestions, new Date());
      return suggestions;
    });
  }
}
