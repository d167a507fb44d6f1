import { Inject, Injectable, Optional } from '@nestjs/common';
import type { HealthDto } from '@groundwork/contracts';
import type { NatsConnection } from '@nats-io/transport-node';
import { DataSource } from 'typeorm';
import { NATS_CONNECTION, SERVICE_NAME } from '../nats/nats.tokens';

/** Readiness of this process: its NATS connection and, where it has one, its database. */
@Injectable()
export class HealthService {
  constructor(
    @Inject(SERVICE_NAME) private readonly service: string,
    @Inject(NATS_CONNECTION) private readonly nats: NatsConnection,
    @Optional() private readonly dataSource?: DataSource,
  ) {}

  async check(): Promise<HealthDto> {
    const checks: HealthDto['checks'] = {
      nats: this.nats.isClosed() ? { ok: false, detail: 'connection closed' } : { ok: true },
    };
    if (this.dataSource) {
      checks.postgres = await this.dataSource
        .query('select 1')
        .then(() => ({ ok: true }))
        .catch((error: unknown) => ({ ok: false, detail: error instanceof Error ? error.message : String(error) }));
    }
    const ok = Object.values(checks).every((check) => check.ok);
    return { service: this.service, status: ok ? 'ok' : 'degraded', checks };
  }
}
