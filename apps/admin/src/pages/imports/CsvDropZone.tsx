import { Button, FileButton, Paper, Stack, Text } from '@mantine/core';
import { useRef, useState, type DragEvent } from 'react';

interface CsvDropZoneProps {
  disabled: boolean;
  onFile: (file: File) => void;
}

export const CSV_ACCEPT = '.csv,.tsv,.txt,text/csv,text/tab-separated-values';

/** A file can be dropped anywhere on the zone or chosen with the button (a native file input). */
export function CsvDropZone({ disabled, onFile }: CsvDropZoneProps) {
  const [dragging, setDragging] = useState(false);
  // Cleared after each pick, so choosing the same file again (after fixing it) still counts.
  const resetInput = useRef<() => void>(null);

  const dragOver = (event: DragEvent) => {
    if (disabled || !event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  };

  const drop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (!disabled && file) onFile(file);
  };

  return (
    <Paper
      withBorder
      radius="md"
      p="xl"
      onDragOver={dragOver}
      onDragEnter={dragOver}
      onDragLeave={() => setDragging(false)}
      onDrop={drop}
      bg={dragging ? 'var(--mantine-color-green-0)' : undefined}
      style={{
        borderStyle: 'dashed',
        borderWidth: 2,
        borderColor: dragging ? 'var(--mantine-color-green-6)' : undefined,
      }}
      aria-label="CSV file drop zone"
      role="region"
    >
      <Stack align="center" gap="sm">
        <Text fw={500}>Drag a CSV file here</Text>
        <Text size="sm" c="dimmed" ta="center">
          A header row with column names, then one person per row. Exports from Action Network, NationBuilder,
          EveryAction, Action Builder and Mailchimp are recognised. UTF-8, separated by commas, semicolons or
          tabs.
        </Text>
        <FileButton
          onChange={(file) => {
            resetInput.current?.();
            if (file) onFile(file);
          }}
          resetRef={resetInput}
          accept={CSV_ACCEPT}
          disabled={disabled}
          inputProps={{ 'aria-label': 'CSV file' }}
        >
          {(props) => (
            <Button {...props} disabled={disabled}>
              Choose a file
            </Button>
          )}
        </FileButton>
      </Stack>
    </Paper>
  );
}
