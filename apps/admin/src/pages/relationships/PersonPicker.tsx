import { Loader, Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useQuery } from 'urql';
import { PersonPickerDocument } from '../../gql/graphql';
import { fullName } from './person-names';

const SEARCH_DEBOUNCE_MS = 250;

export interface PickedPerson {
  id: string;
  firstName: string;
  lastName: string;
  email?: string | null;
}

interface PersonPickerProps {
  label: string;
  value: string | null;
  onChange: (personId: string | null, person: PickedPerson | null) => void;
  /** The person already chosen, so their name shows before any search. */
  initialPerson?: PickedPerson | null;
  error?: React.ReactNode;
  description?: string;
  required?: boolean;
  /** People who cannot be picked here (e.g. the person on the other end of a relationship). */
  excludeIds?: string[];
  'data-autofocus'?: boolean;
}

/** Picks one person of the coalition, searching by name or email on the server as you type. */
export function PersonPicker({
  label,
  value,
  onChange,
  error,
  description,
  required,
  excludeIds,
  initialPerson,
  ...rest
}: PersonPickerProps) {
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search.trim(), SEARCH_DEBOUNCE_MS);
  const [picked, setPicked] = useState<PickedPerson | null>(initialPerson ?? null);
  const [{ data, fetching }] = useQuery({
    query: PersonPickerDocument,
    variables: { search: debouncedSearch || undefined },
  });

  const found = data?.people.edges.map((edge) => edge.node) ?? [];
  const candidates: PickedPerson[] = [
    ...(picked && picked.id === value ? [picked] : []),
    ...found.filter((p) => p.id !== picked?.id),
  ];
  const options = candidates
    .filter((person) => !excludeIds?.includes(person.id))
    .map((person) => ({
      value: person.id,
      label: person.email ? `${fullName(person)} · ${person.email}` : fullName(person),
    }));

  return (
    <Select
      label={label}
      description={description}
      required={required}
      error={error}
      placeholder="Search by name or email"
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      // The server already filtered by the search; filtering again would hide matches on email.
      filter={({ options: all }) => all}
      data={options}
      value={value}
      onChange={(personId) => {
        const person = candidates.find((candidate) => candidate.id === personId) ?? null;
        setPicked(person);
        onChange(personId, person);
      }}
      nothingFoundMessage={fetching ? 'Searching…' : 'No one found'}
      rightSection={fetching ? <Loader size="xs" /> : undefined}
      {...rest}
    />
  );
}
