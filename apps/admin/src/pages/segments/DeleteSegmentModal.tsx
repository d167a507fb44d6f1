import { useMutation } from 'urql';
import { ConfirmModal } from '../../components/ConfirmModal';
import { notifyFailure, notifySuccess } from '../../feedback/notify';
import { DeleteSegmentDocument } from '../../gql/graphql';

/** The answer names only the id (RemovedRecord), so lists of segments are told explicitly. */
const DELETE_CONTEXT = { additionalTypenames: ['Segment'] };

interface DeleteSegmentModalProps {
  segment: { id: string; name: string } | null;
  onClose: () => void;
  onDeleted?: () => void;
}

export function DeleteSegmentModal({ segment, onClose, onDeleted }: DeleteSegmentModalProps) {
  const [{ fetching }, deleteSegment] = useMutation(DeleteSegmentDocument);
  const confirm = async () => {
    if (!segment) return;
    const result = await deleteSegment({ input: { id: segment.id } }, DELETE_CONTEXT);
    if (result.error) {
      notifyFailure(result.error, `Could not delete ${segment.name}`);
      return;
    }
    notifySuccess(`Deleted segment ${segment.name}.`);
    onClose();
    onDeleted?.();
  };
  return (
    <ConfirmModal
      opened={segment !== null}
      title="Delete this segment?"
      confirmLabel="Delete segment"
      confirming={fetching}
      onConfirm={() => void confirm()}
      onCancel={onClose}
    >
      {segment && <>The saved segment “{segment.name}” is deleted. The people in it are not changed.</>}
    </ConfirmModal>
  );
}
