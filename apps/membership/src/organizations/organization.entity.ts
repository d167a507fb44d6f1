import type { DuesPeriod, OrganizationMembershipStatus, OrganizationType } from '@groundwork/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

export interface Dues {
  amountMinor: number;
  currency: string;
  period: DuesPeriod;
  paidUntil: string | null;
}

/** What an organization's details consist of; `organization.updated` names the ones that changed. */
export interface OrganizationDetails {
  type: OrganizationType;
  name: string;
  sector: string | null;
  area: string | null;
  membershipStatus: OrganizationMembershipStatus;
  joinedOn: string | null;
  leftOn: string | null;
  dues: Dues | null;
  contactPersonIds: string[];
}
export type OrganizationField = keyof OrganizationDetails;

/**
 * A member organization of one coalition (a union, a congregation, a tenant association…). Dates
 * without a time are `YYYY-MM-DD` strings. Contacts live in `organization_contacts`; the repository
 * fills `contactPersonIds` and writes it back.
 */
@Entity({ name: 'organizations' })
export class OrganizationEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  type!: OrganizationType;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', nullable: true })
  sector!: string | null;

  @Column({ type: 'text', nullable: true })
  area!: string | null;

  @Column({ name: 'membership_status', type: 'text' })
  membershipStatus!: OrganizationMembershipStatus;

  @Column({ name: 'joined_on', type: 'date', nullable: true })
  joinedOn!: string | null;

  @Column({ name: 'left_on', type: 'date', nullable: true })
  leftOn!: string | null;

  @Column({ name: 'dues_amount_minor', type: 'integer', nullable: true })
  duesAmountMinor!: number | null;

  @Column({ name: 'dues_currency', type: 'text', nullable: true })
  duesCurrency!: string | null;

  @Column({ name: 'dues_period', type: 'text', nullable: true })
  duesPeriod!: DuesPeriod | null;

  @Column({ name: 'dues_paid_until', type: 'date', nullable: true })
  duesPaidUntil!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt!: Date;

  @Column({ name: 'archived_at', type: 'timestamptz', precision: 3, nullable: true })
  archivedAt!: Date | null;

  /** Not a column: people who are the organization's contacts, in order. */
  contactPersonIds: string[] = [];

  static create(tenantId: string, id: string, details: OrganizationDetails, now: Date): OrganizationEntity {
    const organization = Object.assign(new OrganizationEntity(), {
      tenantId,
      id,
      createdAt: now,
      updatedAt: now,
      archivedAt: null,
    });
    organization.assign(details);
    return organization;
  }

  get isArchived(): boolean {
    return this.archivedAt !== null;
  }

  get dues(): Dues | null {
    if (this.duesAmountMinor === null || this.duesCurrency === null || this.duesPeriod === null) return null;
    return {
      amountMinor: this.duesAmountMinor,
      currency: this.duesCurrency,
      period: this.duesPeriod,
      paidUntil: this.duesPaidUntil,
    };
  }

  details(): OrganizationDetails {
    return {
      type: this.type,
      name: this.name,
      sector: this.sector,
      area: this.area,
      membershipStatus: this.membershipStatus,
      joinedOn: this.joinedOn,
      leftOn: this.leftOn,
      dues: this.dues,
      contactPersonIds: this.contactPersonIds,
    };
  }

  /** Applies the given details; returns the fields whose value actually changed (none: nothing touched). */
  applyChanges(changes: Partial<OrganizationDetails>, now: Date): OrganizationField[] {
    const current = this.details();
    const changed = (Object.keys(changes) as OrganizationField[]).filter(
      (field) =>
        changes[field] !== undefined && JSON.stringify(current[field]) !== JSON.stringify(changes[field]),
    );
    if (changed.length === 0) return [];
    this.assign({ ...current, ...Object.fromEntries(changed.map((field) => [field, changes[field]])) });
    this.updatedAt = now;
    return changed;
  }

  archive(now: Date): void {
    this.archivedAt = now;
    this.updatedAt = now;
  }

  private assign(details: OrganizationDetails): void {
    const { dues, ...rest } = details;
    Object.assign(this, rest, {
      duesAmountMinor: dues?.amountMinor ?? null,
      duesCurrency: dues?.currency ?? null,
      duesPeriod: dues?.period ?? null,
      duesPaidUntil: dues?.paidUntil ?? null,
    });
  }
}
