import { useMutation } from 'urql';
import { ConfirmModal } from '../../components/ConfirmModal';
import { notifyFailure, notifySuccess } from '../../feedback/notify';
import { RevokeApiTokenDocument, type ApiTokenFieldsFragment } from '../../gql/graphql';

interface RevokeApiTokenModalProps {
  apiToken: ApiTokenFieldsFragment | null;
  onClose: () => void;
}

export function RevokeApiTokenModal({ apiToken, onClose }: RevokeApiTokenModalProps) {
  const [{ fetching }, revokeApiToken] = useMutation(RevokeApiTokenDocument);

  const revoke = async () => {
    if (!apiToken) return;
    const result = await revokeApiToken({ input: { id: apiToken.id } });
    if (result.error) return notifyFailure(result.error, `Could not revoke “${apiToken.name}”`);
    notifySuccess(`Revoked “${apiToken.name}”.`);
    onClose();
  };

  return (
    <ConfirmModal
      opened={apiToken !== null}
      title={`Revoke “${apiToken?.name ?? ''}”?`}
      confirmLabel="Revoke"
      confirming={fetching}
      onConfirm={() => void revoke()}
      onCancel={onClose}
    >
      Anything using this token stops working immediately. This cannot be undone.
    </ConfirmModal>
  );
}
