import { Injectable } from '@nestjs/common';
import { TenantContext, UnitOfWork } from '@groundwork/service-kit';
import { ConcernRepository } from '../concerns/concern.repository';
import { ThemeErrors } from '../themes/theme.errors';
import { ThemeRepository } from '../themes/theme.repository';
import type { Coding } from './coding';
import { CodingErrors } from './coding.errors';
import { CodingRepository } from './coding.repository';

/** The acting coder's themes for a concern; replies with every coding of the concern, by every coder. */
@Injectable()
export class SetCodingUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly context: TenantContext,
    private readonly concerns: ConcernRepository,
    private readonly themes: ThemeRepository,
    private readonly codings: CodingRepository,
  ) {}

  execute(input: { concernId: string; themeIds: string[] }): Promise<Coding[]> {
    const coderId = this.context.actingUserId();
    if (!coderId) throw CodingErrors.coderRequired();
    return this.unitOfWork.run(async () => {
      const [concern] = await this.concerns.findByIds([input.concernId]);
      if (!concern) throw CodingErrors.concernNotFound(input.concernId);
      const known = new Set((await this.themes.findByIds(input.themeIds)).map((theme) => theme.id));
      input.themeIds.forEach((id, index) => {
        if (!known.has(id)) throw ThemeErrors.notFound(id, `themeIds.${index}`);
      });
      await this.codings.replace(concern.id, coderId, input.themeIds, new Date());
      return this.codings.byConcerns([concern.id]);
    });
  }
}
