import { useMutation } from 'urql';
import { ConfirmModal } from '../../components/ConfirmModal';
import { notifyFailure, notifySuccess } from '../../feedback/notify';
import { RemoveRelationshipDocument } from '../../gql/graphql';

/** The reply names only the removed id, so graphs and lists of relationships are told to refetch. */
const REMOVE_CONTEXT = { additionalTypenames: ['Relationship'] };

export interface RelationshipTarget {
  id: string;
  /** E.g. "Ana Lopez — neighbour — Ben Ode". */
  description: string;
}

interface RemoveRelationshipModalProps {
  relationship: RelationshipTarget | null;
  onClose: () => void;
}

export function RemoveRelationshipModal({ relationship, onClose }: RemoveRelationshipModalProps) {
  const [{ fetching }, removeRelationship] = useMutation(RemoveRelationshipDocument);

  const remove = async () => {
    if (!relationship) return;
    const result = await removeRelationship({ input: { id: relationship.id } }, REMOVE_CONTEXT);
    if (result.error) return notifyFailure(result.error, 'Could not remove the relationship');
    notifySuccess('Relationship removed.');
    onClose();
  };

  return (
    <ConfirmModal
      opened={relationship !== null}
      title="Remove this relationship?"
      confirmLabel="Remove"
      confirming={fetching}
      onConfirm={() => void remove()}
      onCancel={onClose}
    >
      {relationship?.description}
    </ConfirmModal>
  );
}
