import { Modal } from '@mantine/core';
import type { OrganizationDetailFieldsFragment } from '../../gql/graphql';
import { OrganizationForm } from './OrganizationForm';

export type OrganizationEditorTarget =
  { mode: 'create' } | { mode: 'edit'; organization: OrganizationDetailFieldsFragment };

interface OrganizationFormModalProps {
  target: OrganizationEditorTarget | null;
  onClose: () => void;
  /** Called with the new organization's id after it was added. */
  onCreated?: (organizationId: string) => void;
}

export function OrganizationFormModal({ target, onClose, onCreated }: OrganizationFormModalProps) {
  const organization = target?.mode === 'edit' ? target.organization : undefined;
  const done = (organizationId?: string) => {
    onClose();
    if (!organization && organizationId) onCreated?.(organizationId);
  };
  return (
    <Modal
      opened={target !== null}
      onClose={onClose}
      title={organization ? `Edit ${organization.name}` : 'Add organization'}
      size="lg"
    >
      {target && (
        <OrganizationForm key={organization?.id ?? 'new'} organization={organization} onDone={done} />
      )}
    </Modal>
  );
}
