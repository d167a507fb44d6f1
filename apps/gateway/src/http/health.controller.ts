import { Controller, Get, HttpException, HttpStatus, Inject } from '@nestjs/common';
import { EVALUATION, MEMBERSHIP, healthSubject, type HealthDto, type RpcReply } from '@groundwork/contracts';
import { HealthService, NATS_CONNECTION, Namespace } from '@groundwork/service-kit/client';
import type { NatsConnection } from '@nats-io/transport-node';
import { Public } from '../auth/public.decorator';

const SERVICES = [MEMBERSHIP, EVALUATION];
const CHECK_TIMEOUT_MS = 2000;

/** Ready when this process's NATS connection is up and every service the API needs answers its health subject. */
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthService,
    @Inject(NATS_CONNECTION) private readonly nats: NatsConnection,
    private readonly namespace: Namespace,
  ) {}

  @Public()
  @Get()
  async get(): Promise<HealthDto> {
    const own = await this.health.check();
    const services = await Promise.all(
      SERVICES.map(async (service) => [service, await this.check(service)] as const),
    );
    const checks: HealthDto['checks'] = { ...own.checks, ...Object.fromEntries(services) };
    const ok = Object.values(checks).every((check) => check.ok);
    const report: HealthDto = { service: own.service, status: ok ? 'ok' : 'degraded', checks };
    if (!ok) throw new HttpException(report, HttpStatus.SERVICE_UNAVAILABLE);
    return report;
  }

  // Health subjects are not in the typed contract map (one per service), so this asks NATS directly.
  private async check(service: string): Promise<HealthDto['checks'][string]> {
    try {
      const message = await this.nats.request(this.namespace.subject(healthSubject(service)), '{}', {
        timeout: CHECK_TIMEOUT_MS,
      });
      const reply = message.json<RpcReply<HealthDto>>();
      if (!reply.ok) return { ok: false, detail: reply.error.message };
      return reply.data.status === 'ok'
        ? { ok: true }
        : { ok: false, detail: JSON.stringify(reply.data.checks) };
    } catch (error) {
      return { ok: false, detail: error instanceof Error ? error.message : String(error) };
    }
  }
}
