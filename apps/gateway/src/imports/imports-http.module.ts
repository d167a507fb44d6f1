import { Module } from '@nestjs/common';
import { ImportUploadService } from './import-upload.service';
import { gatewayImportsConfigProvider } from './imports.config';
import { ImportsController } from './imports.controller';

/** The file endpoints of imports (upload and rejected-rows report), guarded by the global AuthGuard. */
@Module({
  controllers: [ImportsController],
  providers: [gatewayImportsConfigProvider, ImportUploadService],
})
export class ImportsHttpModule {}
