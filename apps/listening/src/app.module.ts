import { Module } from '@nestjs/common';
import { LISTENING, LISTENING_STREAM, listeningRpc } from '@groundwork/contracts';
import { ServiceKitModule } from '@groundwork/service-kit';
import { CampaignsModule } from './campaigns/campaigns.module';
import { ConversationsModule } from './conversations/conversations.module';
import { PrioritizationModule } from './prioritization.module';
import { ThemesModule } from './themes/themes.module';

@Module({
  imports: [
    ServiceKitModule.forService({
      service: LISTENING,
      schema: LISTENING,
      entities: [],
      serves: listeningRpc,
      publishes: LISTENING_STREAM,
      consumes: true,
      idempotentWrites: true,
    }),
    PrioritizationModule,
    ConversationsModule,
    ThemesModule,
    CampaignsModule,
  ],
})
export class AppModule {}
