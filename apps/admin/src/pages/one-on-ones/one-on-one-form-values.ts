import type { OneOnOneFieldsFragment, RecordOneOnOneInput, UpdateOneOnOneInput } from '../../gql/graphql';

export interface OneOnOneFormValues {
  organizerId: string | null;
  personId: string | null;
  heldOn: string;
  durationMinutes: number | string;
  place: string;
  selfInterest: string;
  concerns: string;
  commitmentAsked: string;
  commitmentMade: string;
  nextStep: string;
  nextStepDueOn: string;
  /** '' when not rated, else '1'…'5'. */
  relationshipStrength: string;
}

export function emptyOneOnOneFormValues(defaults: {
  organizerId: string | null;
  personId?: string | null;
  heldOn: string;
}): OneOnOneFormValues {
  return {
    organizerId: defaults.organizerId,
    personId: defaults.personId ?? null,
    heldOn: defaults.heldOn,
    durationMinutes: '',
    place: '',
    selfInterest: '',
    concerns: '',
    commitmentAsked: '',
    commitmentMade: '',
    nextStep: '',
    nextStepDueOn: '',
    relationshipStrength: '',
  };
}

export function oneOnOneFormValuesFrom(oneOnOne: OneOnOneFieldsFragment): OneOnOneFormValues {
  return {
    organizerId: oneOnOne.organizerId,
    personId: oneOnOne.personId,
    heldOn: oneOnOne.heldOn,
    durationMinutes: oneOnOne.durationMinutes ?? '',
    place: oneOnOne.place ?? '',
    selfInterest: oneOnOne.selfInterest ?? '',
    concerns: oneOnOne.concerns ?? '',
    commitmentAsked: oneOnOne.commitmentAsked ?? '',
    commitmentMade: oneOnOne.commitmentMade ?? '',
    nextStep: oneOnOne.nextStep ?? '',
    nextStepDueOn: oneOnOne.nextStepDueOn ?? '',
    relationshipStrength: oneOnOne.relationshipStrength ? String(oneOnOne.relationshipStrength) : '',
  };
}

type OneOnOneFields = Required<Omit<RecordOneOnOneInput, 'organizerId' | 'personId'>> & {
  organizerId: string | null;
  personId: string;
};

/** Trimmed values; an empty optional field becomes null. The form has checked a person is chosen. */
export function oneOnOneFieldsFrom(values: OneOnOneFormValues): OneOnOneFields {
  const optional = (value: string) => value.trim() || null;
  return {
    organizerId: values.organizerId,
    personId: values.personId ?? '',
    heldOn: values.heldOn,
    durationMinutes: values.durationMinutes === '' ? null : Number(values.durationMinutes),
    place: optional(values.place),
    selfInterest: optional(values.selfInterest),
    concerns: optional(values.concerns),
    commitmentAsked: optional(values.commitmentAsked),
    commitmentMade: optional(values.commitmentMade),
    nextStep: optional(values.nextStep),
    nextStepDueOn: values.nextStepDueOn || null,
    relationshipStrength: values.relationshipStrength ? Number(values.relationshipStrength) : null,
  };
}

export function recordInputFrom(values: OneOnOneFormValues): RecordOneOnOneInput {
  const { organizerId, ...fields } = oneOnOneFieldsFrom(values);
  return organizerId ? { ...fields, organizerId } : fields;
}

/** Only what changed, so an edit never overwrites a field nobody touched. */
export function oneOnOneChanges(
  values: OneOnOneFormValues,
  oneOnOne: OneOnOneFieldsFragment,
): UpdateOneOnOneInput {
  const next = oneOnOneFieldsFrom(values);
  const before = oneOnOneFieldsFrom(oneOnOneFormValuesFrom(oneOnOne));
  const changes: UpdateOneOnOneInput = { id: oneOnOne.id };
  for (const key of Object.keys(next) as (keyof OneOnOneFields)[]) {
    if (next[key] !== before[key]) Object.assign(changes, { [key]: next[key] });
  }
  return changes;
}
