import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { OverviewDto, TrendPointDto } from '@groundwork/contracts';
import { EventConsumerRunner, runMigrations } from '@groundwork/service-kit';
import { RawRpc, TenantSql } from '@groundwork/testing';
import { AppModule } from '../../../src/app.module';
import { migrations } from '../../../src/database/migrations';
import type { MembershipTrendRequest } from '../../../src/membership-projection/get-membership-trend.use-case';
import { MembershipProjectionConsumer } from '../../../src/membership-projection/membership-projection.consumer';
import { MembershipEventPublisher } from './membership-event-publisher';
import { ProjectionLock } from './projection-lock';

/**
 * The evaluation service running in-process on a migrated database, with a raw NATS caller, owner SQL
 * scoped per tenant, and a membership event publisher, all in this test file's NATS namespace.
 */
export class EvaluationHarness {
  private constructor(
    readonly app: INestApplicationContext,
    readonly rpc: RawRpc,
    readonly sql: TenantSql,
    readonly events: MembershipEventPublisher,
    readonly lock: ProjectionLock,
  ) {}

  static async start(): Promise<EvaluationHarness> {
    const lock = await ProjectionLock.acquireShared();
    await runMigrations({
      ownerUrl: process.env.OWNER_DATABASE_URL!,
      schema: 'evaluation',
      migrations,
      log: () => undefined,
    });
    const events = await MembershipEventPublisher.connect();
    try {
      const app = await NestFactory.createApplicationContext(AppModule, { logger: ['error', 'warn'] });
      return new EvaluationHarness(app, await RawRpc.connect(), new TenantSql(), events, lock);
    } catch (error) {
      await events.close();
      await lock.release();
      throw error;
    }
  }

  /** Resolves once the projection has applied everything published so far. */
  caughtUp(): Promise<void> {
    return this.app
      .get(EventConsumerRunner)
      .waitUntilCaughtUp(this.app.get(MembershipProjectionConsumer), 20_000);
  }

  overview(tenantId: string): Promise<OverviewDto> {
    return this.rpc.ok('evaluation.overview.get', {}, { tenantId });
  }

  trend(tenantId: string, request: MembershipTrendRequest): Promise<TrendPointDto[]> {
    return this.rpc.ok('evaluation.membership-trend.get', request, { tenantId });
  }

  /** Closes everything even when one part fails, so a failed test cannot keep Jest from exiting. */
  async close(): Promise<void> {
    const results = await Promise.allSettled([
      this.app.close(),
      this.rpc.close(),
      this.sql.close(),
      this.events.close(),
      this.lock.release(),
    ]);
    const failure = results.find((result) => result.status === 'rejected');
    if (failure) throw failure.reason;
  }
}
