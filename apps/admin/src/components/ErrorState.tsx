import { Alert, Button, Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { CombinedError } from 'urql';
import { describeError, hasErrorCode } from '../api/graphql-errors';

interface ErrorStateProps {
  error: CombinedError;
  title?: string;
  onRetry?: () => void;
  actions?: ReactNode;
}

export function ErrorState({ error, title = 'Could not load this', onRetry, actions }: ErrorStateProps) {
  const forbidden = hasErrorCode(error, 'FORBIDDEN');
  return (
    <Alert color={forbidden ? 'yellow' : 'red'} title={forbidden ? 'Not available for your role' : title}>
      <Text size="sm">
        {forbidden ? 'Ask an admin of your coalition if you need access.' : describeError(error)}
      </Text>
      {(onRetry ?? actions) && (
        <Group mt="sm" gap="xs">
          {onRetry && !forbidden && (
            <Button size="xs" variant="light" color="red" onClick={onRetry}>
              Try again
            </Button>
          )}
          {actions}
        </Group>
      )}
    </Alert>
  );
}
