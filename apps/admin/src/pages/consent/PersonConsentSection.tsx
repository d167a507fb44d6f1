import { usePermissions } from '../../hooks/usePermissions';
import type { PersonProfileSectionProps } from '../people/profile/profile-sections';
import { PersonConsentCard } from './PersonConsentCard';

/** The consent card as a section of the person profile. */
export function PersonConsentSection({ person }: PersonProfileSectionProps) {
  const { canEditPeople } = usePermissions();
  return <PersonConsentCard personId={person.id} canWrite={canEditPeople} />;
}
