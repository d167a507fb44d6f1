import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The V8 flags `infra/node-options` gives a service, so tests and benchmarks run it as production does. */
export function serviceNodeOptions(root: string, service: string): string[] {
  const lines = readFileSync(join(root, 'infra', 'node-options'), 'utf8').split('\n');
  const line = lines.find((candidate) => candidate.startsWith(`${service}:`));
  if (!line) throw new Error(`infra/node-options has no line for ${service}`);
  return line
    .slice(service.length + 1)
    .trim()
    .split(/\s+/)
    .filter(Boolean);
}
