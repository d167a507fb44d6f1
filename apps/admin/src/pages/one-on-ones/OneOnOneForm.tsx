import {
  Button,
  Fieldset,
  Group,
  Input,
  NumberInput,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, type CombinedError } from 'urql';
import { notifyFailure, notifySuccess } from '../../feedback/notify';
import { applyServerErrors } from '../../forms/apply-server-errors';
import {
  RecordOneOnOneDocument,
  UpdateOneOnOneDocument,
  type OneOnOneFieldsFragment,
} from '../../gql/graphql';
import { useViewer } from '../../hooks/useViewer';
import { todayLocalDate } from '../organizations/local-date';
import { PersonPicker, type PickedPerson } from '../relationships/PersonPicker';
import {
  emptyOneOnOneFormValues,
  oneOnOneChanges,
  oneOnOneFormValuesFrom,
  recordInputFrom,
  type OneOnOneFormValues,
} from './one-on-one-form-values';
import { OrganizerSelect } from './OrganizerSelect';

const STRENGTHS = [
  { value: '', label: 'Not rated' },
  { value: '1', label: '1' },
  { value: '2', label: '2' },
  { value: '3', label: '3' },
  { value: '4', label: '4' },
  { value: '5', label: '5' },
];
const MAX_MINUTES = 24 * 60;

interface OneOnOneFormProps {
  /** The one-on-one to edit; absent to record a new one. */
  oneOnOne?: OneOnOneFieldsFragment;
  /** For a new one-on-one: the person it was with, when known (e.g. from their profile). */
  person?: PickedPerson;
  readOnly?: boolean;
  onDone: () => void;
}

export function OneOnOneForm({ oneOnOne, person, readOnly = false, onDone }: OneOnOneFormProps) {
  const viewer = useViewer();
  const [{ fetching: recording }, recordOneOnOne] = useMutation(RecordOneOnOneDocument);
  const [{ fetching: updating }, updateOneOnOne] = useMutation(UpdateOneOnOneDocument);
  const form = useForm<OneOnOneFormValues>({
    initialValues: oneOnOne
      ? oneOnOneFormValuesFrom(oneOnOne)
      : emptyOneOnOneFormValues({
          organizerId: viewer.user?.id ?? null,
          personId: person?.id,
          heldOn: todayLocalDate(),
        }),
    validate: {
      organizerId: (value) => (value ? null : 'Choose the organizer'),
      personId: (value) => (value ? null : 'Choose the person'),
      heldOn: (value) =>
        !value ? 'Enter the date it was held' : value > todayLocalDate() ? 'Cannot be in the future' : null,
      durationMinutes: (value) =>
        value === '' || (Number.isInteger(Number(value)) && Number(value) > 0 && Number(value) <= MAX_MINUTES)
          ? null
          : `Enter whole minutes from 1 to ${MAX_MINUTES}`,
      nextStepDueOn: (value, values) =>
        value && values.heldOn && value < values.heldOn ? 'Cannot be before the one-on-one' : null,
    },
  });
  const values = form.getValues();

  const showError = (error: CombinedError) => {
    if (!applyServerErrors(form, error)) notifyFailure(error, 'Could not save this one-on-one');
  };

  const submit = async (submitted: OneOnOneFormValues) => {
    const result = oneOnOne
      ? await updateOneOnOne({ input: oneOnOneChanges(submitted, oneOnOne) })
      : await recordOneOnOne({ input: recordInputFrom(submitted) });
    if (result.error) return showError(result.error);
    notifySuccess(oneOnOne ? 'One-on-one saved.' : 'One-on-one recorded.');
    onDone();
  };

  return (
    <form onSubmit={form.onSubmit((submitted) => void submit(submitted))} noValidate>
      <Stack>
        <Fieldset variant="unstyled" disabled={readOnly}>
          <Stack>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <OrganizerSelect
                label="Organizer"
                required
                value={values.organizerId}
                onChange={(organizerId) => form.setFieldValue('organizerId', organizerId)}
                error={form.errors.organizerId}
              />
              {oneOnOne && readOnly ? (
                <TextInput
                  label="Person"
                  readOnly
                  value={oneOnOne.person ? `${oneOnOne.person.firstName} ${oneOnOne.person.lastName}` : '—'}
                />
              ) : (
                <PersonPicker
                  label="Person"
                  required
                  data-autofocus
                  initialPerson={oneOnOne?.person ?? person}
                  value={values.personId}
                  onChange={(id) => form.setFieldValue('personId', id)}
                  error={form.errors.personId}
                />
              )}
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <TextInput
                label="Date"
                type="date"
                required
                max={todayLocalDate()}
                {...form.getInputProps('heldOn')}
              />
              <NumberInput
                label="Duration (minutes)"
                min={1}
                max={MAX_MINUTES}
                allowDecimal={false}
                {...form.getInputProps('durationMinutes')}
              />
              <TextInput
                label="Place"
                placeholder="e.g. her kitchen, the café on Main St"
                {...form.getInputProps('place')}
              />
            </SimpleGrid>
            <Textarea
              label="Self-interest heard"
              description="What they care about, in their words"
              autosize
              minRows={2}
              maxRows={8}
              {...form.getInputProps('selfInterest')}
            />
            <Textarea
              label="Concerns raised"
              autosize
              minRows={2}
              maxRows={8}
              {...form.getInputProps('concerns')}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Textarea
                label="Commitment asked"
                autosize
                minRows={1}
                maxRows={4}
                {...form.getInputProps('commitmentAsked')}
              />
              <Textarea
                label="Commitment made"
                autosize
                minRows={1}
                maxRows={4}
                {...form.getInputProps('commitmentMade')}
              />
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <TextInput
                label="Next step"
                style={{ gridColumn: 'span 2' }}
                {...form.getInputProps('nextStep')}
              />
              <TextInput label="Next step due" type="date" {...form.getInputProps('nextStepDueOn')} />
            </SimpleGrid>
            <Input.Wrapper
              label="Relationship strength"
              description="1 is new, 5 is strong"
              error={form.errors.relationshipStrength}
            >
              <SegmentedControl
                mt={4}
                aria-label="Relationship strength"
                data={STRENGTHS}
                value={values.relationshipStrength}
                onChange={(strength) => form.setFieldValue('relationshipStrength', strength)}
                disabled={readOnly}
              />
            </Input.Wrapper>
          </Stack>
        </Fieldset>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {readOnly ? 'Close' : 'Cancel'}
          </Button>
          {!readOnly && (
            <Button type="submit" loading={recording || updating}>
              {oneOnOne ? 'Save one-on-one' : 'Record one-on-one'}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
