import type { ComponentType } from 'react';
import type { PersonProfileFieldsFragment } from '../../../gql/graphql';
import { PersonConsentSection } from '../../consent/PersonConsentSection';
import { PersonLadderSection } from '../../ladder/PersonLadderSection';
import { PersonOneOnOnesSection } from '../../one-on-ones/PersonOneOnOnesSection';
import { PersonAffiliationsSection } from '../../organizations/PersonAffiliationsSection';
import { PersonRelationshipsSection } from '../../relationships/PersonRelationshipsSection';

export interface PersonProfileSectionProps {
  person: PersonProfileFieldsFragment;
}

/** A card on the person profile page, shown below the profile's own sections. */
export interface PersonProfileSection {
  key: string;
  component: ComponentType<PersonProfileSectionProps>;
}

/**
 * ── Sections other areas mount on the person profile ─────────────────────────────────────────────
 * Consent, ladder level and history, affiliations, relationships and one-on-ones each add a card
 * here: write `<Area>Section.tsx` in your own pages folder (a Mantine `Card` that loads what it needs
 * with its own query by `person.id`), then append `{ key: '<area>', component: <Area>Section }` to
 * this list. Order here is the order on the page.
 */
/** Adapts a section that only needs the person's id. */
const byId =
  (Section: ComponentType<{ personId: string }>): ComponentType<PersonProfileSectionProps> =>
  ({ person }) => <Section personId={person.id} />;

export const personProfileSections: PersonProfileSection[] = [
  { key: 'ladder', component: PersonLadderSection },
  { key: 'consent', component: PersonConsentSection },
  { key: 'affiliations', component: byId(PersonAffiliationsSection) },
  { key: 'relationships', component: byId(PersonRelationshipsSection) },
  { key: 'one-on-ones', component: byId(PersonOneOnOnesSection) },
];
