import { useMutation } from 'urql';
import { ConfirmModal } from '../../components/ConfirmModal';
import { notifyFailure, notifySuccess } from '../../feedback/notify';
import { DeleteTagDocument, type TagFieldsFragment } from '../../gql/graphql';

export function DeleteTagModal({ tag, onClose }: { tag: TagFieldsFragment | null; onClose: () => void }) {
  const [{ fetching }, deleteTag] = useMutation(DeleteTagDocument);

  const remove = async () => {
    if (!tag) return;
    const result = await deleteTag({ input: { id: tag.id } });
    if (result.error) return notifyFailure(result.error, `Could not delete ${tag.name}`);
    notifySuccess(`Deleted ${tag.name}.`);
    onClose();
  };

  return (
    <ConfirmModal
      opened={tag !== null}
      title={tag ? `Delete tag ${tag.name}?` : ''}
      confirmLabel="Delete tag"
      confirming={fetching}
      onConfirm={() => void remove()}
      onCancel={onClose}
    >
      {tag ? `It is removed from the catalogue and from the ${tag.peopleCount} people who carry it.` : ''}
    </ConfirmModal>
  );
}
