import { Module } from '@nestjs/common';
import { AccessTokens } from '../auth/access-tokens';
import { Authenticator } from '../auth/authenticator';
import { HttpAuthenticator } from './http-authenticator';
import { ImportUploadService } from './import-upload.service';
import { gatewayImportsConfigProvider } from './imports.config';
import { ImportsController } from './imports.controller';

/**
 * The file endpoints of imports (upload and rejected-rows report). Authentication is the same code as
 * GraphQL's (Authenticator, AccessTokens), provided here because the app module keeps its own private.
 */
@Module({
  controllers: [ImportsController],
  providers: [
    gatewayImportsConfigProvider,
    AccessTokens,
    Authenticator,
    HttpAuthenticator,
    ImportUploadService,
  ],
})
export class ImportsHttpModule {}
