import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under the gateway's `src`, relative to it. */
function sourceFiles(dir = __dirname, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name), `${prefix}${entry.name}/`)
      : [`${prefix}${entry.name}`],
  );
}

describe('gateway folders', () => {
  const files = sourceFiles();

  it('never hold x.resolver.ts beside x.resolvers.ts: resolvers are registered in resolvers.ts only', () => {
    const lists = files.filter((file) => file.endsWith('.resolvers.ts'));
    expect(lists).toEqual([]);
  });

  it('give one-on-ones, invitations, merges, person data and erasure their own folders', () => {
    for (const file of [
      'one-on-ones/one-on-ones.resolver.ts',
      'invitations/invitations.resolver.ts',
      'merge/person-merges.resolver.ts',
      'person-data/person-data.resolver.ts',
      'erasure/erasure.resolver.ts',
    ]) {
      expect(files).toContain(file);
    }
  });
});
