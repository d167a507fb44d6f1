import { Module } from '@nestjs/common';
import { LadderModule } from '../ladder/ladder.module';
import { ConsentRepository } from './consent.repository';
import { ConsentRpcController } from './consent.rpc-controller';
import { GetCurrentConsentsUseCase } from './get-current-consents.use-case';
import { ListConsentHistoryUseCase } from './list-consent-history.use-case';
import { RecordConsentUseCase } from './record-consent.use-case';

/** Consent per person and channel, append-only; `ConsentFilter` is the SQL lists filter with. */
@Module({
  imports: [LadderModule],
  providers: [
    ConsentRepository,
    RecordConsentUseCase,
    GetCurrentConsentsUseCase,
    ListConsentHistoryUseCase,
    ConsentRpcController,
  ],
})
export class ConsentModule {}
