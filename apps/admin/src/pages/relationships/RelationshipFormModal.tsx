import { Modal } from '@mantine/core';
import { RelationshipForm } from './RelationshipForm';

interface RelationshipFormModalProps {
  /** The person the new relationship starts from; null keeps the modal closed. */
  person: { id: string; name: string } | null;
  onClose: () => void;
}

export function RelationshipFormModal({ person, onClose }: RelationshipFormModalProps) {
  return (
    <Modal opened={person !== null} onClose={onClose} title="Add relationship">
      {person && <RelationshipForm key={person.id} person={person} onDone={onClose} />}
    </Modal>
  );
}
