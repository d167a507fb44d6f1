import { Button, Group, Modal, Select, SimpleGrid, Stack, TagsInput, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery } from 'urql';
import { notifyFailure, notifySuccess } from '../../../feedback/notify';
import { applyServerErrors } from '../../../forms/apply-server-errors';
import {
  UpdatePersonProfileDocument,
  UsersDocument,
  type PersonProfileFieldsFragment,
  type PersonSource,
  type PersonStatus,
} from '../../../gql/graphql';
import { profileChanges, profileFormValuesFrom, type ProfileFormValues } from './profile-form-values';
import { SOURCE_LABELS, STATUS_LABELS } from './profile-labels';

interface ProfileFormModalProps {
  person: PersonProfileFieldsFragment;
  opened: boolean;
  onClose: () => void;
}

const SOURCE_OPTIONS = (Object.keys(SOURCE_LABELS) as PersonSource[]).map((value) => ({
  value,
  label: SOURCE_LABELS[value],
}));
// Archiving has its own action on the people list.
const STATUS_OPTIONS = (Object.keys(STATUS_LABELS) as PersonStatus[])
  .filter((value) => value !== 'ARCHIVED')
  .map((value) => ({ value, label: STATUS_LABELS[value] }));

export function ProfileFormModal({ person, opened, onClose }: ProfileFormModalProps) {
  return (
    <Modal opened={opened} onClose={onClose} title={`Edit ${person.firstName} ${person.lastName}`} size="xl">
      {opened && <ProfileForm person={person} onDone={onClose} />}
    </Modal>
  );
}

function ProfileForm({ person, onDone }: { person: PersonProfileFieldsFragment; onDone: () => void }) {
  const [{ fetching }, updatePerson] = useMutation(UpdatePersonProfileDocument);
  const [{ data: users }] = useQuery({ query: UsersDocument, variables: { first: 100 } });
  const form = useForm<ProfileFormValues>({
    initialValues: profileFormValuesFrom(person),
    validate: {
      firstName: (value) => (value.trim() ? null : 'Enter a first name'),
      lastName: (value) => (value.trim() ? null : 'Enter a last name'),
    },
  });
  const organizerOptions = (users?.users.edges ?? []).map(({ node }) => ({
    value: node.id,
    label: node.name,
  }));

  const submit = async (values: ProfileFormValues) => {
    const result = await updatePerson({ input: profileChanges(values, person) });
    if (result.error) {
      if (!applyServerErrors(form, result.error)) notifyFailure(result.error, 'Could not save this profile');
      return;
    }
    notifySuccess(`Saved ${values.firstName.trim()} ${values.lastName.trim()}.`);
    onDone();
  };

  return (
    <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate>
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput label="First name" required data-autofocus {...form.getInputProps('firstName')} />
          <TextInput label="Last name" required {...form.getInputProps('lastName')} />
          <TextInput label="Pronouns" placeholder="e.g. she/her" {...form.getInputProps('pronouns')} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label="Address line 1" {...form.getInputProps('addressLine1')} />
          <TextInput label="Address line 2" {...form.getInputProps('addressLine2')} />
          <TextInput label="City" {...form.getInputProps('city')} />
          <TextInput
            label="Region"
            description="State, province or county"
            {...form.getInputProps('region')}
          />
          <TextInput label="Postal code" {...form.getInputProps('postalCode')} />
          <TextInput
            label="Country"
            description="Two-letter code, e.g. US"
            maxLength={2}
            {...form.getInputProps('country')}
          />
        </SimpleGrid>
        <TextInput label="Area or neighbourhood" {...form.getInputProps('area')} />
        <TagsInput
          label="Preferred languages"
          description="Language tags such as en or pt-BR, most preferred first; press Enter after each"
          {...form.getInputProps('preferredLanguages')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label="Joined" type="date" {...form.getInputProps('joinedOn')} />
          <Select
            label="Status"
            data={STATUS_OPTIONS}
            allowDeselect={false}
            {...form.getInputProps('status')}
          />
          <Select label="Source" data={SOURCE_OPTIONS} clearable {...form.getInputProps('source')} />
          <TextInput
            label="Source detail"
            placeholder="Which event, petition…"
            {...form.getInputProps('sourceDetail')}
          />
          <Select
            label="Assigned organizer"
            data={organizerOptions}
            clearable
            searchable
            {...form.getInputProps('assignedOrganizerId')}
          />
          <TextInput
            label="External id"
            description="The id in another system"
            {...form.getInputProps('externalId')}
          />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={fetching}>
            Save profile
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
