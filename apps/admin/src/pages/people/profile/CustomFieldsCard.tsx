import {
  Button,
  Card,
  Group,
  Modal,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useMutation } from 'urql';
import { fieldErrors } from '../../../api/graphql-errors';
import { notifyFailure, notifySuccess } from '../../../feedback/notify';
import {
  UpdatePersonProfileDocument,
  type CustomFieldDefinitionFieldsFragment,
  type PersonProfileFieldsFragment,
} from '../../../gql/graphql';
import { Field } from './Field';

interface CustomFieldsCardProps {
  person: PersonProfileFieldsFragment;
  definitions: CustomFieldDefinitionFieldsFragment[];
  canEdit: boolean;
}

type FormValue = string | number | string[] | null;

/** The coalition's own fields for this person, shown and edited by their definitions. */
export function CustomFieldsCard({ person, definitions, canEdit }: CustomFieldsCardProps) {
  const [editing, setEditing] = useState(false);
  if (definitions.length === 0) return null;
  return (
    <Card withBorder radius="md" padding="lg">
      <Stack>
        <Group justify="space-between">
          <Title order={2} size="h4">
            More about {person.firstName}
          </Title>
          {canEdit && !person.archivedAt && (
            <Button size="xs" variant="light" onClick={() => setEditing(true)}>
              Edit fields
            </Button>
          )}
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {definitions.map((definition) => (
            <Field key={definition.key} label={definition.label}>
              {display(person.customFields[definition.key])}
            </Field>
          ))}
        </SimpleGrid>
      </Stack>
      <Modal
        opened={editing}
        onClose={() => setEditing(false)}
        title={`More about ${person.firstName}`}
        size="lg"
      >
        {editing && (
          <CustomFieldsForm person={person} definitions={definitions} onDone={() => setEditing(false)} />
        )}
      </Modal>
    </Card>
  );
}

function display(value: unknown): string {
  if (Array.isArray(value)) return value.join(', ');
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  return '';
}

function CustomFieldsForm({
  person,
  definitions,
  onDone,
}: Omit<CustomFieldsCardProps, 'canEdit'> & { onDone: () => void }) {
  const [{ fetching }, updatePerson] = useMutation(UpdatePersonProfileDocument);
  const initial = Object.fromEntries(
    definitions.map((definition) => [
      definition.key,
      (person.customFields[definition.key] as FormValue | undefined) ?? emptyValue(definition),
    ]),
  );
  const form = useForm<Record<string, FormValue>>({ initialValues: initial });

  const submit = async (values: Record<string, FormValue>) => {
    const changed = Object.fromEntries(
      definitions
        .filter(
          (definition) => JSON.stringify(values[definition.key]) !== JSON.stringify(initial[definition.key]),
        )
        .map((definition) => [definition.key, toStored(values[definition.key] ?? null)]),
    );
    if (Object.keys(changed).length === 0) return onDone();
    const result = await updatePerson({ input: { id: person.id, customFields: changed } });
    if (result.error) {
      const placed = fieldErrors(result.error).filter(({ field, message }) => {
        const key = field.replace(/^customFields\./, '');
        if (!(key in values)) return false;
        form.setFieldError(key, message);
        return true;
      });
      if (placed.length === 0) notifyFailure(result.error, 'Could not save these fields');
      return;
    }
    notifySuccess('Saved.');
    onDone();
  };

  return (
    <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate>
      <Stack>
        {definitions.map((definition) => {
          const props = {
            key: definition.key,
            label: definition.label,
            required: definition.required,
            ...form.getInputProps(definition.key),
          };
          switch (definition.type) {
            case 'NUMBER':
              return <NumberInput {...props} />;
            case 'DATE':
              return <TextInput {...props} type="date" />;
            case 'SINGLE_CHOICE':
              return <Select {...props} data={definition.options} clearable />;
            case 'MULTIPLE_CHOICE':
              return <MultiSelect {...props} data={definition.options} clearable />;
            default:
              return <TextInput {...props} />;
          }
        })}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={fetching}>
            Save
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function emptyValue(definition: CustomFieldDefinitionFieldsFragment): FormValue {
  return definition.type === 'MULTIPLE_CHOICE' ? [] : definition.type === 'NUMBER' ? null : '';
}

/** Empty inputs clear the value. */
function toStored(value: FormValue): FormValue {
  if (value === '' || (Array.isArray(value) && value.length === 0)) return null;
  return value;
}
