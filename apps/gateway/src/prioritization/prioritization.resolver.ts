import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  uuid,
  type BallotReceiptDto,
  type ListeningRpc,
  type PaperBallotsRecordedDto,
  type RoundDto,
  type RpcRequest,
} from '@groundwork/contracts';
import { RpcClient } from '@groundwork/service-kit/client';
import { MinRole } from '../auth/min-role.decorator';
import { Role } from '../auth/role';
import type { ConnectionShape } from '../common/connection.model';
import { pageSlice, servicePage, toConnection } from '../common/connection';
import { badUserInput } from '../common/graphql-errors';
import { PageArgs } from '../common/page.args';
import { ServiceRpc } from '../common/service-rpc';
import type { GraphQLContext } from '../graphql/graphql-context';
import { PrioritizationResultArgs, PrioritizationRoundArgs } from './prioritization.args';
import {
  CastBallotInput,
  ClosePrioritizationRoundInput,
  CreatePrioritizationRoundInput,
  OpenPrioritizationRoundInput,
  RecordPaperBallotsInput,
} from './prioritization.input';
import { prioritizationRoundLoader } from './prioritization.loaders';
import {
  BallotReceipt,
  PaperBallotsRecorded,
  PrioritizationRound,
  PrioritizationRoundConnection,
} from './prioritization.model';
import { toPrioritizationResult } from './prioritization-result.mapper';
import { PrioritizationResult } from './prioritization-result.model';

type Request<S extends keyof ListeningRpc> = RpcRequest<ListeningRpc[S]>;

const roundId = uuid();

/** GraphQL leaves an optional input field out or sends null; the contract's defaults apply to both. */
function withoutNulls<T>(input: object): T {
  return Object.fromEntries(
    Object.entries(input).filter(([, value]) => value !== null && value !== undefined),
  ) as T;
}

function assertId(field: string, id: string): void {
  if (!roundId.safeParse(id).success) throw badUserInput([{ field, message: 'must be a UUID' }]);
}

/** Prioritization rounds (issue 9, section 6) with the names of ../shared/conformance/voting/API.md. */
@Resolver(() => PrioritizationRound)
export class PrioritizationResolver {
  constructor(
    private readonly services: ServiceRpc,
    private readonly rpc: RpcClient,
  ) {}

  @MinRole(Role.VIEWER)
  @Query(() => PrioritizationRound, {
    nullable: true,
    description: 'Null when the coalition has no such round.',
  })
  prioritizationRound(
    @Args() args: PrioritizationRoundArgs,
    @Context() context: GraphQLContext,
  ): Promise<RoundDto | null> {
    assertId('id', args.id);
    return prioritizationRoundLoader(this.rpc, context).load(args.id);
  }

  @MinRole(Role.VIEWER)
  @Query(() => PrioritizationRoundConnection, { description: 'Newest first.' })
  async prioritizationRounds(
    @Args() args: PageArgs,
    @Context() context: GraphQLContext,
  ): Promise<ConnectionShape<RoundDto>> {
    const slice = pageSlice(args);
    const page = await this.services.request(context, 'listening.round.list', servicePage(slice));
    return toConnection(page, slice);
  }

  @MinRole(Role.VIEWER)
  @Query(() => PrioritizationResult, {
    nullable: true,
    description:
      'The result stored when the round closed; for an open round whose results are visible ALWAYS, the count so far; otherwise null.',
  })
  async prioritizationResult(
    @Args() args: PrioritizationResultArgs,
    @Context() context: GraphQLContext,
  ): Promise<PrioritizationResult | null> {
    assertId('roundId', args.roundId);
    const [result, round] = await Promise.all([
      this.services.request(context, 'listening.result.get', { roundId: args.roundId }),
      prioritizationRoundLoader(this.rpc, context).load(args.roundId),
    ]);
    return result && round ? toPrioritizationResult(round, result) : null;
  }

  @MinRole(Role.ORGANIZER)
  @Mutation(() => PrioritizationRound, { description: 'A DRAFT round; open it to take ballots.' })
  createPrioritizationRound(
    @Args('input') input: CreatePrioritizationRoundInput,
    @Context() context: GraphQLContext,
  ): Promise<RoundDto> {
    return this.services.request(context, 'listening.round.create', {
      ...withoutNulls<Request<'listening.round.create'>>(input),
      options: input.options.map((option) =>
        withoutNulls<Request<'listening.round.create'>['options'][number]>(option),
      ),
    });
  }

  @MinRole(Role.ORGANIZER)
  @Mutation(() => PrioritizationRound, { description: 'DRAFT to OPEN.' })
  openPrioritizationRound(
    @Args('input') input: OpenPrioritizationRoundInput,
    @Context() context: GraphQLContext,
  ): Promise<RoundDto> {
    return this.services.request(context, 'listening.round.open', { id: input.id });
  }

  @MinRole(Role.ORGANIZER)
  @Mutation(() => PrioritizationRound, {
    description: 'OPEN to CLOSED: counts the ballots, stores the result and records the chosen priorities.',
  })
  closePrioritizationRound(
    @Args('input') input: ClosePrioritizationRoundInput,
    @Context() context: GraphQLContext,
  ): Promise<RoundDto> {
    return this.services.request(context, 'listening.round.close', { id: input.id });
  }

  @MinRole(Role.ORGANIZER)
  @Mutation(() => BallotReceipt, {
    description:
      'Staff casting on a voter’s behalf (recorded as such) in an open round that is not secret; replaces the voter’s earlier ballot.',
  })
  castBallot(
    @Args('input') input: CastBallotInput,
    @Context() context: GraphQLContext,
  ): Promise<BallotReceiptDto> {
    return this.services.request(
      context,
      'listening.ballot.cast',
      withoutNulls<Request<'listening.ballot.cast'>>(input),
    );
  }

  @MinRole(Role.ORGANIZER)
  @Mutation(() => PaperBallotsRecorded, {
    description: 'Tellers’ anonymous paper ballots, while the round is open: every line or none.',
  })
  recordPaperBallots(
    @Args('input') input: RecordPaperBallotsInput,
    @Context() context: GraphQLContext,
  ): Promise<PaperBallotsRecordedDto> {
    return this.services.request(context, 'listening.ballot.record-paper', {
      roundId: input.roundId,
      ballots: input.ballots.map((line) =>
        withoutNulls<Request<'listening.ballot.record-paper'>['ballots'][number]>(line),
      ),
    });
  }
}
