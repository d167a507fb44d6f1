import { Button, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from 'urql';
import { notifyFailure, notifySuccess } from '../../feedback/notify';
import { applyServerErrors } from '../../forms/apply-server-errors';
import { AddAffiliationDocument } from '../../gql/graphql';
import { PersonPicker } from '../relationships/PersonPicker';
import { OrganizationPicker } from './OrganizationPicker';
import { todayLocalDate } from './local-date';

/** The side already known; the form picks the other. */
export type AffiliationAnchor = { organizationId: string } | { personId: string };

interface AffiliationFormValues {
  organizationId: string | null;
  personId: string | null;
  role: string;
  startedOn: string;
  endedOn: string;
}

interface AffiliationFormProps {
  anchor: AffiliationAnchor;
  onDone: () => void;
}

export function AffiliationForm({ anchor, onDone }: AffiliationFormProps) {
  const [{ fetching }, addAffiliation] = useMutation(AddAffiliationDocument);
  const picksPerson = 'organizationId' in anchor;
  const form = useForm<AffiliationFormValues>({
    initialValues: {
      organizationId: 'organizationId' in anchor ? anchor.organizationId : null,
      personId: 'personId' in anchor ? anchor.personId : null,
      role: '',
      startedOn: todayLocalDate(),
      endedOn: '',
    },
    validate: {
      personId: (value) => (value ? null : 'Choose a person'),
      organizationId: (value) => (value ? null : 'Choose an organization'),
      endedOn: (value, values) =>
        value && values.startedOn && value < values.startedOn ? 'Cannot be before the start' : null,
    },
  });

  const submit = async (values: AffiliationFormValues) => {
    if (!values.personId || !values.organizationId) return;
    const result = await addAffiliation({
      input: {
        organizationId: values.organizationId,
        personId: values.personId,
        role: values.role.trim() || null,
        startedOn: values.startedOn || null,
        endedOn: values.endedOn || null,
      },
    });
    if (result.error) {
      if (!applyServerErrors(form, result.error))
        notifyFailure(result.error, 'Could not add the affiliation');
      return;
    }
    notifySuccess('Affiliation added.');
    onDone();
  };

  return (
    <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate>
      <Stack>
        {picksPerson ? (
          <PersonPicker
            label="Person"
            required
            data-autofocus
            value={form.getValues().personId}
            onChange={(personId) => form.setFieldValue('personId', personId)}
            error={form.errors.personId}
          />
        ) : (
          <OrganizationPicker
            label="Organization"
            required
            data-autofocus
            value={form.getValues().organizationId}
            onChange={(organizationId) => form.setFieldValue('organizationId', organizationId)}
            error={form.errors.organizationId}
          />
        )}
        <TextInput
          label="Role"
          placeholder="e.g. steward, pastor, board member"
          {...form.getInputProps('role')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label="Started on" type="date" {...form.getInputProps('startedOn')} />
          <TextInput
            label="Ended on"
            description="Only for a past affiliation"
            type="date"
            {...form.getInputProps('endedOn')}
          />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={fetching}>
            Add affiliation
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
