import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { registryRoot } from '@groundwork/service-kit/client';
import { serviceNodeOptions } from './service-node-options';

/** A copy of the repository's services.json with the gateway's flags replaced. */
function rootWithGatewayFlags(flags: string[]): string {
  const root = mkdtempSync(join(tmpdir(), 'registry-'));
  const registry = JSON.parse(readFileSync(join(registryRoot(), 'services.json'), 'utf8')) as {
    services: Array<{ name: string; nodeOptions: string[] }>;
  };
  for (const service of registry.services) if (service.name === 'gateway') service.nodeOptions = flags;
  writeFileSync(join(root, 'services.json'), JSON.stringify(registry));
  return root;
}

describe('serviceNodeOptions', () => {
  it("reads a service's flags from services.json", () => {
    const root = rootWithGatewayFlags(['--max-old-space-size=64', '--max-semi-space-size=2']);
    expect(serviceNodeOptions('gateway', root)).toEqual([
      '--max-old-space-size=64',
      '--max-semi-space-size=2',
    ]);
  });

  it('refuses a service the registry does not name, rather than run it differently from production', () => {
    expect(() => serviceNodeOptions('nosuchservice')).toThrow(/names no service "nosuchservice"/);
  });

  it('caps the heap of every service in the repository’s own registry', () => {
    for (const service of ['gateway', 'membership', 'evaluation']) {
      expect(serviceNodeOptions(service)).toEqual(
        expect.arrayContaining([expect.stringMatching(/^--max-old-space-size=\d+$/)]),
      );
    }
  });
});
