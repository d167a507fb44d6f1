import { Button, Card, Checkbox, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useId, useState, type ReactNode } from 'react';
import { AffiliationForm, type AffiliationAnchor } from './AffiliationForm';
import { AffiliationsTable, type AffiliationRow } from './AffiliationsTable';
import { EndAffiliationModal, type AffiliationTarget } from './EndAffiliationModal';
import { RemoveAffiliationModal } from './RemoveAffiliationModal';

interface AffiliationsCardProps {
  title: string;
  nameHeader: string;
  anchor: AffiliationAnchor;
  rows: AffiliationRow[] | undefined;
  editable: boolean;
  includeEnded: boolean;
  onIncludeEndedChange: (includeEnded: boolean) => void;
  emptyMessage: string;
  /** Loading and error states, and the pager. */
  status: ReactNode;
  pager: ReactNode;
}

/** Affiliations seen from one side, with add, end and remove. */
export function AffiliationsCard({
  title,
  nameHeader,
  anchor,
  rows,
  editable,
  includeEnded,
  onIncludeEndedChange,
  emptyMessage,
  status,
  pager,
}: AffiliationsCardProps) {
  const titleId = useId();
  const [adding, setAdding] = useState(false);
  const [toEnd, setToEnd] = useState<AffiliationTarget | null>(null);
  const [toRemove, setToRemove] = useState<AffiliationTarget | null>(null);
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby={titleId}>
      <Stack>
        <Group justify="space-between">
          <Title order={2} size="h4" id={titleId}>
            {title}
          </Title>
          <Group gap="md">
            <Checkbox
              label="Show ended"
              checked={includeEnded}
              onChange={(event) => onIncludeEndedChange(event.currentTarget.checked)}
            />
            {editable && (
              <Button size="xs" onClick={() => setAdding(true)}>
                {'organizationId' in anchor ? 'Add person' : 'Add organization'}
              </Button>
            )}
          </Group>
        </Group>
        {status ??
          (rows && rows.length === 0 ? (
            <Text c="dimmed" ta="center" py="md" size="sm">
              {emptyMessage}
            </Text>
          ) : (
            rows && (
              <AffiliationsTable
                label={title}
                nameHeader={nameHeader}
                rows={rows}
                editable={editable}
                onEnd={setToEnd}
                onRemove={setToRemove}
              />
            )
          ))}
        {pager}
      </Stack>
      <Modal
        opened={adding}
        onClose={() => setAdding(false)}
        title={'organizationId' in anchor ? 'Add a person' : 'Add an organization'}
      >
        {adding && <AffiliationForm anchor={anchor} onDone={() => setAdding(false)} />}
      </Modal>
      <EndAffiliationModal affiliation={toEnd} onClose={() => setToEnd(null)} />
      <RemoveAffiliationModal affiliation={toRemove} onClose={() => setToRemove(null)} />
    </Card>
  );
}
