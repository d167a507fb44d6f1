import { Select } from '@mantine/core';
import { useQuery } from 'urql';
import { OrganizerOptionsDocument } from '../../gql/graphql';

interface OrganizerSelectProps {
  label: string;
  value: string | null;
  onChange: (userId: string | null) => void;
  error?: React.ReactNode;
  /** Shown when nothing is chosen, e.g. "All organizers"; without it a choice is required. */
  placeholder?: string;
  required?: boolean;
  w?: number;
}

/** The coalition's users, who can hold one-on-ones. */
export function OrganizerSelect({
  label,
  value,
  onChange,
  error,
  placeholder,
  required,
  w,
}: OrganizerSelectProps) {
  const [{ data }] = useQuery({ query: OrganizerOptionsDocument });
  const options = (data?.users.edges ?? []).map(({ node }) => ({ value: node.id, label: node.name }));
  return (
    <Select
      label={label}
      required={required}
      placeholder={placeholder}
      searchable
      clearable={!required}
      allowDeselect={!required}
      data={options}
      value={value}
      onChange={onChange}
      error={error}
      nothingFoundMessage="No one found"
      w={w}
    />
  );
}
