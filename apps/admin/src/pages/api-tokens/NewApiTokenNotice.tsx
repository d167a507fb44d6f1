import { Alert, Button, Code, CopyButton, Group, Stack, Text } from '@mantine/core';

export function NewApiTokenNotice({ token, onDone }: { token: string; onDone: () => void }) {
  return (
    <Stack>
      <Alert color="yellow" title="Copy this token now">
        This is the only time it is shown. Store it in your integration's secret settings; if it is lost,
        revoke it and create a new one.
      </Alert>
      <Text size="sm" fw={500} id="new-api-token-label">
        Your new token
      </Text>
      <Code
        block
        aria-labelledby="new-api-token-label"
        style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}
      >
        {token}
      </Code>
      <Text size="xs" c="dimmed">
        Send it as <Code>Authorization: Bearer &lt;token&gt;</Code> with each GraphQL request.
      </Text>
      <Group justify="flex-end">
        <CopyButton value={token}>
          {({ copied, copy }) => (
            <Button variant={copied ? 'filled' : 'light'} color={copied ? 'teal' : 'blue'} onClick={copy}>
              {copied ? 'Copied' : 'Copy token'}
            </Button>
          )}
        </CopyButton>
        <Button variant="default" onClick={onDone}>
          Done
        </Button>
      </Group>
    </Stack>
  );
}
