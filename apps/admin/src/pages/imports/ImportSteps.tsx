import { Stepper } from '@mantine/core';

export type ImportStep = 'upload' | 'mapping' | 'preview' | 'import' | 'result';

const STEPS: Array<{ step: ImportStep; label: string }> = [
  { step: 'upload', label: 'Upload' },
  { step: 'mapping', label: 'Map columns' },
  { step: 'preview', label: 'Preview & options' },
  { step: 'import', label: 'Import' },
  { step: 'result', label: 'Result' },
];

/** Where the wizard is; the steps are not buttons, since each depends on the server's state. */
export function ImportSteps({ current }: { current: ImportStep }) {
  const active = STEPS.findIndex(({ step }) => step === current);
  return (
    <Stepper
      active={current === 'result' ? STEPS.length : active}
      size="sm"
      allowNextStepsSelect={false}
      aria-label="Import steps"
    >
      {STEPS.map(({ step, label }) => (
        <Stepper.Step key={step} label={label} allowStepSelect={false} />
      ))}
    </Stepper>
  );
}
