import { Badge } from '@mantine/core';
import type { ImportStatus } from '../../gql/graphql';
import { IMPORT_STATUS } from './import-status';

export function ImportStatusBadge({ status }: { status: ImportStatus }) {
  const { label, color } = IMPORT_STATUS[status];
  return (
    <Badge color={color} variant="light">
      {label}
    </Badge>
  );
}
