import { Button, Group, SimpleGrid, Stack, TagsInput, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, type CombinedError } from 'urql';
import { notifyFailure, notifySuccess } from '../../feedback/notify';
import { applyServerErrors } from '../../forms/apply-server-errors';
import { CreatePersonDocument, UpdatePersonDocument, type PersonFieldsFragment } from '../../gql/graphql';
import {
  EMPTY_PERSON_FORM_VALUES,
  personChanges,
  personFieldsFrom,
  personFormValuesFrom,
  type PersonFormValues,
} from './person-form-values';

interface PersonFormProps {
  /** The person to edit; absent to add a new one. */
  person?: PersonFieldsFragment;
  onDone: () => void;
}

export function PersonForm({ person, onDone }: PersonFormProps) {
  const [{ fetching: creating }, createPerson] = useMutation(CreatePersonDocument);
  const [{ fetching: updating }, updatePerson] = useMutation(UpdatePersonDocument);
  const form = useForm<PersonFormValues>({
    initialValues: person ? personFormValuesFrom(person) : EMPTY_PERSON_FORM_VALUES,
    validate: {
      firstName: (value) => (value.trim() ? null : 'Enter a first name'),
      lastName: (value) => (value.trim() ? null : 'Enter a last name'),
    },
  });

  const showError = (error: CombinedError) => {
    if (!applyServerErrors(form, error)) notifyFailure(error, 'Could not save this person');
  };

  const submit = async (values: PersonFormValues) => {
    const result = person
      ? await updatePerson({ input: personChanges(values, person) })
      : await createPerson({ input: personFieldsFrom(values) });
    if (result.error) return showError(result.error);
    const { firstName, lastName } = personFieldsFrom(values);
    notifySuccess(person ? `Saved ${firstName} ${lastName}.` : `Added ${firstName} ${lastName}.`);
    onDone();
  };

  return (
    <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate>
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label="First name" required data-autofocus {...form.getInputProps('firstName')} />
          <TextInput label="Last name" required {...form.getInputProps('lastName')} />
        </SimpleGrid>
        <TextInput label="Email" type="email" autoComplete="off" {...form.getInputProps('email')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label="Phone" type="tel" autoComplete="off" {...form.getInputProps('phone')} />
          <TextInput label="Postal code" autoComplete="off" {...form.getInputProps('postalCode')} />
        </SimpleGrid>
        <TextInput
          label="Preferred language"
          placeholder="e.g. Spanish"
          autoComplete="off"
          {...form.getInputProps('preferredLanguage')}
        />
        <TagsInput label="Tags" description="Press Enter after each tag" {...form.getInputProps('tags')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={creating || updating}>
            Save person
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
