import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from 'urql';
import { notifyFailure, notifySuccess } from '../../feedback/notify';
import { applyServerErrors } from '../../forms/apply-server-errors';
import { EndAffiliationDocument } from '../../gql/graphql';
import { todayLocalDate } from './local-date';

export interface AffiliationTarget {
  id: string;
  /** E.g. "Ana Lopez at Riverside Tenants". */
  description: string;
  startedOn?: string | null;
}

interface EndAffiliationModalProps {
  affiliation: AffiliationTarget | null;
  onClose: () => void;
}

export function EndAffiliationModal({ affiliation, onClose }: EndAffiliationModalProps) {
  return (
    <Modal opened={affiliation !== null} onClose={onClose} title="End affiliation" centered>
      {affiliation && <EndAffiliationForm key={affiliation.id} affiliation={affiliation} onDone={onClose} />}
    </Modal>
  );
}

function EndAffiliationForm({ affiliation, onDone }: { affiliation: AffiliationTarget; onDone: () => void }) {
  const [{ fetching }, endAffiliation] = useMutation(EndAffiliationDocument);
  const form = useForm({
    initialValues: { endedOn: todayLocalDate() },
    validate: {
      endedOn: (value) =>
        !value
          ? 'Enter the date it ended'
          : affiliation.startedOn && value < affiliation.startedOn
            ? 'Cannot be before the start'
            : null,
    },
  });

  const submit = async ({ endedOn }: { endedOn: string }) => {
    const result = await endAffiliation({ input: { id: affiliation.id, endedOn } });
    if (result.error) {
      if (!applyServerErrors(form, result.error))
        notifyFailure(result.error, 'Could not end the affiliation');
      return;
    }
    notifySuccess('Affiliation ended. It stays as history.');
    onDone();
  };

  return (
    <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate>
      <Stack>
        <Text size="sm">{affiliation.description}</Text>
        <TextInput label="Ended on" type="date" required data-autofocus {...form.getInputProps('endedOn')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={fetching}>
            End affiliation
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
