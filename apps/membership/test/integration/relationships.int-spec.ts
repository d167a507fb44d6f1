import { randomUUID } from 'node:crypto';

import { eventually } from '@groundwork/testing';
import { signUp, type Member } from '../support/accounts-fixtures';
import { useMembershipHarness } from '../support/membership-harness';
import { createPersonId, eventsOf, relate } from '../support/organizations-fixtures';

describe('relationships', () => {
  const harness = useMembershipHarness();
  let coalition: Member;
  let ella: string;
  let bayard: string;
  let fannie: string;

  beforeEach(async () => {
    coalition = await signUp(harness.rpc, 'Relationships');
    ella = await createPersonId(harness.rpc, coalition, 'Ella');
    bayard = await createPersonId(harness.rpc, coalition, 'Bayard');
    fannie = await createPersonId(harness.rpc, coalition, 'Fannie');
  });

  it('stores undirected links once whichever side they are entered from, and keeps directed ones as given', async () => {
    const [low, high] = [ella, bayard].sort() as [string, string];
    const family = await harness.rpc.ok(
      'membership.relationship.create',
      {
        type: 'FAMILY',
        fromPersonId: high,
        toPersonId: low,
        notes: 'Cousins;\nclose',
        startedOn: '1990-05-01',
      },
      coalition.as,
    );
    expect(family).toMatchObject({
      type: 'FAMILY',
      directed: false,
      fromPersonId: low,
      toPersonId: high,
      notes: 'Cousins;\nclose',
      startedOn: '1990-05-01',
      endedOn: null,
    });
    expect(
      await harness.rpc.error(
        'membership.relationship.create',
        { type: 'FAMILY', fromPersonId: low, toPersonId: high },
        coalition.as,
      ),
    ).toMatchObject({ code: 'CONFLICT' });

    const recruited = await relate(harness.rpc, coalition, 'RECRUITED_BY', high, low);
    expect(recruited).toMatchObject({ directed: true, fromPersonId: high, toPersonId: low });
    const reverse = await relate(harness.rpc, coalition, 'MENTOR', low, high);
    expect(reverse).toMatchObject({ directed: true, fromPersonId: low, toPersonId: high });

    const page = await harness.rpc.ok(
      'membership.relationship.list-by-person',
      { personId: ella },
      coalition.as,
    );
    expect(page).toMatchObject({ totalCount: 3, hasNextPage: false, items: [reverse, recruited, family] });
    const paged = await harness.rpc.ok(
      'membership.relationship.list-by-person',
      { personId: ella, first: 2 },
      coalition.as,
    );
    const rest = await harness.rpc.ok(
      'membership.relationship.list-by-person',
      { personId: ella, first: 2, after: paged.endCursor ?? undefined },
      coalition.as,
    );
    expect([...paged.items, ...rest.items]).toEqual(page.items);
    expect(rest.hasNextPage).toBe(false);
    expect(
      (await harness.rpc.ok('membership.relationship.list-by-person', { personId: fannie }, coalition.as))
        .totalCount,
    ).toBe(0);

    expect(
      await harness.rpc.ok('membership.relationship.remove', { id: recruited.id }, coalition.as),
    ).toEqual({ ok: true });
    expect(
      await harness.rpc.error('membership.relationship.remove', { id: recruited.id }, coalition.as),
    ).toMatchObject({
      code: 'NOT_FOUND',
    });
    await eventually(async () => {
      const events = await eventsOf(harness.rpc.connection, coalition.tenantId, ['relationship.']);
      expect(events.map((event) => [event.envelope.type, event.envelope.data])).toEqual([
        [
          'membership.relationship.created',
          {
            relationshipId: family.id,
            type: 'FAMILY',
            fromPersonId: low,
            toPersonId: high,
            createdAt: family.createdAt,
          },
        ],
        [
          'membership.relationship.created',
          expect.objectContaining({ relationshipId: recruited.id, type: 'RECRUITED_BY' }),
        ],
        [
          'membership.relationship.created',
          expect.objectContaining({ relationshipId: reverse.id, type: 'MENTOR' }),
        ],
        [
          'membership.relationship.removed',
          { relationshipId: recruited.id, type: 'RECRUITED_BY', fromPersonId: high, toPersonId: low },
        ],
      ]);
    });
  });

  it('refuses people the coalition does not have, naming the field, and archived people', async () => {
    const missing = randomUUID();
    expect(
      await harness.rpc.error(
        'membership.relationship.create',
        { type: 'NEIGHBOUR', fromPersonId: missing, toPersonId: ella },
        coalition.as,
      ),
    ).toMatchObject({ code: 'NOT_FOUND', details: { field: 'fromPersonId' } });
    expect(
      await harness.rpc.error(
        'membership.relationship.create',
        { type: 'NEIGHBOUR', fromPersonId: ella, toPersonId: missing },
        coalition.as,
      ),
    ).toMatchObject({ code: 'NOT_FOUND', details: { field: 'toPersonId' } });
    await harness.rpc.ok('membership.person.archive', { id: fannie }, coalition.as);
    expect(
      await harness.rpc.error(
        'membership.relationship.create',
        { type: 'NEIGHBOUR', fromPersonId: ella, toPersonId: fannie },
        coalition.as,
      ),
    ).toMatchObject({ code: 'CONFLICT', details: { field: 'toPersonId' } });
    expect(
      await harness.rpc.error('membership.relationship.list-by-person', { personId: missing }, coalition.as),
    ).toMatchObject({ code: 'NOT_FOUND', details: { field: 'personId' } });
    expect(await harness.sql.query(coalition.tenantId, 'SELECT id FROM membership.relationships')).toEqual(
      [],
    );
  });
});

