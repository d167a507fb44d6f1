import { Controller, Get, HttpException, HttpStatus } from '@nestjs/common';
import type { HealthDto } from '@groundwork/contracts';
import { HealthService } from './health.service';

@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get()
  async get(): Promise<HealthDto> {
    const report = await this.health.check();
    if (report.status !== 'ok') throw new HttpException(report, HttpStatus.SERVICE_UNAVAILABLE);
    return report;
  }
}
