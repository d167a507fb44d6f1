import { Select } from '@mantine/core';
import { useMutation } from 'urql';
import { notifyFailure, notifySuccess } from '../../feedback/notify';
import { UpdateUserRoleDocument, type CoalitionUserFieldsFragment, type Role } from '../../gql/graphql';
import { ROLE_LABELS } from '../../viewer/permissions';

interface UserRoleSelectProps {
  user: CoalitionUserFieldsFragment;
  assignableRoles: Role[];
}

export function UserRoleSelect({ user, assignableRoles }: UserRoleSelectProps) {
  const [{ fetching }, updateUserRole] = useMutation(UpdateUserRoleDocument);
  const options = assignableRoles.map((role) => ({ value: role, label: ROLE_LABELS[role] }));

  const changeRole = async (role: Role) => {
    if (role === user.role) return;
    const result = await updateUserRole({ input: { userId: user.id, role } });
    if (result.error) return notifyFailure(result.error, `Could not change ${user.name}'s role`);
    notifySuccess(`${user.name} is now ${ROLE_LABELS[role].toLowerCase()}.`);
  };

  return (
    <Select
      aria-label={`Role of ${user.name}`}
      data={options}
      value={user.role}
      onChange={(value) => value && void changeRole(value)}
      allowDeselect={false}
      disabled={fetching}
      size="xs"
      w={140}
    />
  );
}
