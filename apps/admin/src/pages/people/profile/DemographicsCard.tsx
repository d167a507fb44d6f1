import {
  Button,
  Card,
  Group,
  MultiSelect,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery } from 'urql';
import { enumValues } from '../../../api/enum-values';
import { notifyFailure, notifySuccess } from '../../../feedback/notify';
import {
  PersonDemographicsDocument,
  SetPersonDemographicsDocument,
  type AgeRange,
  type Disability,
  type Gender,
  type HousingSituation,
  type MigrationBackground,
  type RaceEthnicity,
  type SetPersonDemographicsInput,
} from '../../../gql/graphql';
import { humanize } from './profile-labels';

const AGE_RANGES = enumValues<AgeRange>()([
  'UNDER_18',
  'AGE_18_24',
  'AGE_25_34',
  'AGE_35_44',
  'AGE_45_54',
  'AGE_55_64',
  'AGE_65_PLUS',
  'PREFER_NOT_TO_SAY',
]);
const GENDERS = enumValues<Gender>()(['WOMAN', 'MAN', 'NON_BINARY', 'ANOTHER_GENDER', 'PREFER_NOT_TO_SAY']);
const RACES = enumValues<RaceEthnicity>()([
  'ASIAN',
  'BLACK',
  'HISPANIC_LATINO',
  'INDIGENOUS',
  'MIDDLE_EASTERN_NORTH_AFRICAN',
  'PACIFIC_ISLANDER',
  'WHITE',
  'ANOTHER_RACE_ETHNICITY',
  'PREFER_NOT_TO_SAY',
]);
const DISABILITY = enumValues<Disability>()(['YES', 'NO', 'PREFER_NOT_TO_SAY']);
const HOUSING = enumValues<HousingSituation>()([
  'RENTER',
  'HOMEOWNER',
  'SOCIAL_HOUSING',
  'TEMPORARY',
  'UNHOUSED',
  'ANOTHER_HOUSING',
  'PREFER_NOT_TO_SAY',
]);
const MIGRATION = enumValues<MigrationBackground>()([
  'IMMIGRANT',
  'CHILD_OF_IMMIGRANTS',
  'NO_MIGRATION_BACKGROUND',
  'PREFER_NOT_TO_SAY',
]);

const options = (values: string[]) =>
  values.map((value) => ({
    value,
    label: value.startsWith('AGE_')
      ? value.slice(4).replace('_', '–').replace('–PLUS', '+')
      : humanize(value),
  }));

interface Values {
  ageRange: string | null;
  gender: string | null;
  raceEthnicity: string[];
  disability: string | null;
  housingSituation: string | null;
  migrationBackground: string | null;
  languages: string[];
}

/**
 * How the person describes themselves. Shown only to ADMIN and OWNER (the gateway and membership
 * refuse everyone else); each answer is optional and can be "prefer not to say".
 */
export function DemographicsCard({ personId, canEdit }: { personId: string; canEdit: boolean }) {
  const [{ data, error }] = useQuery({ query: PersonDemographicsDocument, variables: { id: personId } });
  const answers = data?.person?.demographics;
  return (
    <Card withBorder radius="md" padding="lg">
      <Stack>
        <Stack gap={2}>
          <Title order={2} size="h4">
            Self-described demographics
          </Title>
          <Text size="xs" c="dimmed">
            Visible to admins and owners only. Used for representation reports, never shown by name.
          </Text>
        </Stack>
        {error ? (
          <Text size="sm" c="red">
            Could not load demographics.
          </Text>
        ) : !data ? (
          <Text size="sm" c="dimmed">
            Loading…
          </Text>
        ) : (
          <DemographicsForm
            key={answers?.updatedAt ?? 'none'}
            personId={personId}
            canEdit={canEdit}
            initial={{
              ageRange: answers?.ageRange ?? null,
              gender: answers?.gender ?? null,
              raceEthnicity: answers?.raceEthnicity ?? [],
              disability: answers?.disability ?? null,
              housingSituation: answers?.housingSituation ?? null,
              migrationBackground: answers?.migrationBackground ?? null,
              languages: answers?.languages ?? [],
            }}
          />
        )}
      </Stack>
    </Card>
  );
}

function DemographicsForm({
  personId,
  canEdit,
  initial,
}: {
  personId: string;
  canEdit: boolean;
  initial: Values;
}) {
  const [{ fetching }, setDemographics] = useMutation(SetPersonDemographicsDocument);
  const form = useForm<Values>({ initialValues: initial });

  const submit = async (values: Values) => {
    const input = {
      personId,
      ageRange: values.ageRange,
      gender: values.gender,
      raceEthnicity: values.raceEthnicity.length > 0 ? values.raceEthnicity : null,
      disability: values.disability,
      housingSituation: values.housingSituation,
      migrationBackground: values.migrationBackground,
      languages: values.languages.length > 0 ? values.languages : null,
    } as SetPersonDemographicsInput;
    const result = await setDemographics({ input });
    if (result.error) return notifyFailure(result.error, 'Could not save demographics');
    notifySuccess('Saved demographics.');
  };

  return (
    <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate>
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label="Age range"
            data={options(AGE_RANGES)}
            clearable
            disabled={!canEdit}
            {...form.getInputProps('ageRange')}
          />
          <Select
            label="Gender"
            data={options(GENDERS)}
            clearable
            disabled={!canEdit}
            {...form.getInputProps('gender')}
          />
          <MultiSelect
            label="Race or ethnicity"
            data={options(RACES)}
            clearable
            disabled={!canEdit}
            {...form.getInputProps('raceEthnicity')}
          />
          <Select
            label="Disability"
            data={options(DISABILITY)}
            clearable
            disabled={!canEdit}
            {...form.getInputProps('disability')}
          />
          <Select
            label="Housing situation"
            data={options(HOUSING)}
            clearable
            disabled={!canEdit}
            {...form.getInputProps('housingSituation')}
          />
          <Select
            label="Migration background"
            data={options(MIGRATION)}
            clearable
            disabled={!canEdit}
            {...form.getInputProps('migrationBackground')}
          />
        </SimpleGrid>
        <TagsInput
          label="Languages"
          description="Language tags such as en or pt-BR, or PREFER_NOT_TO_SAY"
          disabled={!canEdit}
          {...form.getInputProps('languages')}
        />
        {canEdit && (
          <Group justify="flex-end">
            <Button type="submit" variant="light" loading={fetching}>
              Save demographics
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
