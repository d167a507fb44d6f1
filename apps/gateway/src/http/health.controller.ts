import { Controller, Get, HttpException, HttpStatus, Inject } from '@nestjs/common';
import { healthSubject, type HealthDto, type RpcReply } from '@groundwork/contracts';
import { HealthService, NATS_CONNECTION, Namespace, domainServices } from '@groundwork/service-kit/client';
import type { NatsConnection } from '@nats-io/transport-node';
import { Public } from '../auth/public.decorator';

const CHECK_TIMEOUT_MS = 2000;

/**
 * `GET /health`: the platform as the API sees it, this process's NATS connection and every domain
 * service of services.json answering its health subject (what `npm start` and operators watch).
 * `GET /health/ready`: this process only, for a load balancer: an outage of one service must not take
 * every gateway out of rotation. `GET /health/live`: the event loop answers (for a liveness probe).
 */
@Controller('health')
export class HealthController {
  private readonly services = domainServices().map((service) => service.name);

  constructor(
    private readonly health: HealthService,
    @Inject(NATS_CONNECTION) private readonly nats: NatsConnection,
    private readonly namespace: Namespace,
  ) {}

  @Public()
  @Get('live')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Public()
  @Get('ready')
  async ready(): Promise<HealthDto> {
    const own = await this.health.check();
    if (own.status !== 'ok') throw new HttpException(own, HttpStatus.SERVICE_UNAVAILABLE);
    return own;
  }

  @Public()
  @Get()
  async get(): Promise<HealthDto> {
    const own = await this.health.check();
    const services = await Promise.all(
      this.services.map(async (service) => [service, await this.check(service)] as const),
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