describe('relational queries', () => {
  const harness = useMembershipHarness();
  let coalition: Member;

  beforeEach(async () => {
    coalition = await signUp(harness.rpc, 'Graph');
  });

  /** A leader: a person whose current level counts as leader (ladder tables, written directly). */
  async function makeLeader(personId: string): Promise<void> {
    const [level] = await harness.sql.query<{ id: string }>(
      coalition.tenantId,
      `SELECT id FROM membership.ladder_levels WHERE counts_as_leader ORDER BY position LIMIT 1`,
    );
    const levelId =
      level?.id ??
      (
        await harness.sql.query<{ id: string }>(
          coalition.tenantId,
          `INSERT INTO membership.ladder_levels (tenant_id, id, name, position, counts_as_leader)
           VALUES ($1, $2, 'Leader', 90, true) RETURNING id`,
          [coalition.tenantId, randomUUID()],
        )
      )[0]!.id;
    await harness.sql.query(
      coalition.tenantId,
      `INSERT INTO membership.person_levels (tenant_id, person_id, level_id, since) VALUES ($1, $2, $3, now())`,
      [coalition.tenantId, personId, levelId],
    );
  }

  it("walks a person's graph to depth 2 over current links in both directions, within bounds", async () => {
    const names = ['Root', 'Ann', 'Ben', 'Cal', 'Dee', 'Eve', 'Fay'];
    const [root, ann, ben, cal, dee, eve, fay] = await Promise.all(
      names.map((name) => createPersonId(harness.rpc, coalition, name)),
    );
    const rootAnn = await relate(harness.rpc, coalition, 'FAMILY', root!, ann!);
    const benRoot = await relate(harness.rpc, coalition, 'RECRUITED_BY', ben!, root!);
    const annCal = await relate(harness.rpc, coalition, 'NEIGHBOUR', ann!, cal!);
    const annBen = await relate(harness.rpc, coalition, 'CO_WORKER', ann!, ben!);
    await relate(harness.rpc, coalition, 'MENTOR', dee!, cal!); // depth 3: left out
    await harness.rpc.ok(
      'membership.relationship.create',
      { type: 'FAMILY', fromPersonId: root!, toPersonId: eve!, endedOn: '2000-01-01' },
      coalition.as,
    );
    void fay;

    const graph = await harness.rpc.ok('membership.relationship.graph', { personId: root! }, coalition.as);
    expect(graph.truncated).toBe(false);
    expect(graph.nodes).toEqual([
      { personId: root, depth: 0 },
      ...[ann, ben].sort().map((personId) => ({ personId, depth: 1 })),
      { personId: cal, depth: 2 },
    ]);
    expect(graph.edges.map((edge) => edge.id).sort()).toEqual(
      [rootAnn.id, benRoot.id, annCal.id, annBen.id].sort(),
    );

    const near = await harness.rpc.ok(
      'membership.relationship.graph',
      { personId: root!, depth: 1 },
      coalition.as,
    );
    expect(near.nodes.map((node) => node.depth)).toEqual([0, 1, 1]);

    const capped = await harness.rpc.ok(
      'membership.relationship.graph',
      { personId: root!, maxNodes: 2 },
      coalition.as,
    );
    expect(capped.truncated).toBe(true);
    expect(capped.nodes).toHaveLength(2);
    expect(capped.nodes[0]).toEqual({ personId: root, depth: 0 });

    const alone = await harness.rpc.ok('membership.relationship.graph', { personId: fay! }, coalition.as);
    expect(alone).toEqual({ nodes: [{ personId: fay, depth: 0 }], edges: [], truncated: false });
    expect(
      await harness.rpc.error('membership.relationship.graph', { personId: randomUUID() }, coalition.as),
    ).toMatchObject({ code: 'NOT_FOUND', details: { field: 'personId' } });
  });

  it('counts relationships per leader and finds the people no leader is related to', async () => {
    const [lea, leo, ada, bo, cy, di] = await Promise.all(
      ['Lea', 'Leo', 'Ada', 'Bo', 'Cy', 'Di'].map((name) => createPersonId(harness.rpc, coalition, name)),
    );
    await makeLeader(lea!);
    await makeLeader(leo!);
    await relate(harness.rpc, coalition, 'NEIGHBOUR', lea!, ada!);
    await relate(harness.rpc, coalition, 'RECRUITED_BY', bo!, lea!);
    await relate(harness.rpc, coalition, 'MENTOR', leo!, lea!);
    await relate(harness.rpc, coalition, 'FAMILY', cy!, di!); // related, but to no leader
    await harness.rpc.ok(
      'membership.relationship.create',
      { type: 'FAMILY', fromPersonId: leo!, toPersonId: di!, endedOn: '2001-01-01' },
      coalition.as,
    );

    const leaders = await harness.rpc.ok('membership.relationship.per-leader', {}, coalition.as);
    expect(leaders).toMatchObject({
      totalCount: 2,
      hasNextPage: false,
      items: [
        { personId: lea, relationshipCount: 3 },
        { personId: leo, relationshipCount: 1 },
      ],
    });
    const first = await harness.rpc.ok('membership.relationship.per-leader', { first: 1 }, coalition.as);
    const second = await harness.rpc.ok(
      'membership.relationship.per-leader',
      { first: 1, after: first.endCursor ?? undefined },
      coalition.as,
    );
    expect([...first.items, ...second.items]).toEqual(leaders.items);
    expect([first.hasNextPage, second.hasNextPage]).toEqual([true, false]);

    const unconnected = await harness.rpc.ok('membership.relationship.unconnected-people', {}, coalition.as);
    expect(unconnected.totalCount).toBe(2);
    expect(unconnected.items.map((item) => item.personId).sort()).toEqual([cy, di].sort());
    const one = await harness.rpc.ok(
      'membership.relationship.unconnected-people',
      { first: 1 },
      coalition.as,
    );
    const two = await harness.rpc.ok(
      'membership.relationship.unconnected-people',
      { first: 1, after: one.endCursor ?? undefined },
      coalition.as,
    );
    expect([...one.items, ...two.items]).toEqual(unconnected.items);
  });
});
