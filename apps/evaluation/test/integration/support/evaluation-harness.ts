import type { INestApplicationContext } from '@nestjs/common';
import { EVALUATION, type OverviewDto, type TrendPointDto } from '@groundwork/contracts';
import { EventConsumerRunner } from '@groundwork/service-kit';
import type { RawRpc, TenantSql } from '@groundwork/testing';
import { ServiceHarness, type ServiceUnderTest } from '@groundwork/testing/harness';
import { AppModule } from '../../../src/app.module';
import { migrations } from '../../../src/database/migrations';
import type { MembershipTrendRequest } from '../../../src/membership-projection/get-membership-trend.use-case';
import { MembershipProjectionConsumer } from '../../../src/membership-projection/membership-projection.consumer';
import { MembershipEventPublisher } from './membership-event-publisher';
import { ProjectionLock } from './projection-lock';

/** Evaluation as its integration tests boot it (see `ServiceHarness` in @groundwork/testing). */
export const evaluationUnderTest: ServiceUnderTest = {
  service: EVALUATION,
  migrations,
  appModule: () => AppModule,
};

/**
 * The generic {@link ServiceHarness} for evaluation (the service in-process on a migrated database, a
 * raw NATS caller, owner SQL scoped per tenant) plus a membership event publisher and the projection
 * lock, all in this test file's NATS namespace.
 */
export class EvaluationHarness {
  private constructor(
    private readonly service: ServiceHarness,
    readonly events: MembershipEventPublisher,
    readonly lock: ProjectionLock,
  ) {}

  static async start(): Promise<EvaluationHarness> {
    const lock = await ProjectionLock.acquireShared();
    const events = await MembershipEventPublisher.connect().catch(async (error: unknown) => {
      await lock.release();
      throw error;
    });
    try {
      return new EvaluationHarness(await ServiceHarness.start(evaluationUnderTest), events, lock);
    } catch (error) {
      await events.close();
      await lock.release();
      throw error;
    }
  }

  get app(): INestApplicationContext {
    return this.service.app;
  }

  get rpc(): RawRpc {
    return this.service.rpc;
  }

  get sql(): TenantSql {
    return this.service.sql;
  }

  /** Resolves once the projection has applied everything published so far. */
  caughtUp(): Promise<void> {
    return this.app
      .get(EventConsumerRunner)
      .waitUntilCaughtUp(this.app.get(MembershipProjectionConsumer), 20_000);
  }

  overview(tenantId: string): Promise<OverviewDto> {
    return this.rpc.ok<OverviewDto>('evaluation.overview.get', {}, { tenantId });
  }

  trend(tenantId: string, request: MembershipTrendRequest): Promise<TrendPointDto[]> {
    return this.rpc.ok<TrendPointDto[]>('evaluation.membership-trend.get', request, { tenantId });
  }

  /** Closes everything even when one part fails, so a failed test cannot keep Jest from exiting. */
  async close(): Promise<void> {
    const results = await Promise.allSettled([
      this.service.close(),
      this.events.close(),
      this.lock.release(),
    ]);
    const failure = results.find((result) => result.status === 'rejected');
    if (failure) throw failure.reason;
  }
}
