import { Modal } from '@mantine/core';
import type { OneOnOneFieldsFragment } from '../../gql/graphql';
import type { PickedPerson } from '../relationships/PersonPicker';
import { OneOnOneForm } from './OneOnOneForm';

export type OneOnOneEditorTarget =
  | { mode: 'record'; person?: PickedPerson }
  | { mode: 'edit'; oneOnOne: OneOnOneFieldsFragment }
  | { mode: 'view'; oneOnOne: OneOnOneFieldsFragment };

interface OneOnOneFormModalProps {
  target: OneOnOneEditorTarget | null;
  onClose: () => void;
}

export function OneOnOneFormModal({ target, onClose }: OneOnOneFormModalProps) {
  const oneOnOne = target && target.mode !== 'record' ? target.oneOnOne : undefined;
  const title = !target ? '' : target.mode === 'record' ? 'Record a one-on-one' : 'One-on-one';
  return (
    <Modal opened={target !== null} onClose={onClose} title={title} size="xl">
      {target && (
        <OneOnOneForm
          key={oneOnOne?.id ?? 'new'}
          oneOnOne={oneOnOne}
          person={target.mode === 'record' ? target.person : undefined}
          readOnly={target.mode === 'view'}
          onDone={onClose}
        />
      )}
    </Modal>
  );
}
