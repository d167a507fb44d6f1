import { useMutation } from 'urql';
import { ConfirmModal } from '../../components/ConfirmModal';
import { notifyFailure, notifySuccess } from '../../feedback/notify';
import { ArchivePersonDocument, type PersonFieldsFragment } from '../../gql/graphql';

interface ArchivePersonModalProps {
  person: PersonFieldsFragment | null;
  onClose: () => void;
}

export function ArchivePersonModal({ person, onClose }: ArchivePersonModalProps) {
  const [{ fetching }, archivePerson] = useMutation(ArchivePersonDocument);
  const fullName = person ? `${person.firstName} ${person.lastName}` : '';

  const archive = async () => {
    if (!person) return;
    const result = await archivePerson({ input: { id: person.id } });
    if (result.error) return notifyFailure(result.error, `Could not archive ${fullName}`);
    notifySuccess(`Archived ${fullName}.`);
    onClose();
  };

  return (
    <ConfirmModal
      opened={person !== null}
      title={`Archive ${fullName}?`}
      confirmLabel="Archive"
      confirming={fetching}
      onConfirm={() => void archive()}
      onCancel={onClose}
    >
      They will no longer appear in lists or counts. Their record and history are kept.
    </ConfirmModal>
  );
}
