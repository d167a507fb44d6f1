import { Loader, Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useQuery } from 'urql';
import { OrganizationPickerDocument } from '../../gql/graphql';
import { ORGANIZATION_TYPE_LABELS } from './organization-labels';

const SEARCH_DEBOUNCE_MS = 250;

interface PickedOrganization {
  id: string;
  name: string;
}

interface OrganizationPickerProps {
  label: string;
  value: string | null;
  onChange: (organizationId: string | null) => void;
  error?: React.ReactNode;
  required?: boolean;
  'data-autofocus'?: boolean;
}

/** Picks one organization that is not archived, searching by name on the server as you type. */
export function OrganizationPicker({
  label,
  value,
  onChange,
  error,
  required,
  ...rest
}: OrganizationPickerProps) {
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search.trim(), SEARCH_DEBOUNCE_MS);
  const [picked, setPicked] = useState<PickedOrganization | null>(null);
  const [{ data, fetching }] = useQuery({
    query: OrganizationPickerDocument,
    variables: { search: debouncedSearch || undefined },
  });

  const found = data?.organizations.edges.map((edge) => edge.node) ?? [];
  const options = [
    ...(picked && picked.id === value ? [{ value: picked.id, label: picked.name }] : []),
    ...found
      .filter((organization) => organization.id !== picked?.id)
      .map((organization) => ({
        value: organization.id,
        label: `${organization.name} · ${ORGANIZATION_TYPE_LABELS[organization.type]}`,
      })),
  ];

  return (
    <Select
      label={label}
      required={required}
      error={error}
      placeholder="Search by name"
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      data={options}
      value={value}
      onChange={(organizationId, option) => {
        setPicked(organizationId && option ? { id: organizationId, name: option.label } : null);
        onChange(organizationId);
      }}
      nothingFoundMessage={fetching ? 'Searching…' : 'No organization found'}
      rightSection={fetching ? <Loader size="xs" /> : undefined}
      {...rest}
    />
  );
}
