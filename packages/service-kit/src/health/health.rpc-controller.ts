import { Injectable } from '@nestjs/common';
import type { HealthDto } from '@groundwork/contracts';
import { HealthService } from './health.service';

/** Answers `<service>.health` over NATS; registered by `HealthModule` under the service's subject. */
@Injectable()
export class HealthRpcController {
  constructor(private readonly health: HealthService) {}

  check(): Promise<HealthDto> {
    return this.health.check();
  }
}
