import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  uuid,
  type ImportFieldDto,
  type ImportJobDto,
  type ImportPreviewRowDto,
} from '@groundwork/contracts';
import { MinRole } from '../auth/min-role.decorator';
import { Role } from '../auth/role';
import { pageSlice, servicePage, toConnection } from '../common/connection';
import { badUserInput } from '../common/graphql-errors';
import { PageArgs } from '../common/page.args';
import { ServiceRpc } from '../common/service-rpc';
import type { GraphQLContext } from '../graphql/graphql-context';
import { ImportJobArgs, ImportPreviewArgs } from './import.args';
import { CheckImportInput, RetryImportInput, StartImportInput, UndoImportInput } from './import.input';
import { ImportField, ImportJob, ImportJobConnection, ImportPreviewRow } from './import.model';

const importId = uuid();

/**
 * Imports are read and run by organizers and up: previews and reports show people's data as
 * uploaded. The file itself arrives at `POST /api/imports` (see ImportsController).
 */
@Resolver(() => ImportJob)
export class ImportsResolver {
  constructor(private readonly services: ServiceRpc) {}

  @MinRole(Role.ORGANIZER)
  @Query(() => ImportJob, { nullable: true, description: 'Null when the coalition has no such import.' })
  async importJob(
    @Args() args: ImportJobArgs,
    @Context() context: GraphQLContext,
  ): Promise<ImportJob | null> {
    if (!importId.safeParse(args.id).success)
      throw badUserInput([{ field: 'id', message: 'must be a UUID' }]);
    const job = await this.services.request(context, 'membership.import.get', { id: args.id });
    return job ? toImportJob(job) : null;
  }

  @MinRole(Role.ORGANIZER)
  @Query(() => ImportJobConnection, { description: 'Newest first.' })
  async importJobs(@Args() args: PageArgs, @Context() context: GraphQLContext): Promise<ImportJobConnection> {
    const slice = pageSlice(args);
    const page = await this.services.request(context, 'membership.import.list', servicePage(slice));
    return toConnection({ ...page, items: page.items.map(toImportJob) }, slice);
  }

  @MinRole(Role.ORGANIZER)
  @Query(() => [ImportField], { description: 'The fields a column can be mapped to.' })
  importFields(@Context() context: GraphQLContext): Promise<ImportFieldDto[]> {
    return this.services.request(context, 'membership.import.fields', {});
  }

  @MinRole(Role.ORGANIZER)
  @ResolveField(() => [ImportPreviewRow], {
    description:
      'The first rows as they will be stored under the mapping (the suggested one until the import starts), with their problems.',
  })
  preview(
    @Parent() job: ImportJob,
    @Args() args: ImportPreviewArgs,
    @Context() context: GraphQLContext,
  ): Promise<ImportPreviewRowDto[]> {
    return this.services.request(context, 'membership.import.preview', {
      id: job.id,
      first: args.first ?? 10,
    });
  }

  @MinRole(Role.ORGANIZER)
  @Mutation(() => ImportJob, {
    description: 'Starts an uploaded import; it runs in the background (poll importJob for progress).',
  })
  async startImport(
    @Args('input') input: StartImportInput,
    @Context() context: GraphQLContext,
  ): Promise<ImportJob> {
    const { tags, skipBadRows, ...rest } = input;
    const job = await this.services.request(context, 'membership.import.start', {
      ...rest,
      tags: tags ?? [],
      skipBadRows: skipBadRows ?? true,
    });
    return toImportJob(job);
  }

  @MinRole(Role.ORGANIZER)
  @Mutation(() => ImportJob, {
    description:
      'Checks every row of an uploaded import against a mapping and options in the background (status CHECKING, then UPLOADED with `check`: rejected rows by reason, the first of each); nothing is written. Starting with the same mapping and options then skips checking again.',
  })
  async checkImport(
    @Args('input') input: CheckImportInput,
    @Context() context: GraphQLContext,
  ): Promise<ImportJob> {
    return toImportJob(await this.services.request(context, 'membership.import.check', input));
  }

  @MinRole(Role.ORGANIZER)
  @Mutation(() => ImportJob, {
    description:
      'A new import of the rows an earlier one (failed, completed or undone) stored, without uploading again: UPLOADED with the earlier mapping and options, to change and start.',
  })
  async retryImport(
    @Args('input') input: RetryImportInput,
    @Context() context: GraphQLContext,
  ): Promise<ImportJob> {
    return toImportJob(await this.services.request(context, 'membership.import.retry', { id: input.id }));
  }

  @MinRole(Role.ORGANIZER)
  @Mutation(() => ImportJob, {
    description:
      'Within 24 hours of finishing: removes the people the import created and restores what it changed.',
  })
  async undoImport(
    @Args('input') input: UndoImportInput,
    @Context() context: GraphQLContext,
  ): Promise<ImportJob> {
    return toImportJob(await this.services.request(context, 'membership.import.undo', { id: input.id }));
  }
}

function toImportJob(job: ImportJobDto): ImportJob {
  const { createdBy: _createdBy, ...fields } = job;
  return { ...fields, rejectedRowsUrl: `/api/imports/${job.id}/rejected.csv` };
}
