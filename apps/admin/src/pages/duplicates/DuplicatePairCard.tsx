import { Badge, Button, Card, Group, Radio, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import type { DuplicateCandidatesQuery, DuplicatePersonFieldsFragment } from '../../gql/graphql';
import { REASON_LABELS } from './duplicate-reasons';

export type DuplicatePair = DuplicateCandidatesQuery['duplicateCandidates']['edges'][number]['node'];

interface DuplicatePairCardProps {
  pair: DuplicatePair;
  canEdit: boolean;
  onMerge: (kept: DuplicatePersonFieldsFragment, merged: DuplicatePersonFieldsFragment) => void;
  onDismiss: () => void;
  dismissing: boolean;
}

const ROWS: Array<[string, (person: DuplicatePersonFieldsFragment) => string]> = [
  ['Email', (p) => p.email ?? '—'],
  ['Phone', (p) => p.phone ?? '—'],
  ['Postal code', (p) => p.postalCode ?? '—'],
  ['City', (p) => p.city ?? '—'],
  ['Status', (p) => p.status],
  ['Tags', (p) => (p.tags.length > 0 ? p.tags.join(', ') : '—')],
  ['Added', (p) => new Date(p.createdAt).toLocaleDateString()],
];

const fullName = (person: DuplicatePersonFieldsFragment) => `${person.firstName} ${person.lastName}`;

/** One candidate pair side by side: pick the record to keep, then merge, or say it is not a duplicate. */
export function DuplicatePairCard({ pair, canEdit, onMerge, onDismiss, dismissing }: DuplicatePairCardProps) {
  const { firstPerson, secondPerson } = pair;
  const [keptId, setKeptId] = useState(firstPerson?.id ?? '');
  if (!firstPerson || !secondPerson) return null;
  const people = [firstPerson, secondPerson];
  const kept = people.find((person) => person.id === keptId) ?? firstPerson;
  const merged = kept.id === firstPerson.id ? secondPerson : firstPerson;
  const label = `${fullName(firstPerson)} and ${fullName(secondPerson)}`;

  return (
    <Card withBorder radius="md" padding="lg" component="article" aria-label={`Possible duplicate: ${label}`}>
      <Stack>
        <Group justify="space-between">
          <Group gap="xs">
            {pair.reasons.map((reason) => (
              <Badge key={reason} variant="light">
                {REASON_LABELS[reason]}
              </Badge>
            ))}
          </Group>
          <Text size="sm" c="dimmed">
            Likelihood {Math.round(pair.score * 100)}%
          </Text>
        </Group>
        <Radio.Group
          value={kept.id}
          onChange={setKeptId}
          label="Record to keep"
          aria-label={`Record to keep for ${label}`}
        >
          <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs">
            {people.map((person) => (
              <Card key={person.id} withBorder radius="sm" padding="sm">
                <Radio
                  value={person.id}
                  label={<Text fw={600}>{fullName(person)}</Text>}
                  aria-label={`Keep ${fullName(person)}`}
                />
                <Table mt="xs" fz="sm" withRowBorders={false} aria-label={`Details of ${fullName(person)}`}>
                  <Table.Tbody>
                    {ROWS.map(([name, value]) => (
                      <Table.Tr key={name}>
                        <Table.Th w={110}>{name}</Table.Th>
                        <Table.Td>{value(person)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Card>
            ))}
          </SimpleGrid>
        </Radio.Group>
        {canEdit && (
          <Group justify="flex-end">
            <Button variant="default" onClick={onDismiss} loading={dismissing}>
              Not a duplicate
            </Button>
            <Button color="green" onClick={() => onMerge(kept, merged)}>
              Merge into {fullName(kept)}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}
