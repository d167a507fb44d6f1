import { Badge, CloseButton, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useQuery } from 'urql';
import { SegmentOrganizationNameDocument } from '../../gql/graphql';
import { OrganizationPicker } from '../organizations/OrganizationPicker';

interface OrganizationFilterProps {
  value: string[];
  onChange: (organizationIds: string[]) => void;
}

/** Organizations picked one at a time by name; people affiliated with any of them match. */
export function OrganizationFilter({ value, onChange }: OrganizationFilterProps) {
  // The picker is reset (by a new key) after each pick, so it is ready for the next one.
  const [pickerKey, setPickerKey] = useState(0);
  return (
    <Stack gap={6}>
      <OrganizationPicker
        key={pickerKey}
        label="Organization"
        value={null}
        onChange={(organizationId) => {
          if (organizationId && !value.includes(organizationId)) onChange([...value, organizationId]);
          setPickerKey((key) => key + 1);
        }}
      />
      {value.length > 0 && (
        <Group gap={6} role="group" aria-label="Organizations chosen">
          {value.map((id) => (
            <Badge
              key={id}
              size="lg"
              variant="light"
              color="gray"
              tt="none"
              fw={500}
              pr={4}
              rightSection={
                <CloseButton
                  size="xs"
                  aria-label="Remove organization"
                  onClick={() => onChange(value.filter((chosen) => chosen !== id))}
                />
              }
            >
              <OrganizationName id={id} />
            </Badge>
          ))}
        </Group>
      )}
      {value.length > 1 && (
        <Text size="xs" c="dimmed">
          Affiliated with any of these.
        </Text>
      )}
    </Stack>
  );
}

function OrganizationName({ id }: { id: string }) {
  const [{ data, fetching }] = useQuery({ query: SegmentOrganizationNameDocument, variables: { id } });
  if (fetching && !data) return <>…</>;
  return <>{data?.organization?.name ?? 'An organization no longer here'}</>;
}
