import {
  ActionIcon,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  Menu,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useMutation, type CombinedError } from 'urql';
import { notifyFailure } from '../../../feedback/notify';
import {
  AddPersonEmailDocument,
  AddPersonPhoneDocument,
  MakePersonEmailPrimaryDocument,
  MakePersonPhonePrimaryDocument,
  RemovePersonEmailDocument,
  RemovePersonPhoneDocument,
  type PersonProfileFieldsFragment,
} from '../../../gql/graphql';

interface ContactPointsCardProps {
  person: PersonProfileFieldsFragment;
  canEdit: boolean;
}

/** Every email and phone of a person: add, remove, make primary; phones say whether they take SMS. */
export function ContactPointsCard({ person, canEdit }: ContactPointsCardProps) {
  const editable = canEdit && !person.archivedAt;
  const [, addEmail] = useMutation(AddPersonEmailDocument);
  const [, removeEmail] = useMutation(RemovePersonEmailDocument);
  const [, makeEmailPrimary] = useMutation(MakePersonEmailPrimaryDocument);
  const [, addPhone] = useMutation(AddPersonPhoneDocument);
  const [, removePhone] = useMutation(RemovePersonPhoneDocument);
  const [, makePhonePrimary] = useMutation(MakePersonPhonePrimaryDocument);
  const [newEmail, setNewEmail] = useState('');
  const [newPhone, setNewPhone] = useState('');
  const [newPhoneSms, setNewPhoneSms] = useState(false);
  const [emailError, setEmailError] = useState<string | null>(null);
  const [phoneError, setPhoneError] = useState<string | null>(null);
  const personId = person.id;

  const run = async (action: Promise<{ error?: CombinedError }>, title: string) => {
    const { error } = await action;
    if (error) notifyFailure(error, title);
    return !error;
  };

  const submitEmail = async () => {
    const { error } = await addEmail({ input: { personId, email: newEmail.trim() } });
    if (error) return setEmailError(error.graphQLErrors[0]?.message ?? 'Could not add this email');
    setEmailError(null);
    setNewEmail('');
  };

  const submitPhone = async () => {
    const { error } = await addPhone({ input: { personId, phone: newPhone.trim(), sms: newPhoneSms } });
    if (error) return setPhoneError(error.graphQLErrors[0]?.message ?? 'Could not add this phone');
    setPhoneError(null);
    setNewPhone('');
    setNewPhoneSms(false);
  };

  return (
    <Card withBorder radius="md" padding="lg">
      <Stack>
        <Title order={2} size="h4">
          Emails and phones
        </Title>
        <Stack gap="xs" aria-label="Emails">
          {person.emails.length === 0 && (
            <Text size="sm" c="dimmed">
              No email yet.
            </Text>
          )}
          {person.emails.map(({ email, primary }) => (
            <Group key={email} justify="space-between" wrap="nowrap">
              <Group gap="xs">
                <Text size="sm">{email}</Text>
                {primary && (
                  <Badge size="xs" variant="light">
                    Primary
                  </Badge>
                )}
              </Group>
              {editable && (
                <ContactMenu
                  label={email}
                  primary={primary}
                  onMakePrimary={() =>
                    void run(
                      makeEmailPrimary({ input: { personId, email } }),
                      'Could not make this email primary',
                    )
                  }
                  onRemove={() =>
                    void run(removeEmail({ input: { personId, email } }), 'Could not remove this email')
                  }
                />
              )}
            </Group>
          ))}
          {editable && (
            <Group align="flex-start" wrap="nowrap">
              <TextInput
                aria-label="New email"
                placeholder="Add an email"
                type="email"
                value={newEmail}
                error={emailError}
                onChange={(event) => setNewEmail(event.currentTarget.value)}
                style={{ flex: 1 }}
              />
              <Button
                variant="light"
                aria-label="Add email"
                disabled={!newEmail.trim()}
                onClick={() => void submitEmail()}
              >
                Add
              </Button>
            </Group>
          )}
        </Stack>
        <Stack gap="xs" aria-label="Phones">
          {person.phones.length === 0 && (
            <Text size="sm" c="dimmed">
              No phone yet.
            </Text>
          )}
          {person.phones.map(({ phone, sms, primary }) => (
            <Group key={phone} justify="space-between" wrap="nowrap">
              <Group gap="xs">
                <Text size="sm">{phone}</Text>
                {primary && (
                  <Badge size="xs" variant="light">
                    Primary
                  </Badge>
                )}
                {sms && (
                  <Badge size="xs" variant="outline" color="teal">
                    SMS
                  </Badge>
                )}
              </Group>
              {editable && (
                <ContactMenu
                  label={phone}
                  primary={primary}
                  onMakePrimary={() =>
                    void run(
                      makePhonePrimary({ input: { personId, phone } }),
                      'Could not make this phone primary',
                    )
                  }
                  onRemove={() =>
                    void run(removePhone({ input: { personId, phone } }), 'Could not remove this phone')
                  }
                  onToggleSms={() =>
                    void run(
                      addPhone({ input: { personId, phone, sms: !sms } }),
                      'Could not change SMS for this phone',
                    )
                  }
                  sms={sms}
                />
              )}
            </Group>
          ))}
          {editable && (
            <Group align="flex-start" wrap="nowrap">
              <TextInput
                aria-label="New phone"
                placeholder="Add a phone"
                type="tel"
                value={newPhone}
                error={phoneError}
                onChange={(event) => setNewPhone(event.currentTarget.value)}
                style={{ flex: 1 }}
              />
              <Checkbox
                label="SMS"
                mt={8}
                checked={newPhoneSms}
                onChange={(event) => setNewPhoneSms(event.currentTarget.checked)}
              />
              <Button
                variant="light"
                aria-label="Add phone"
                disabled={!newPhone.trim()}
                onClick={() => void submitPhone()}
              >
                Add
              </Button>
            </Group>
          )}
        </Stack>
      </Stack>
    </Card>
  );
}

interface ContactMenuProps {
  label: string;
  primary: boolean;
  sms?: boolean;
  onMakePrimary: () => void;
  onRemove: () => void;
  onToggleSms?: () => void;
}

function ContactMenu({ label, primary, sms, onMakePrimary, onRemove, onToggleSms }: ContactMenuProps) {
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray" aria-label={`Actions for ${label}`}>
          ⋯
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        {!primary && <Menu.Item onClick={onMakePrimary}>Make primary</Menu.Item>}
        {onToggleSms && (
          <Menu.Item onClick={onToggleSms}>{sms ? 'Does not take SMS' : 'Takes SMS'}</Menu.Item>
        )}
        <Menu.Item color="red" onClick={onRemove}>
          Remove
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
