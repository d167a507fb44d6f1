import { ActionIcon, Group, Input, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { PersonPicker } from '../relationships/PersonPicker';
import { fullName } from '../relationships/person-names';

export interface ContactOption {
  id: string;
  firstName: string;
  lastName: string;
}

const MAX_CONTACTS = 20;

interface ContactsInputProps {
  initialContacts: ContactOption[];
  value: string[];
  onChange: (personIds: string[]) => void;
  error?: React.ReactNode;
}

/** An ordered list of contact people: pick one to add it, remove any. */
export function ContactsInput({ initialContacts, value, onChange, error }: ContactsInputProps) {
  const [known, setKnown] = useState<Map<string, string>>(
    () => new Map(initialContacts.map((contact) => [contact.id, fullName(contact)])),
  );
  const [pickerKey, setPickerKey] = useState(0);

  const add = (personId: string | null, label: string | undefined) => {
    if (!personId || value.includes(personId)) return;
    if (label) setKnown((previous) => new Map(previous).set(personId, label));
    onChange([...value, personId]);
    // A fresh picker, so the next contact starts from an empty search.
    setPickerKey((key) => key + 1);
  };

  return (
    <Input.Wrapper
      label="Contacts"
      description="People of your coalition to reach the organization through"
      error={error}
    >
      <Stack gap="xs" mt={4}>
        {value.length === 0 ? (
          <Text size="sm" c="dimmed">
            No contacts yet.
          </Text>
        ) : (
          <Stack
            gap={4}
            component="ul"
            style={{ listStyle: 'none', padding: 0, margin: 0 }}
            aria-label="Contacts"
          >
            {value.map((personId) => {
              const name = known.get(personId) ?? 'Person';
              return (
                <Group key={personId} component="li" justify="space-between" wrap="nowrap">
                  <Text size="sm">{name}</Text>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={`Remove contact ${name}`}
                    onClick={() => onChange(value.filter((id) => id !== personId))}
                  >
                    ×
                  </ActionIcon>
                </Group>
              );
            })}
          </Stack>
        )}
        {value.length < MAX_CONTACTS && (
          <PersonPickerWithLabel key={pickerKey} excludeIds={value} onPick={add} />
        )}
      </Stack>
    </Input.Wrapper>
  );
}

function PersonPickerWithLabel({
  excludeIds,
  onPick,
}: {
  excludeIds: string[];
  onPick: (personId: string | null, label: string | undefined) => void;
}) {
  return (
    <PersonPicker
      label="Add a contact"
      value={null}
      excludeIds={excludeIds}
      onChange={(personId, person) => onPick(personId, person ? fullName(person) : undefined)}
    />
  );
}
