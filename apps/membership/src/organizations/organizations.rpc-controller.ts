import { Injectable } from '@nestjs/common';
import type { AffiliationDto, OrganizationDto, Page } from '@groundwork/contracts';
import { RpcHandler } from '@groundwork/service-kit';
import type { MembershipRequest } from '../membership-rpc';
import { AddAffiliationUseCase } from './add-affiliation.use-case';
import { ArchiveOrganizationUseCase } from './archive-organization.use-case';
import { CreateOrganizationUseCase } from './create-organization.use-case';
import { EndAffiliationUseCase } from './end-affiliation.use-case';
import { GetCurrentOrganizationsUseCase } from './get-current-organizations.use-case';
import { GetOrganizationsUseCase } from './get-organizations.use-case';
import { ListAffiliationsUseCase } from './list-affiliations.use-case';
import { ListOrganizationsUseCase } from './list-organizations.use-case';
import { toAffiliationDto, toOrganizationDto } from './organization.mapper';
import { RemoveAffiliationUseCase } from './remove-affiliation.use-case';
import { UpdateOrganizationUseCase } from './update-organization.use-case';

/** NATS adapter for organizations and affiliations: requests arrive validated, replies leave as DTOs. */
@Injectable()
export class OrganizationsRpcController {
  constructor(
    private readonly createOrganization: CreateOrganizationUseCase,
    private readonly updateOrganization: UpdateOrganizationUseCase,
    private readonly archiveOrganization: ArchiveOrganizationUseCase,
    private readonly getOrganizations: GetOrganizationsUseCase,
    private readonly listOrganizations: ListOrganizationsUseCase,
    private readonly addAffiliation: AddAffiliationUseCase,
    private readonly endAffiliation: EndAffiliationUseCase,
    private readonly removeAffiliation: RemoveAffiliationUseCase,
    private readonly listAffiliations: ListAffiliationsUseCase,
    private readonly currentOrganizations: GetCurrentOrganizationsUseCase,
  ) {}

  @RpcHandler('membership.organization.create')
  async create(input: MembershipRequest<'membership.organization.create'>): Promise<OrganizationDto> {
    return toOrganizationDto(await this.createOrganization.execute(input));
  }

  @RpcHandler('membership.organization.update')
  async update(input: MembershipRequest<'membership.organization.update'>): Promise<OrganizationDto> {
    return toOrganizationDto(await this.updateOrganization.execute(input));
  }

  @RpcHandler('membership.organization.archive')
  async archive(input: MembershipRequest<'membership.organization.archive'>): Promise<OrganizationDto> {
    return toOrganizationDto(await this.archiveOrganization.execute(input.id));
  }

  @RpcHandler('membership.organization.get')
  async get(input: MembershipRequest<'membership.organization.get'>): Promise<OrganizationDto> {
    return toOrganizationDto(await this.getOrganizations.one(input.id));
  }

  @RpcHandler('membership.organization.get-many')
  async getMany(input: MembershipRequest<'membership.organization.get-many'>): Promise<OrganizationDto[]> {
    return (await this.getOrganizations.execute(input.ids)).map(toOrganizationDto);
  }

  @RpcHandler('membership.organization.list')
  async list(input: MembershipRequest<'membership.organization.list'>): Promise<Page<OrganizationDto>> {
    const page = await this.listOrganizations.execute(input);
    return { ...page, items: page.items.map(toOrganizationDto) };
  }

  @RpcHandler('membership.affiliation.add')
  async add(input: MembershipRequest<'membership.affiliation.add'>): Promise<AffiliationDto> {
    return toAffiliationDto(await this.addAffiliation.execute(input));
  }

  @RpcHandler('membership.affiliation.end')
  async end(input: MembershipRequest<'membership.affiliation.end'>): Promise<AffiliationDto> {
    return toAffiliationDto(await this.endAffiliation.execute(input));
  }

  @RpcHandler('membership.affiliation.remove')
  async remove(input: MembershipRequest<'membership.affiliation.remove'>): Promise<{ ok: true }> {
    await this.removeAffiliation.execute(input.id);
    return { ok: true };
  }

  @RpcHandler('membership.affiliation.list-by-organization')
  async listByOrganization(
    input: MembershipRequest<'membership.affiliation.list-by-organization'>,
  ): Promise<Page<AffiliationDto>> {
    const { organizationId, ...paging } = input;
    const page = await this.listAffiliations.execute({ ...paging, of: { organizationId } });
    return { ...page, items: page.items.map(toAffiliationDto) };
  }

  @RpcHandler('membership.affiliation.list-by-person')
  async listByPerson(
    input: MembershipRequest<'membership.affiliation.list-by-person'>,
  ): Promise<Page<AffiliationDto>> {
    const { personId, ...paging } = input;
    const page = await this.listAffiliations.execute({ ...paging, of: { personId } });
    return { ...page, items: page.items.map(toAffiliationDto) };
  }

  @RpcHandler('membership.affiliation.current.get-many')
  currentOfPeople(
    input: MembershipRequest<'membership.affiliation.current.get-many'>,
  ): Promise<Array<{ personId: string; organizationIds: string[] }>> {
    return this.currentOrganizations.execute(input.ids);
  }
}
