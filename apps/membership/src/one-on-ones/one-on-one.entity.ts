import { Column, Entity, PrimaryColumn } from 'typeorm';

/** What a one-on-one record holds besides its identity and timestamps. */
export interface OneOnOneDetails {
  organizerId: string;
  personId: string;
  heldOn: string;
  durationMinutes: number | null;
  place: string | null;
  selfInterest: string | null;
  concerns: string | null;
  commitmentAsked: string | null;
  commitmentMade: string | null;
  nextStep: string | null;
  nextStepDueOn: string | null;
  relationshipStrength: number | null;
}
export type OneOnOneField = keyof OneOnOneDetails;

const FIELDS: OneOnOneField[] = [
  'organizerId',
  'personId',
  'heldOn',
  'durationMinutes',
  'place',
  'selfInterest',
  'concerns',
  'commitmentAsked',
  'commitmentMade',
  'nextStep',
  'nextStepDueOn',
  'relationshipStrength',
];

/**
 * A relational meeting between an organizer (a user) and a person: what the organizer heard (self-
 * interest, concerns), what was asked and promised, the next step, and how strong the relationship
 * feels (1–5). Concerns are text for now; listening will link them to themes later.
 */
@Entity({ name: 'one_on_ones' })
export class OneOnOneEntity implements OneOnOneDetails {
  @PrimaryColumn({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'organizer_id', type: 'uuid' })
  organizerId!: string;

  @Column({ name: 'person_id', type: 'uuid' })
  personId!: string;

  @Column({ name: 'held_on', type: 'date' })
  heldOn!: string;

  @Column({ name: 'duration_minutes', type: 'integer', nullable: true })
  durationMinutes!: number | null;

  @Column({ type: 'text', nullable: true })
  place!: string | null;

  @Column({ name: 'self_interest', type: 'text', nullable: true })
  selfInterest!: string | null;

  @Column({ type: 'text', nullable: true })
  concerns!: string | null;

  @Column({ name: 'commitment_asked', type: 'text', nullable: true })
  commitmentAsked!: string | null;

  @Column({ name: 'commitment_made', type: 'text', nullable: true })
  commitmentMade!: string | null;

  @Column({ name: 'next_step', type: 'text', nullable: true })
  nextStep!: string | null;

  @Column({ name: 'next_step_due_on', type: 'date', nullable: true })
  nextStepDueOn!: string | null;

  @Column({ name: 'relationship_strength', type: 'smallint', nullable: true })
  relationshipStrength!: number | null;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt!: Date;

  static create(tenantId: string, id: string, details: OneOnOneDetails, now: Date): OneOnOneEntity {
    return Object.assign(new OneOnOneEntity(), { tenantId, id, ...details, createdAt: now, updatedAt: now });
  }

  /** Applies the given details; returns the fields whose value actually changed (none: nothing touched). */
  applyChanges(changes: Partial<OneOnOneDetails>, now: Date): OneOnOneField[] {
    const changed = FIELDS.filter((field) => changes[field] !== undefined && changes[field] !== this[field]);
    if (changed.length === 0) return [];
    for (const field of changed) Object.assign(this, { [field]: changes[field] });
    this.updatedAt = now;
    return changed;
  }
}
