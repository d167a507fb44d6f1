import { Controller, Get, HttpException, HttpStatus } from '@nestjs/common';
import type { HealthDto } from '@groundwork/contracts';
import { HealthService } from './health.service';

/**
 * `GET /health` and `GET /health/ready`: this process's NATS connection and database answer (readiness).
 * `GET /health/live`: the event loop answers, whatever the dependencies do (liveness: a database outage
 * must not make Kubernetes restart every service).
 */
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get('live')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get(['', 'ready'])
  async get(): Promise<HealthDto> {
    const report = await this.health.check();
    if (report.status !== 'ok') throw new HttpException(report, HttpStatus.SERVICE_UNAVAILABLE);
    return report;
  }
}
