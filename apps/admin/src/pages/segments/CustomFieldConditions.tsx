import { ActionIcon, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import type { CustomFieldOperator, SegmentBuilderOptionsQuery } from '../../gql/graphql';
import { isCompleteCondition, OPERATORS_BY_TYPE, type CustomFieldConditionDraft } from './segment-filter';

type CustomFieldDefinition = SegmentBuilderOptionsQuery['customFields'][number];

const OPERATOR_LABELS: Record<CustomFieldOperator, string> = {
  EQUALS: 'is',
  CONTAINS: 'contains',
  RANGE: 'is between',
};

interface CustomFieldConditionsProps {
  fields: CustomFieldDefinition[];
  value: CustomFieldConditionDraft[];
  onChange: (conditions: CustomFieldConditionDraft[]) => void;
}

/** One row per condition on a custom field, with the operators and inputs its type allows. */
export function CustomFieldConditions({ fields, value, onChange }: CustomFieldConditionsProps) {
  if (fields.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        Your coalition has no custom fields yet.
      </Text>
    );
  }
  const replace = (index: number, condition: CustomFieldConditionDraft) =>
    onChange(value.map((existing, at) => (at === index ? condition : existing)));

  return (
    <Stack gap="sm">
      {value.map((condition, index) => {
        const field = fields.find((candidate) => candidate.key === condition.key);
        return (
          <ConditionRow
            key={`${condition.key}-${index}`}
            field={field}
            condition={condition}
            onChange={(changed) => replace(index, changed)}
            onRemove={() => onChange(value.filter((_, at) => at !== index))}
          />
        );
      })}
      <Select
        label="Add a condition on"
        placeholder="Choose a custom field"
        data={fields.map((field) => ({ value: field.key, label: field.label }))}
        value={null}
        onChange={(key) => {
          const field = fields.find((candidate) => candidate.key === key);
          if (!field) return;
          const operator = OPERATORS_BY_TYPE[field.type][0] ?? 'EQUALS';
          onChange([...value, { key: field.key, operator, value: '', min: '', max: '' }]);
        }}
        searchable
        maw={320}
      />
    </Stack>
  );
}

interface ConditionRowProps {
  field: CustomFieldDefinition | undefined;
  condition: CustomFieldConditionDraft;
  onChange: (condition: CustomFieldConditionDraft) => void;
  onRemove: () => void;
}

function ConditionRow({ field, condition, onChange, onRemove }: ConditionRowProps) {
  const label = field?.label ?? condition.key;
  const operators = field ? OPERATORS_BY_TYPE[field.type] : [condition.operator];
  const inputType = field?.type === 'DATE' ? 'date' : field?.type === 'NUMBER' ? 'number' : 'text';
  const set = (patch: Partial<CustomFieldConditionDraft>) => onChange({ ...condition, ...patch });

  return (
    <Stack gap={4} role="group" aria-label={`Condition on ${label}`}>
      <Group gap="xs" align="flex-end" wrap="wrap">
        <Text size="sm" fw={500} miw={120} pb={8}>
          {label}
        </Text>
        {operators.length > 1 ? (
          <Select
            aria-label={`${label} operator`}
            data={operators.map((operator) => ({ value: operator, label: OPERATOR_LABELS[operator] }))}
            value={condition.operator}
            onChange={(operator) => operator && set({ operator: operator, value: '', min: '', max: '' })}
            allowDeselect={false}
            w={130}
          />
        ) : (
          <Text size="sm" c="dimmed" pb={8}>
            {OPERATOR_LABELS[condition.operator]}
          </Text>
        )}
        {condition.operator === 'RANGE' ? (
          <>
            <TextInput
              aria-label={`${label} from`}
              placeholder="From"
              type={inputType}
              value={condition.min}
              onChange={(event) => set({ min: event.currentTarget.value })}
              w={150}
            />
            <TextInput
              aria-label={`${label} to`}
              placeholder="To"
              type={inputType}
              value={condition.max}
              onChange={(event) => set({ max: event.currentTarget.value })}
              w={150}
            />
          </>
        ) : field && (field.type === 'SINGLE_CHOICE' || field.type === 'MULTIPLE_CHOICE') ? (
          <Select
            aria-label={`${label} value`}
            placeholder="Choose an option"
            data={field.options}
            value={condition.value || null}
            onChange={(option) => set({ value: option ?? '' })}
            w={200}
          />
        ) : (
          <TextInput
            aria-label={`${label} value`}
            type={inputType}
            value={condition.value}
            onChange={(event) => set({ value: event.currentTarget.value })}
            maxLength={200}
            w={200}
          />
        )}
        <ActionIcon
          variant="subtle"
          color="gray"
          aria-label={`Remove the condition on ${label}`}
          onClick={onRemove}
          mb={4}
        >
          ×
        </ActionIcon>
      </Group>
      {!isCompleteCondition(condition) && (
        <Text size="xs" c="dimmed">
          Not applied until it has a value.
        </Text>
      )}
    </Stack>
  );
}
