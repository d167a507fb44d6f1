import { Modal } from '@mantine/core';
import { useState } from 'react';
import { CreateApiTokenForm } from './CreateApiTokenForm';
import { NewApiTokenNotice } from './NewApiTokenNotice';

export function CreateApiTokenModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const [createdToken, setCreatedToken] = useState<string | null>(null);

  const close = () => {
    setCreatedToken(null);
    onClose();
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={createdToken ? 'Token created' : 'Create API token'}
      size="lg"
      closeOnClickOutside={!createdToken}
    >
      {createdToken ? (
        <NewApiTokenNotice token={createdToken} onDone={close} />
      ) : (
        <CreateApiTokenForm onCreated={setCreatedToken} onCancel={close} />
      )}
    </Modal>
  );
}
