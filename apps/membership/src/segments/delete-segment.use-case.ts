import { Injectable } from '@nestjs/common';
import { segmentEvents } from '@groundwork/contracts';
import { OutboxWriter, UnitOfWork } from '@groundwork/service-kit';
import { SegmentErrors } from './segment.errors';
import { SegmentRepository } from './segment.repository';

@Injectable()
export class DeleteSegmentUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly segments: SegmentRepository,
    private readonly outbox: OutboxWriter,
  ) {}

  execute(id: string): Promise<{ ok: true }> {
    return this.unitOfWork.run(async () => {
      if (!(await this.segments.delete(id))) throw SegmentErrors.notFound(id);
      await this.outbox.append(segmentEvents.deleted, { segmentId: id });
      return { ok: true as const };
    });
  }
}
