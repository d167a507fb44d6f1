import { Button, Group, Radio, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, type CombinedError } from 'urql';
import { fieldErrors } from '../../api/graphql-errors';
import { notifyFailure, notifySuccess } from '../../feedback/notify';
import { CreateRelationshipDocument, type RelationshipType } from '../../gql/graphql';
import { PersonPicker } from './PersonPicker';
import { DIRECTED_TYPES, RELATIONSHIP_TYPE_OPTIONS } from './relationship-labels';

/** OUT: the person is `from` ("Ana was recruited by them"); IN: the person is `to`. */
type Direction = 'OUT' | 'IN';

interface RelationshipFormValues {
  type: RelationshipType;
  otherPersonId: string | null;
  direction: Direction;
  notes: string;
  startedOn: string;
}

const NOTES_MAX = 2000;

function directionOptions(type: RelationshipType, name: string): { value: Direction; label: string }[] {
  return type === 'MENTOR'
    ? [
        { value: 'OUT', label: `${name} mentors them` },
        { value: 'IN', label: `They mentor ${name}` },
      ]
    : [
        { value: 'OUT', label: `${name} was recruited by them` },
        { value: 'IN', label: `${name} recruited them` },
      ];
}

interface RelationshipFormProps {
  person: { id: string; name: string };
  onDone: () => void;
}

export function RelationshipForm({ person, onDone }: RelationshipFormProps) {
  const [{ fetching }, createRelationship] = useMutation(CreateRelationshipDocument);
  const form = useForm<RelationshipFormValues>({
    initialValues: { type: 'NEIGHBOUR', otherPersonId: null, direction: 'OUT', notes: '', startedOn: '' },
    validate: {
      otherPersonId: (value) =>
        !value ? 'Choose a person' : value === person.id ? 'Choose someone else' : null,
      notes: (value) => (value.length > NOTES_MAX ? `At most ${NOTES_MAX} characters` : null),
    },
  });
  const values = form.getValues();

  const showError = (error: CombinedError) => {
    const errors = fieldErrors(error);
    const placed = errors.filter(({ field, message }) => {
      const formField =
        field === 'fromPersonId' || field === 'toPersonId' ? 'otherPersonId' : (field.split('.')[0] ?? field);
      if (!(formField in values)) return false;
      form.setFieldError(formField, message.charAt(0).toUpperCase() + message.slice(1));
      return true;
    });
    if (errors.length === 0 || placed.length < errors.length)
      notifyFailure(error, 'Could not add the relationship');
  };

  const submit = async ({ type, otherPersonId, direction, notes, startedOn }: RelationshipFormValues) => {
    if (!otherPersonId) return;
    const outward = !DIRECTED_TYPES.has(type) || direction === 'OUT';
    const result = await createRelationship({
      input: {
        type,
        fromPersonId: outward ? person.id : otherPersonId,
        toPersonId: outward ? otherPersonId : person.id,
        notes: notes.trim() || null,
        startedOn: startedOn || null,
      },
    });
    if (result.error) return showError(result.error);
    notifySuccess('Relationship added.');
    onDone();
  };

  return (
    <form onSubmit={form.onSubmit((submitted) => void submit(submitted))} noValidate>
      <Stack>
        <Text size="sm">
          A relationship of <strong>{person.name}</strong> with…
        </Text>
        <PersonPicker
          label="Person"
          required
          data-autofocus
          excludeIds={[person.id]}
          value={values.otherPersonId}
          onChange={(personId) => form.setFieldValue('otherPersonId', personId)}
          error={form.errors.otherPersonId}
        />
        <Select
          label="Type"
          data={RELATIONSHIP_TYPE_OPTIONS}
          allowDeselect={false}
          value={values.type}
          error={form.errors.type}
          onChange={(type) => {
            if (type) form.setFieldValue('type', type);
          }}
        />
        {DIRECTED_TYPES.has(values.type) && (
          <Radio.Group
            label="Direction"
            value={values.direction}
            onChange={(direction) => form.setFieldValue('direction', direction === 'IN' ? 'IN' : 'OUT')}
          >
            <Stack gap="xs" mt={4}>
              {directionOptions(values.type, person.name).map((option) => (
                <Radio key={option.value} value={option.value} label={option.label} />
              ))}
            </Stack>
          </Radio.Group>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label="Known since" type="date" {...form.getInputProps('startedOn')} />
        </SimpleGrid>
        <Textarea label="Notes" autosize minRows={2} maxRows={6} {...form.getInputProps('notes')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={fetching}>
            Add relationship
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
