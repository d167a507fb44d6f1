import { Injectable } from '@nestjs/common';
import type { MembershipRpc } from '@groundwork/contracts';
import { RpcHandler } from '@groundwork/service-kit';
import type { MembershipReply, MembershipRequest } from '../membership-rpc';
import { toPersonDto } from '../people/person.mapper';
import { CountSegmentUseCase } from './count-segment.use-case';
import { CreateSegmentUseCase } from './create-segment.use-case';
import { DeleteSegmentUseCase } from './delete-segment.use-case';
import { GetSegmentsUseCase } from './get-segments.use-case';
import { ListSegmentPeopleUseCase } from './list-segment-people.use-case';
import { ListSegmentsUseCase } from './list-segments.use-case';
import { UpdateSegmentUseCase } from './update-segment.use-case';

type SegmentSubject = Extract<keyof MembershipRpc, `membership.segment.${string}`>;
type Req<S extends SegmentSubject> = MembershipRequest<S>;
type Rep<S extends SegmentSubject> = Promise<MembershipReply<S>>;

/** NATS adapter for saved segments, their counts and their people. */
@Injectable()
export class SegmentsRpcController {
  constructor(
    private readonly listSegments: ListSegmentsUseCase,
    private readonly getSegments: GetSegmentsUseCase,
    private readonly createSegment: CreateSegmentUseCase,
    private readonly updateSegment: UpdateSegmentUseCase,
    private readonly deleteSegment: DeleteSegmentUseCase,
    private readonly countSegment: CountSegmentUseCase,
    private readonly segmentPeople: ListSegmentPeopleUseCase,
  ) {}

  @RpcHandler('membership.segment.list')
  list(input: Req<'membership.segment.list'>): Rep<'membership.segment.list'> {
    return this.listSegments.execute(input);
  }

  @RpcHandler('membership.segment.get-many')
  getMany(input: Req<'membership.segment.get-many'>): Rep<'membership.segment.get-many'> {
    return this.getSegments.execute(input.ids);
  }

  @RpcHandler('membership.segment.create')
  create(input: Req<'membership.segment.create'>): Rep<'membership.segment.create'> {
    return this.createSegment.execute(input);
  }

  @RpcHandler('membership.segment.update')
  update(input: Req<'membership.segment.update'>): Rep<'membership.segment.update'> {
    return this.updateSegment.execute(input);
  }

  @RpcHandler('membership.segment.delete')
  delete(input: Req<'membership.segment.delete'>): Rep<'membership.segment.delete'> {
    return this.deleteSegment.execute(input.id);
  }

  @RpcHandler('membership.segment.count')
  count(input: Req<'membership.segment.count'>): Rep<'membership.segment.count'> {
    return this.countSegment.execute(input);
  }

  @RpcHandler('membership.segment.count-many')
  countMany(input: Req<'membership.segment.count-many'>): Rep<'membership.segment.count-many'> {
    return this.countSegment.many(input.ids);
  }

  @RpcHandler('membership.segment.people')
  async people(input: Req<'membership.segment.people'>): Rep<'membership.segment.people'> {
    const page = await this.segmentPeople.execute(input);
    return { ...page, items: page.items.map(toPersonDto) };
  }
}
