import { Module } from '@nestjs/common';
import { AccessTokens } from '../auth/access-tokens';
import { Authenticator } from '../auth/authenticator';
import { HttpAuthenticator } from '../imports/http-authenticator';
import { SegmentExportController } from './segment-export.controller';

/** The segment CSV export, authenticated with the same code as GraphQL and the import upload. */
@Module({
  controllers: [SegmentExportController],
  providers: [AccessTokens, Authenticator, HttpAuthenticator],
})
export class SegmentsHttpModule {}
