import {
  Card,
  Checkbox,
  Group,
  MultiSelect,
  SegmentedControl,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import type { ReactNode } from 'react';
import type { SegmentBuilderOptionsQuery } from '../../gql/graphql';
import { CHANNEL_LABELS, CONSENT_CHANNELS } from '../consent/consent-labels';
import { STATUS_LABELS } from '../people/profile/profile-labels';
import { CustomFieldConditions } from './CustomFieldConditions';
import { OrganizationFilter } from './OrganizationFilter';
import { SEGMENT_STATUSES, type SegmentFilterDraft } from './segment-filter';

interface SegmentFilterControlsProps {
  options: SegmentBuilderOptionsQuery;
  value: SegmentFilterDraft;
  onChange: (draft: SegmentFilterDraft) => void;
}

/** Every condition a segment can have. Each one left empty selects everyone. */
export function SegmentFilterControls({ options, value, onChange }: SegmentFilterControlsProps) {
  const set =
    <Key extends keyof SegmentFilterDraft>(key: Key) =>
    (next: SegmentFilterDraft[Key]) =>
      onChange({ ...value, [key]: next });

  return (
    <Stack gap="md">
      <FilterSection title="Ladder and status">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Stack gap={6}>
            <MultiSelect
              label="Ladder level"
              placeholder={value.levelIds.length === 0 ? 'Any level' : undefined}
              data={options.ladderLevels.map((level) => ({ value: level.id, label: level.name }))}
              value={value.levelIds}
              onChange={set('levelIds')}
              clearable
            />
            <Checkbox
              label="No ladder level yet"
              checked={value.noLevel}
              onChange={(event) => set('noLevel')(event.currentTarget.checked)}
            />
          </Stack>
          <MultiSelect
            label="Status"
            description="Archived people are never in a segment."
            placeholder={value.statuses.length === 0 ? 'Any status' : undefined}
            data={SEGMENT_STATUSES.map((status) => ({ value: status, label: STATUS_LABELS[status] }))}
            value={value.statuses}
            onChange={(statuses) => set('statuses')(statuses)}
            clearable
          />
        </SimpleGrid>
      </FilterSection>

      <FilterSection title="Tags">
        <Stack gap={6}>
          <SegmentedControl
            aria-label="Tag match"
            data={[
              { value: 'ANY', label: 'Has any of these tags' },
              { value: 'ALL', label: 'Has all of these tags' },
            ]}
            value={value.tagMatch}
            onChange={(match) => set('tagMatch')(match)}
            w="fit-content"
            size="xs"
          />
          <TagsInput
            label="Tags"
            placeholder={value.tagNames.length === 0 ? 'Type or choose tags' : undefined}
            data={options.tags.edges.map((edge) => edge.node.name)}
            value={value.tagNames}
            onChange={set('tagNames')}
            maxTags={20}
            clearable
          />
        </Stack>
      </FilterSection>

      <FilterSection title="Where and who with">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TagsInput
            label="Area or neighbourhood"
            description="Any of these; case does not matter."
            value={value.areas}
            onChange={set('areas')}
            maxTags={50}
            clearable
          />
          <TagsInput
            label="Preferred language"
            description="Language tags such as en or pt-BR; any of these."
            value={value.languages}
            onChange={set('languages')}
            maxTags={20}
            clearable
          />
          <OrganizationFilter value={value.organizationIds} onChange={set('organizationIds')} />
          <Stack gap={6}>
            <MultiSelect
              label="Point person"
              placeholder={value.assignedOrganizerIds.length === 0 ? 'Anyone' : undefined}
              data={options.users.edges.map(({ node }) => ({ value: node.id, label: node.name }))}
              value={value.assignedOrganizerIds}
              onChange={set('assignedOrganizerIds')}
              searchable
              clearable
            />
            <Checkbox
              label="No point person"
              checked={value.unassigned}
              onChange={(event) => set('unassigned')(event.currentTarget.checked)}
            />
          </Stack>
        </SimpleGrid>
      </FilterSection>

      <FilterSection
        title="Dates"
        hint="Either end may be left open. Last activity: joining, a one-on-one, a level change, a note, or an event attended."
      >
        <SimpleGrid cols={2}>
          <TextInput
            type="date"
            label="Joined from"
            value={value.joinedFrom}
            onChange={(event) => set('joinedFrom')(event.currentTarget.value)}
          />
          <TextInput
            type="date"
            label="Joined to"
            value={value.joinedTo}
            onChange={(event) => set('joinedTo')(event.currentTarget.value)}
          />
          <TextInput
            type="date"
            label="Last activity from"
            value={value.lastActivityFrom}
            onChange={(event) => set('lastActivityFrom')(event.currentTarget.value)}
          />
          <TextInput
            type="date"
            label="Last activity to"
            value={value.lastActivityTo}
            onChange={(event) => set('lastActivityTo')(event.currentTarget.value)}
          />
        </SimpleGrid>
      </FilterSection>

      <FilterSection title="Consent">
        <Checkbox.Group
          label="Has granted consent for"
          description="Every channel ticked."
          value={value.consentGranted}
          onChange={(channels) => set('consentGranted')(channels)}
        >
          <Group mt={6}>
            {CONSENT_CHANNELS.map((channel) => (
              <Checkbox key={channel} value={channel} label={CHANNEL_LABELS[channel]} />
            ))}
          </Group>
        </Checkbox.Group>
      </FilterSection>

      <FilterSection title="Custom fields">
        <CustomFieldConditions
          fields={options.customFields}
          value={value.customFields}
          onChange={set('customFields')}
        />
      </FilterSection>
    </Stack>
  );
}

function FilterSection({ title, hint, children }: { title: string; hint?: string; children: ReactNode }) {
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-label={title}>
      <Stack gap="sm">
        <div>
          <Title order={2} size="h5">
            {title}
          </Title>
          {hint && (
            <Text size="xs" c="dimmed">
              {hint}
            </Text>
          )}
        </div>
        {children}
      </Stack>
    </Card>
  );
}
