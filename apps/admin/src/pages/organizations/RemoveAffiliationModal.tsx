import { useMutation } from 'urql';
import { ConfirmModal } from '../../components/ConfirmModal';
import { notifyFailure, notifySuccess } from '../../feedback/notify';
import { RemoveAffiliationDocument } from '../../gql/graphql';
import type { AffiliationTarget } from './EndAffiliationModal';

/** The reply names only the removed id, so lists of affiliations are told to refetch. */
const REMOVE_CONTEXT = { additionalTypenames: ['Affiliation'] };

interface RemoveAffiliationModalProps {
  affiliation: AffiliationTarget | null;
  onClose: () => void;
}

export function RemoveAffiliationModal({ affiliation, onClose }: RemoveAffiliationModalProps) {
  const [{ fetching }, removeAffiliation] = useMutation(RemoveAffiliationDocument);

  const remove = async () => {
    if (!affiliation) return;
    const result = await removeAffiliation({ input: { id: affiliation.id } }, REMOVE_CONTEXT);
    if (result.error) return notifyFailure(result.error, 'Could not remove the affiliation');
    notifySuccess('Affiliation removed.');
    onClose();
  };

  return (
    <ConfirmModal
      opened={affiliation !== null}
      title="Remove this affiliation?"
      confirmLabel="Remove"
      confirming={fetching}
      onConfirm={() => void remove()}
      onCancel={onClose}
    >
      {affiliation?.description}. Removing deletes it as if it never existed; to keep it as history, end it
      instead.
    </ConfirmModal>
  );
}
