import type {
  DuesPeriod,
  OrganizationListFieldsFragment,
  OrganizationMembershipStatus,
  OrganizationType,
} from '../../gql/graphql';

export const ORGANIZATION_TYPE_LABELS: Record<OrganizationType, string> = {
  TENANT_ASSOCIATION: 'Tenant association',
  UNION: 'Union',
  CONGREGATION: 'Congregation',
  NGO: 'NGO',
  SCHOOL: 'School',
  BUSINESS: 'Business',
  PUBLIC_AGENCY: 'Public agency',
  OTHER: 'Other',
};

export const MEMBERSHIP_STATUS_LABELS: Record<OrganizationMembershipStatus, string> = {
  PROSPECT: 'Prospect',
  MEMBER: 'Member',
  LAPSED: 'Lapsed',
  FORMER: 'Former member',
};

export const MEMBERSHIP_STATUS_COLORS: Record<OrganizationMembershipStatus, string> = {
  PROSPECT: 'blue',
  MEMBER: 'green',
  LAPSED: 'orange',
  FORMER: 'gray',
};

export const DUES_PERIOD_LABELS: Record<DuesPeriod, string> = {
  MONTHLY: 'per month',
  QUARTERLY: 'per quarter',
  YEARLY: 'per year',
};

export const ORGANIZATION_TYPE_OPTIONS = optionsFrom(ORGANIZATION_TYPE_LABELS);
export const MEMBERSHIP_STATUS_OPTIONS = optionsFrom(MEMBERSHIP_STATUS_LABELS);
export const DUES_PERIOD_OPTIONS = optionsFrom({
  MONTHLY: 'Monthly',
  QUARTERLY: 'Quarterly',
  YEARLY: 'Yearly',
});

function optionsFrom<Value extends string>(labels: Record<Value, string>): { value: Value; label: string }[] {
  return (Object.entries(labels) as [Value, string][]).map(([value, label]) => ({ value, label }));
}

type Dues = NonNullable<OrganizationListFieldsFragment['dues']>;

/** `€25.00 per month`, in the viewer's locale; an unknown currency code shows as the code. */
export function formatDues(dues: Dues): string {
  return `${formatMoney(dues.amountMinor, dues.currency)} ${DUES_PERIOD_LABELS[dues.period]}`;
}

export function formatMoney(amountMinor: number, currency: string): string {
  const digits = currencyDigits(currency);
  const amount = amountMinor / 10 ** digits;
  try {
    return new Intl.NumberFormat(undefined, { style: 'currency', currency }).format(amount);
  } catch {
    return `${amount.toFixed(digits)} ${currency}`;
  }
}

/** Minor units per major unit differ by currency (JPY has none, most have two). */
export function currencyDigits(currency: string): number {
  try {
    return (
      new Intl.NumberFormat(undefined, { style: 'currency', currency }).resolvedOptions()
        .maximumFractionDigits ?? 2
    );
  } catch {
    return 2;
  }
}
