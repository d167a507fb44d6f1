import type { Page } from '@groundwork/contracts';
import { signUp, uniqueEmail, type Member } from '../support/accounts-fixtures';
import { useMembershipHarness } from '../support/membership-harness';

type ListSubject = 'membership.api-token.list' | 'membership.invitation.list' | 'membership.tag.list';

describe('API tokens, invitations and tags, a page at a time', () => {
  const harness = useMembershipHarness();
  let a: Member;
  let b: Member;

  beforeEach(async () => {
    a = await signUp(harness.rpc, 'Paging A');
    b = await signUp(harness.rpc, 'Paging B');
  });

  const list = <T>(subject: ListSubject, body: Record<string, unknown>, by: Member) =>
    harness.rpc.ok(subject, body, by.as) as Promise<Page<T>>;

  /** Every page of `size` in turn, following `endCursor`. */
  async function walk<T>(
    subject: ListSubject,
    body: Record<string, unknown>,
    size: number,
    by: Member,
  ): Promise<Array<Page<T>>> {
    const pages: Array<Page<T>> = [];
    let after: string | undefined;
    do {
      const page = await list<T>(subject, { ...body, first: size, ...(after ? { after } : {}) }, by);
      pages.push(page);
      after = page.hasNextPage ? page.endCursor! : undefined;
    } while (after && pages.length < 10);
    return pages;
  }

  function expectPages<T>(pages: Array<Page<T>>, sizes: number[], totalCount: number) {
    expect(pages.map((page) => [page.items.length, page.hasNextPage, page.totalCount])).toEqual(
      sizes.map((size, index) => [size, index < sizes.length - 1, totalCount]),
    );
    for (const page of pages) expect(page.endCursor).toEqual(expect.any(String));
  }

  it('pages API tokens newest first, ties by id, revoked included, each coalition its own', async () => {
    const names = ['t1', 't2', 't3', 't4', 't5'];
    const ids: Record<string, string> = {};
    for (const name of names)
      ids[name] = (
        await harness.rpc.ok('membership.api-token.create', { name, scopes: ['READ'] }, a.as)
      ).apiToken.id;
    await harness.rpc.ok('membership.api-token.revoke', { id: ids.t2! }, a.as);
    const bToken = (
      await harness.rpc.ok('membership.api-token.create', { name: 'b only', scopes: ['READ'] }, b.as)
    ).apiToken;
    // t1 oldest; t3 and t4 share a creation time, so the id decides between them.
    const minutesAgo: Record<string, number> = { t1: 40, t2: 30, t3: 20, t4: 20, t5: 10 };
    for (const name of names)
      await harness.sql.query(
        a.tenantId,
        `UPDATE membership.api_tokens SET created_at = date_trunc('minute', now()) - make_interval(mins => $2) WHERE id = $1`,
        [ids[name], minutesAgo[name]],
      );
    const [tieFirst, tieSecond] = [ids.t3!, ids.t4!].sort().reverse();
    const expected = [ids.t5!, tieFirst!, tieSecond!, ids.t2!, ids.t1!];

    const pages = await walk<{ id: string; revokedAt: string | null }>('membership.api-token.list', {}, 2, a);
    expectPages(pages, [2, 2, 1], 5);
    expect(pages.flatMap((page) => page.items.map((t) => t.id))).toEqual(expected);
    expect(pages.flatMap((page) => page.items).find((t) => t.id === ids.t2)!.revokedAt).not.toBeNull();

    const ofB = await list<{ id: string }>('membership.api-token.list', {}, b);
    expect([ofB.items.map((t) => t.id), ofB.totalCount]).toEqual([[bToken.id], 1]);
    // A's cursor only positions B's own list: it shows none of A's tokens.
    const afterACursor = await list<{ id: string }>(
      'membership.api-token.list',
      { after: pages[0]!.endCursor },
      b,
    );
    expect(afterACursor.items.map((t) => t.id).filter((id) => expected.includes(id))).toEqual([]);
    expect(afterACursor.totalCount).toBe(1);
  });

  it('pages invitations newest first, pending ones only unless asked, each coalition its own', async () => {
    const ids: string[] = [];
    for (let n = 0; n < 5; n++) {
      ids.push(
        (
          await harness.rpc.ok(
            'membership.invitation.create',
            { email: uniqueEmail(`page${n}`), role: 'VIEWER' },
            a.as,
          )
        ).id,
      );
    }
    const bInvitation = await harness.rpc.ok(
      'membership.invitation.create',
      { email: uniqueEmail('b'), role: 'VIEWER' },
      b.as,
    );
    for (const [index, id] of ids.entries())
      await harness.sql.query(
        a.tenantId,
        `UPDATE membership.invitations SET created_at = date_trunc('minute', now()) - make_interval(mins => $2) WHERE id = $1`,
        [id, 50 - index * 10],
      );
    await harness.sql.query(
      a.tenantId,
      `UPDATE membership.invitations SET expires_at = now() - interval '1 minute' WHERE id = $1`,
      [ids[1]],
    );
    const newestFirst = [...ids].reverse();

    const all = await walk<{ id: string }>('membership.invitation.list', { pendingOnly: false }, 2, a);
    expectPages(all, [2, 2, 1], 5);
    expect(all.flatMap((page) => page.items.map((i) => i.id))).toEqual(newestFirst);

    const pending = await walk<{ id: string }>('membership.invitation.list', {}, 2, a);
    expectPages(pending, [2, 2], 4);
    expect(pending.flatMap((page) => page.items.map((i) => i.id))).toEqual(
      newestFirst.filter((id) => id !== ids[1]),
    );

    const ofB = await list<{ id: string }>(
      'membership.invitation.list',
      { pendingOnly: false, after: all[0]!.endCursor },
      b,
    );
    expect(ofB.items.map((i) => i.id).filter((id) => ids.includes(id))).toEqual([]);
    expect((await list<{ id: string }>('membership.invitation.list', {}, b)).items.map((i) => i.id)).toEqual([
      bInvitation.id,
    ]);
  });

  it('pages the tag catalogue by name, case folded, each coalition its own', async () => {
    for (const name of ['date', 'Fig', 'apple', 'Cherry', 'banana', 'fig'])
      await harness.rpc.ok('membership.tag.create', { name }, a.as);
    await harness.rpc.ok('membership.tag.create', { name: 'zucchini' }, b.as);

    const pages = await walk<{ name: string }>('membership.tag.list', {}, 2, a);
    expectPages(pages, [2, 2, 2], 6);
    const names = pages.flatMap((page) => page.items.map((t) => t.name));
    expect(names.slice(0, 4)).toEqual(['apple', 'banana', 'Cherry', 'date']);
    expect(names.slice(4).sort()).toEqual(['Fig', 'fig']);
    expect(names).toEqual(
      (await list<{ name: string }>('membership.tag.list', { first: 100 }, a)).items.map((t) => t.name),
    );

    const ofB = await list<{ name: string }>('membership.tag.list', { after: pages[0]!.endCursor }, b);
    expect([ofB.items.map((t) => t.name), ofB.totalCount]).toEqual([['zucchini'], 1]);
  });

  it('gives the tags of each group asked for, and none of another coalition', async () => {
    const group = await harness.rpc.ok('membership.tag-group.create', { name: 'Languages' }, a.as);
    for (const name of ['spanish', 'Arabic'])
      await harness.rpc.ok('membership.tag.create', { name, groupId: group.id }, a.as);
    await harness.rpc.ok('membership.tag.create', { name: 'ungrouped' }, a.as);
    const inGroups = await harness.rpc.ok('membership.tag.list-by-groups', { ids: [group.id] }, a.as);
    expect(inGroups.map((t) => [t.name, t.groupId])).toEqual([
      ['Arabic', group.id],
      ['spanish', group.id],
    ]);
    expect(await harness.rpc.ok('membership.tag.list-by-groups', { ids: [group.id] }, b.as)).toEqual([]);
  });

  it('refuses a bad page size or cursor naming the field', async () => {
    for (const subject of [
      'membership.api-token.list',
      'membership.invitation.list',
      'membership.tag.list',
    ] as const) {
      for (const [body, field] of [
        [{ first: 0 }, 'first'],
        [{ first: 101 }, 'first'],
        [{ after: 'garbage' }, 'after'],
        [{ after: Buffer.from('[42]').toString('base64url') }, 'after'],
      ] as const) {
        const error = await harness.rpc.error(subject, body, a.as);
        expect({ subject, body, code: error.code, field: error.details?.field }).toEqual({
          subject,
          body,
          code: 'BAD_USER_INPUT',
          field,
        });
      }
    }
    expect((await harness.rpc.error('membership.tag.list-by-groups', { ids: [] }, a.as)).code).toBe(
      'BAD_USER_INPUT',
    );
  });
});
