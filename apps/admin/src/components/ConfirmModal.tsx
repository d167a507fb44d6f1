import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

interface ConfirmModalProps {
  opened: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  confirming: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** A destructive action asks first; the confirm button is red and says exactly what it does. */
export function ConfirmModal({
  opened,
  title,
  children,
  confirmLabel,
  confirming,
  onConfirm,
  onCancel,
}: ConfirmModalProps) {
  return (
    <Modal opened={opened} onClose={onCancel} title={title} centered>
      <Stack>
        <Text size="sm" component="div">
          {children}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel} disabled={confirming}>
            Cancel
          </Button>
          <Button color="red" onClick={onConfirm} loading={confirming}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
