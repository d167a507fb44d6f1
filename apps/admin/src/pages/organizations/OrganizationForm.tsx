import {
  Button,
  Checkbox,
  Fieldset,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, type CombinedError } from 'urql';
import { notifyFailure, notifySuccess } from '../../feedback/notify';
import { applyServerErrors } from '../../forms/apply-server-errors';
import {
  CreateOrganizationDocument,
  UpdateOrganizationDocument,
  type OrganizationDetailFieldsFragment,
} from '../../gql/graphql';
import { ContactsInput, type ContactOption } from './ContactsInput';
import {
  DUES_PERIOD_OPTIONS,
  MEMBERSHIP_STATUS_OPTIONS,
  ORGANIZATION_TYPE_OPTIONS,
} from './organization-labels';
import {
  EMPTY_ORGANIZATION_FORM_VALUES,
  organizationChanges,
  organizationFieldsFrom,
  organizationFormValuesFrom,
  type OrganizationFormValues,
} from './organization-form-values';

interface OrganizationFormProps {
  /** The organization to edit; absent to add a new one. */
  organization?: OrganizationDetailFieldsFragment;
  onDone: (organizationId?: string) => void;
}

const CURRENCY_CODE = /^[A-Za-z]{3}$/;

export function OrganizationForm({ organization, onDone }: OrganizationFormProps) {
  const [{ fetching: creating }, createOrganization] = useMutation(CreateOrganizationDocument);
  const [{ fetching: updating }, updateOrganization] = useMutation(UpdateOrganizationDocument);
  const form = useForm<OrganizationFormValues>({
    initialValues: organization ? organizationFormValuesFrom(organization) : EMPTY_ORGANIZATION_FORM_VALUES,
    validate: {
      name: (value) => (value.trim() ? null : 'Enter a name'),
      type: (value) => (value ? null : 'Choose a type'),
      leftOn: (value, values) =>
        value && values.joinedOn && value < values.joinedOn ? 'Cannot be before the date it joined' : null,
      dues: {
        amount: (value, values) =>
          !values.dues.enabled
            ? null
            : value === '' || Number(value) < 0
              ? 'Enter an amount of zero or more'
              : null,
        currency: (value, values) =>
          values.dues.enabled && !CURRENCY_CODE.test(value.trim())
            ? 'Use a three-letter code like EUR'
            : null,
      },
    },
  });
  const initialContacts: ContactOption[] =
    organization?.contacts.map((contact) => ({
      id: contact.id,
      firstName: contact.firstName,
      lastName: contact.lastName,
    })) ?? [];

  const showError = (error: CombinedError) => {
    if (!applyServerErrors(form, error)) notifyFailure(error, 'Could not save this organization');
  };

  const submit = async (values: OrganizationFormValues) => {
    const result = organization
      ? await updateOrganization({ input: organizationChanges(values, organization) })
      : await createOrganization({ input: organizationFieldsFrom(values) });
    if (result.error) return showError(result.error);
    const name = values.name.trim();
    notifySuccess(organization ? `Saved ${name}.` : `Added ${name}.`);
    const saved =
      result.data &&
      ('createOrganization' in result.data ? result.data.createOrganization : result.data.updateOrganization);
    onDone(saved?.id);
  };

  const values = form.getValues();
  const duesEnabled = values.dues.enabled;
  const duesError = form.errors.dues;

  return (
    <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate>
      <Stack>
        <TextInput label="Name" required data-autofocus {...form.getInputProps('name')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label="Type"
            placeholder="Choose a type"
            required
            data={ORGANIZATION_TYPE_OPTIONS}
            allowDeselect={false}
            value={values.type}
            error={form.errors.type}
            onChange={(value) => form.setFieldValue('type', value)}
          />
          <TextInput
            label="Sector"
            placeholder="e.g. Housing, health care"
            {...form.getInputProps('sector')}
          />
        </SimpleGrid>
        <TextInput label="Area or neighbourhood" {...form.getInputProps('area')} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Select
            label="Membership status"
            data={MEMBERSHIP_STATUS_OPTIONS}
            allowDeselect={false}
            value={values.membershipStatus}
            error={form.errors.membershipStatus}
            onChange={(value) => {
              if (value) form.setFieldValue('membershipStatus', value);
            }}
          />
          <TextInput label="Joined on" type="date" {...form.getInputProps('joinedOn')} />
          <TextInput label="Left on" type="date" {...form.getInputProps('leftOn')} />
        </SimpleGrid>
        <Fieldset legend="Dues">
          <Stack gap="sm">
            <Checkbox
              label="This organization pays dues"
              {...form.getInputProps('dues.enabled', { type: 'checkbox' })}
            />
            {duesEnabled && (
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <NumberInput
                  label="Amount"
                  min={0}
                  decimalScale={2}
                  thousandSeparator
                  {...form.getInputProps('dues.amount')}
                />
                <TextInput
                  label="Currency"
                  description="Three-letter code"
                  maxLength={3}
                  {...form.getInputProps('dues.currency')}
                />
                <Select
                  label="Period"
                  data={DUES_PERIOD_OPTIONS}
                  allowDeselect={false}
                  value={values.dues.period}
                  error={form.errors['dues.period']}
                  onChange={(value) => {
                    if (value) form.setFieldValue('dues.period', value);
                  }}
                />
                <TextInput label="Paid until" type="date" {...form.getInputProps('dues.paidUntil')} />
              </SimpleGrid>
            )}
            {duesError && (
              <Text size="sm" c="red" role="alert">
                {duesError}
              </Text>
            )}
          </Stack>
        </Fieldset>
        <ContactsInput
          initialContacts={initialContacts}
          value={values.contactPersonIds}
          onChange={(ids) => form.setFieldValue('contactPersonIds', ids)}
          error={form.errors.contactPersonIds}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={() => onDone()}>
            Cancel
          </Button>
          <Button type="submit" loading={creating || updating}>
            Save organization
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
