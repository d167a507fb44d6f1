import { Inject, Injectable, Optional } from '@nestjs/common';
import type { HealthDto } from '@groundwork/contracts';
import type { NatsConnection } from '@nats-io/transport-node';
import { NATS_CONNECTION, SERVICE_NAME } from '../nats/nats.tokens';

/** Answers when this process' database is reachable; provided by `DatabaseModule`. */
export const DATABASE_PROBE = Symbol('DATABASE_PROBE');
export type DatabaseProbe = () => Promise<unknown>;

/**
 * Readiness of this process: its NATS connection and, where it has one, its database (the probe is
 * a token, not TypeORM's DataSource, so the gateway never loads TypeORM).
 */
@Injectable()
export class HealthService {
  constructor(
    @Inject(SERVICE_NAME) private readonly service: string,
    @Inject(NATS_CONNECTION) private readonly nats: NatsConnection,
    @Optional() @Inject(DATABASE_PROBE) private readonly database?: DatabaseProbe,
  ) {}

  async check(): Promise<HealthDto> {
    const checks: HealthDto['checks'] = {
      nats: this.nats.isClosed() ? { ok: false, detail: 'connection closed' } : { ok: true },
    };
    if (this.database) {
      checks.postgres = await this.database()
        .then(() => ({ ok: true }))
        .catch((error: unknown) => ({
          ok: false,
          detail: error instanceof Error ? error.message : String(error),
        }));
    }
    const ok = Object.values(checks).every((check) => check.ok);
    return { service: this.service, status: ok ? 'ok' : 'degraded', checks };
  }
}
