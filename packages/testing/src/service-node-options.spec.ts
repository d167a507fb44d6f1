import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serviceNodeOptions } from './service-node-options';

function rootWith(text: string): string {
  const root = mkdtempSync(join(tmpdir(), 'node-options-'));
  mkdirSync(join(root, 'infra'));
  writeFileSync(join(root, 'infra', 'node-options'), text);
  return root;
}

describe('serviceNodeOptions', () => {
  it("reads a service's flags, ignoring comments and other services", () => {
    const root = rootWith(
      '# gateway: --not-this\ngateway: --max-old-space-size=128  --max-semi-space-size=2\ngateway-extra: --x\n',
    );
    expect(serviceNodeOptions(root, 'gateway')).toEqual([
      '--max-old-space-size=128',
      '--max-semi-space-size=2',
    ]);
  });

  it('refuses a service the file does not name, rather than run it differently from production', () => {
    expect(() => serviceNodeOptions(rootWith('gateway: --x\n'), 'membership')).toThrow(
      /no line for membership/,
    );
  });

  it('has a line for every service in the repository’s own file', () => {
    const root = resolve(__dirname, '..', '..', '..');
    for (const service of ['gateway', 'membership', 'evaluation']) {
      expect(serviceNodeOptions(root, service)).toEqual(
        expect.arrayContaining([expect.stringMatching(/^--max-old-space-size=\d+$/)]),
      );
    }
  });
});
