import { Injectable } from '@nestjs/common';
import type { ConsentRecordDto, Page } from '@groundwork/contracts';
import { UnitOfWork } from '@groundwork/service-kit';
import { decodeHistoryCursor, historyPage } from '../ladder/history-cursor';
import type { MembershipRequest } from '../membership-rpc';
import { toConsentRecordDto } from './consent.mapper';
import { ConsentRepository } from './consent.repository';

/** A person's consent records, newest first, for one channel or all. */
@Injectable()
export class ListConsentHistoryUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly consents: ConsentRepository,
  ) {}

  execute(input: MembershipRequest<'membership.consent.history.list'>): Promise<Page<ConsentRecordDto>> {
    const after = decodeHistoryCursor(input.after);
    return this.unitOfWork.run(async () => {
      const { rows, totalCount } = await this.consents.history(
        input.personId,
        input.channel,
        input.first,
        after,
      );
      return historyPage(rows, input.first, totalCount, (row) => row.recorded_at, toConsentRecordDto);
    });
  }
}
