import { Modal } from '@mantine/core';
import type { PersonFieldsFragment } from '../../gql/graphql';
import { PersonForm } from './PersonForm';

export type PersonEditorTarget = { mode: 'create' } | { mode: 'edit'; person: PersonFieldsFragment };

interface PersonFormModalProps {
  target: PersonEditorTarget | null;
  onClose: () => void;
}

export function PersonFormModal({ target, onClose }: PersonFormModalProps) {
  const person = target?.mode === 'edit' ? target.person : undefined;
  const title = person ? `Edit ${person.firstName} ${person.lastName}` : 'Add person';
  return (
    <Modal opened={target !== null} onClose={onClose} title={title} size="lg">
      {target && <PersonForm key={person?.id ?? 'new'} person={person} onDone={onClose} />}
    </Modal>
  );
}
