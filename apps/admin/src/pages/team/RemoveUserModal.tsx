import { useMutation } from 'urql';
import { ConfirmModal } from '../../components/ConfirmModal';
import { notifyFailure, notifySuccess } from '../../feedback/notify';
import { RemoveUserDocument, type CoalitionUserFieldsFragment } from '../../gql/graphql';

/** `removeUser` answers a Boolean, so the cache must be told which lists it changes. */
const REMOVE_USER_CONTEXT = { additionalTypenames: ['CoalitionUser'] };

interface RemoveUserModalProps {
  user: CoalitionUserFieldsFragment | null;
  onClose: () => void;
}

export function RemoveUserModal({ user, onClose }: RemoveUserModalProps) {
  const [{ fetching }, removeUser] = useMutation(RemoveUserDocument);

  const remove = async () => {
    if (!user) return;
    const result = await removeUser({ input: { userId: user.id } }, REMOVE_USER_CONTEXT);
    if (result.error) return notifyFailure(result.error, `Could not remove ${user.name}`);
    notifySuccess(`${user.name} can no longer sign in to this coalition.`);
    onClose();
  };

  return (
    <ConfirmModal
      opened={user !== null}
      title={`Remove ${user?.name ?? ''}?`}
      confirmLabel="Remove"
      confirming={fetching}
      onConfirm={() => void remove()}
      onCancel={onClose}
    >
      They lose access to this coalition at once. Records they created are kept.
    </ConfirmModal>
  );
}
