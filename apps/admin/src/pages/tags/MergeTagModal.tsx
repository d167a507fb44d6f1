import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useMutation } from 'urql';
import { notifyFailure, notifySuccess } from '../../feedback/notify';
import { MergeTagsDocument, type TagFieldsFragment } from '../../gql/graphql';

interface MergeTagModalProps {
  tag: TagFieldsFragment | null;
  tags: TagFieldsFragment[];
  onClose: () => void;
}

/** Folds one tag into another: its people get the other tag, and it leaves the catalogue. */
export function MergeTagModal({ tag, tags, onClose }: MergeTagModalProps) {
  const [targetId, setTargetId] = useState<string | null>(null);
  const [{ fetching }, mergeTags] = useMutation(MergeTagsDocument);
  const close = () => {
    setTargetId(null);
    onClose();
  };

  const merge = async () => {
    if (!tag || !targetId) return;
    const result = await mergeTags({ input: { sourceId: tag.id, targetId } });
    if (result.error) return notifyFailure(result.error, `Could not merge ${tag.name}`);
    notifySuccess(`Merged ${tag.name} into ${result.data?.mergeTags.name ?? 'the other tag'}.`);
    close();
  };

  return (
    <Modal opened={tag !== null} onClose={close} title={tag ? `Merge ${tag.name} into…` : ''} centered>
      {tag && (
        <Stack>
          <Text size="sm">
            The {tag.peopleCount} people tagged {tag.name} get the tag you choose instead, and {tag.name}{' '}
            leaves the catalogue.
          </Text>
          <Select
            label="Merge into"
            placeholder="Choose a tag"
            searchable
            data={tags
              .filter((other) => other.id !== tag.id)
              .map((other) => ({ value: other.id, label: other.name }))}
            value={targetId}
            onChange={setTargetId}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close} disabled={fetching}>
              Cancel
            </Button>
            <Button color="red" disabled={!targetId} loading={fetching} onClick={() => void merge()}>
              Merge
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
