import { notifications } from '@mantine/notifications';
import type { CombinedError } from 'urql';
import { describeError } from '../api/graphql-errors';

export function notifySuccess(message: string, title?: string): void {
  notifications.show({ color: 'green', title, message });
}

export function notifyFailure(error: CombinedError, title = 'That did not work'): void {
  notifications.show({ color: 'red', title, message: describeError(error) });
}
