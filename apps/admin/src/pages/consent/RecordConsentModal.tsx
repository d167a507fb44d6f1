import { Button, Group, Modal, SegmentedControl, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from 'urql';
import { enumOptions } from '../../api/enum-values';
import { notifyFailure, notifySuccess } from '../../feedback/notify';
import { applyServerErrors } from '../../forms/apply-server-errors';
import { RecordConsentDocument, type ConsentChannel, type ConsentStatus } from '../../gql/graphql';
import { CHANNEL_LABELS } from './consent-labels';

const ANSWERS = enumOptions<ConsentStatus>()([
  { value: 'GRANTED', label: 'Granted' },
  { value: 'WITHDRAWN', label: 'Withdrawn' },
]);

interface RecordConsentModalProps {
  personId: string;
  opened: boolean;
  onClose: () => void;
}

interface ConsentFormValues {
  channel: ConsentChannel;
  status: ConsentStatus;
  source: string;
  wording: string;
}

/** Records a person's answer on one channel, with where it was given and the words they saw. */
export function RecordConsentModal({ personId, opened, onClose }: RecordConsentModalProps) {
  const [{ fetching }, recordConsent] = useMutation(RecordConsentDocument);
  const form = useForm<ConsentFormValues>({
    initialValues: { channel: 'EMAIL', status: 'GRANTED', source: '', wording: '' },
    validate: {
      source: (value) => (value.trim() ? null : 'Say where the answer was given'),
      wording: (value, values) =>
        values.status === 'GRANTED' && !value.trim() ? 'Give the text the person agreed to' : null,
    },
  });
  const close = () => {
    form.reset();
    onClose();
  };

  const submit = form.onSubmit(async (values) => {
    const result = await recordConsent({
      input: { personId, ...values, source: values.source.trim(), wording: values.wording.trim() },
    });
    if (result.error) {
      if (!applyServerErrors(form, result.error)) notifyFailure(result.error, 'Could not record consent');
      return;
    }
    notifySuccess(
      `${CHANNEL_LABELS[values.channel]} consent ${values.status === 'GRANTED' ? 'granted' : 'withdrawn'}.`,
    );
    close();
  });

  return (
    <Modal opened={opened} onClose={close} title="Record consent" centered>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Select
            label="Channel"
            allowDeselect={false}
            data={Object.entries(CHANNEL_LABELS).map(([value, label]) => ({ value, label }))}
            {...form.getInputProps('channel')}
          />
          <SegmentedControl aria-label="Answer" data={ANSWERS} {...form.getInputProps('status')} />
          <TextInput
            label="Source"
            placeholder="Sign-up form, phone call, paper form…"
            maxLength={200}
            withAsterisk
            {...form.getInputProps('source')}
          />
          <Textarea
            label="Wording the person saw"
            autosize
            minRows={3}
            maxLength={5000}
            {...form.getInputProps('wording')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close} disabled={fetching}>
              Cancel
            </Button>
            <Button type="submit" loading={fetching}>
              Record
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
