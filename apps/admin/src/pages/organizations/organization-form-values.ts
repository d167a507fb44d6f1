import type {
  CreateOrganizationInput,
  DuesInput,
  DuesPeriod,
  OrganizationDetailFieldsFragment,
  OrganizationMembershipStatus,
  OrganizationType,
  UpdateOrganizationInput,
} from '../../gql/graphql';
import { currencyDigits } from './organization-labels';

export interface DuesFormValues {
  enabled: boolean;
  /** In major units as typed (e.g. 25.5); converted to minor units on save. */
  amount: number | string;
  currency: string;
  period: DuesPeriod;
  paidUntil: string;
}

export interface OrganizationFormValues {
  name: string;
  type: OrganizationType | null;
  sector: string;
  area: string;
  membershipStatus: OrganizationMembershipStatus;
  joinedOn: string;
  leftOn: string;
  dues: DuesFormValues;
  contactPersonIds: string[];
}

export const DEFAULT_CURRENCY = 'EUR';

export const EMPTY_ORGANIZATION_FORM_VALUES: OrganizationFormValues = {
  name: '',
  type: null,
  sector: '',
  area: '',
  membershipStatus: 'PROSPECT',
  joinedOn: '',
  leftOn: '',
  dues: { enabled: false, amount: '', currency: DEFAULT_CURRENCY, period: 'YEARLY', paidUntil: '' },
  contactPersonIds: [],
};

export function organizationFormValuesFrom(
  organization: OrganizationDetailFieldsFragment,
): OrganizationFormValues {
  const { dues } = organization;
  return {
    name: organization.name,
    type: organization.type,
    sector: organization.sector ?? '',
    area: organization.area ?? '',
    membershipStatus: organization.membershipStatus,
    joinedOn: organization.joinedOn ?? '',
    leftOn: organization.leftOn ?? '',
    dues: dues
      ? {
          enabled: true,
          amount: dues.amountMinor / 10 ** currencyDigits(dues.currency),
          currency: dues.currency,
          period: dues.period,
          paidUntil: dues.paidUntil ?? '',
        }
      : EMPTY_ORGANIZATION_FORM_VALUES.dues,
    contactPersonIds: organization.contacts.map((contact) => contact.id),
  };
}

type OrganizationFields = Required<Omit<CreateOrganizationInput, 'type' | 'contactPersonIds'>> & {
  type: OrganizationType;
  contactPersonIds: string[];
};

/** Trimmed values; an empty optional field becomes null (unset). The form has checked `type` is chosen. */
export function organizationFieldsFrom(values: OrganizationFormValues): OrganizationFields {
  const optional = (value: string) => value.trim() || null;
  return {
    name: values.name.trim(),
    type: values.type ?? 'OTHER',
    sector: optional(values.sector),
    area: optional(values.area),
    membershipStatus: values.membershipStatus,
    joinedOn: optional(values.joinedOn),
    leftOn: optional(values.leftOn),
    dues: duesFrom(values.dues),
    contactPersonIds: values.contactPersonIds,
  };
}

function duesFrom(dues: DuesFormValues): DuesInput | null {
  if (!dues.enabled) return null;
  const currency = dues.currency.trim().toUpperCase();
  const amount = typeof dues.amount === 'number' ? dues.amount : Number(dues.amount);
  return {
    amountMinor: Math.round(amount * 10 ** currencyDigits(currency)),
    currency,
    period: dues.period,
    paidUntil: dues.paidUntil || null,
  };
}

/** Only what changed, so an edit never overwrites a field nobody touched. */
export function organizationChanges(
  values: OrganizationFormValues,
  organization: OrganizationDetailFieldsFragment,
): UpdateOrganizationInput {
  const next = organizationFieldsFrom(values);
  const before = organizationFieldsFrom(organizationFormValuesFrom(organization));
  const changes: UpdateOrganizationInput = { id: organization.id };
  if (next.name !== before.name) changes.name = next.name;
  if (next.type !== before.type) changes.type = next.type;
  if (next.sector !== before.sector) changes.sector = next.sector;
  if (next.area !== before.area) changes.area = next.area;
  if (next.membershipStatus !== before.membershipStatus) changes.membershipStatus = next.membershipStatus;
  if (next.joinedOn !== before.joinedOn) changes.joinedOn = next.joinedOn;
  if (next.leftOn !== before.leftOn) changes.leftOn = next.leftOn;
  if (JSON.stringify(next.dues) !== JSON.stringify(before.dues)) changes.dues = next.dues;
  if (next.contactPersonIds.join() !== before.contactPersonIds.join()) {
    changes.contactPersonIds = next.contactPersonIds;
  }
  return changes;
}
