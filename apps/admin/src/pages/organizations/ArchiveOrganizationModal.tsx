import { useMutation } from 'urql';
import { ConfirmModal } from '../../components/ConfirmModal';
import { notifyFailure, notifySuccess } from '../../feedback/notify';
import { ArchiveOrganizationDocument } from '../../gql/graphql';

interface ArchiveOrganizationModalProps {
  organization: { id: string; name: string } | null;
  onClose: () => void;
}

export function ArchiveOrganizationModal({ organization, onClose }: ArchiveOrganizationModalProps) {
  const [{ fetching }, archiveOrganization] = useMutation(ArchiveOrganizationDocument);

  const archive = async () => {
    if (!organization) return;
    const result = await archiveOrganization({ input: { id: organization.id } });
    if (result.error) return notifyFailure(result.error, `Could not archive ${organization.name}`);
    notifySuccess(`Archived ${organization.name}.`);
    onClose();
  };

  return (
    <ConfirmModal
      opened={organization !== null}
      title={`Archive ${organization?.name ?? ''}?`}
      confirmLabel="Archive"
      confirming={fetching}
      onConfirm={() => void archive()}
      onCancel={onClose}
    >
      It will no longer appear in lists. Its affiliations stay as history.
    </ConfirmModal>
  );
}
