import type { OneOnOneDto } from '@groundwork/contracts';
import type { RawRpc } from '@groundwork/testing';

interface StoredPerson {
  archivedAt: string | null;
  organizationIds: string[];
}

/**
 * Answers the membership subjects listening asks (`person.get-many`, `affiliation.current.get-many`,
 * `segment.get-many`, `one-on-one.get`) on the test file's namespace, for the people and one-on-ones a test declares, the
 * way membership does (unknown ids left out or NOT_FOUND), so listening's own tests need not boot
 * membership. The gateway's e2e tests cover the same paths against the real membership service.
 */
export class MembershipStandIn {
  private readonly people = new Map<string, StoredPerson>();
  private readonly oneOnOnes = new Map<string, OneOnOneDto>();
  private readonly segments = new Set<string>();
  private readonly subscriptions: Array<{ unsubscribe(): void }> = [];

  private constructor(
    private readonly rpc: RawRpc,
    private readonly namespace: string,
  ) {}

  static start(rpc: RawRpc, namespace = process.env.NATS_NAMESPACE ?? ''): MembershipStandIn {
    const standIn = new MembershipStandIn(rpc, namespace);
    standIn.answer<{ ids: string[] }>('membership.person.get-many', (tenantId, { ids }) =>
      ids.flatMap((id) => {
        const person = standIn.people.get(`${tenantId}/${id}`);
        return person ? [{ id, archivedAt: person.archivedAt }] : [];
      }),
    );
    standIn.answer<{ ids: string[] }>('membership.affiliation.current.get-many', (tenantId, { ids }) =>
      ids.map((personId) => ({
        personId,
        organizationIds: standIn.people.get(`${tenantId}/${personId}`)?.organizationIds ?? [],
      })),
    );
    standIn.answer<{ ids: string[] }>('membership.segment.get-many', (tenantId, { ids }) =>
      ids
        .filter((id) => standIn.segments.has(`${tenantId}/${id}`))
        .map((id) => ({
          id,
          name: 'Segment',
          description: '',
          filter: {},
          createdBy: null,
          createdAt: '2026-01-01T00:00:00.000Z',
          updatedAt: '2026-01-01T00:00:00.000Z',
        })),
    );
    standIn.answer<{ id: string }>('membership.one-on-one.get', (tenantId, { id }) => {
      const oneOnOne = standIn.oneOnOnes.get(`${tenantId}/${id}`);
      if (!oneOnOne) return { error: { code: 'NOT_FOUND', message: `one-on-one ${id} was not found` } };
      return oneOnOne;
    });
    return standIn;
  }

  addPerson(tenantId: string, personId: string, archived = false, organizationIds: string[] = []): void {
    this.people.set(`${tenantId}/${personId}`, {
      archivedAt: archived ? new Date().toISOString() : null,
      organizationIds,
    });
  }

  /** Membership's current affiliations of the person change (later concerns see the new ones). */
  setOrganizations(tenantId: string, personId: string, organizationIds: string[]): void {
    this.people.get(`${tenantId}/${personId}`)!.organizationIds = organizationIds;
  }

  addSegment(tenantId: string, segmentId: string): void {
    this.segments.add(`${tenantId}/${segmentId}`);
  }

  setOneOnOne(tenantId: string, oneOnOne: OneOnOneDto): void {
    this.oneOnOnes.set(`${tenantId}/${oneOnOne.id}`, oneOnOne);
  }

  removeOneOnOne(tenantId: string, id: string): void {
    this.oneOnOnes.delete(`${tenantId}/${id}`);
  }

  async close(): Promise<void> {
    for (const subscription of this.subscriptions) subscription.unsubscribe();
  }

  /** Replies `{ ok: true, data }`, or `{ ok: false, error }` when the handler returns `{ error }`. */
  private answer<B>(subject: string, reply: (tenantId: string, body: B) => unknown): void {
    const full = this.namespace ? `${this.namespace}.${subject}` : subject;
    const subscription = this.rpc.connection.subscribe(full, { queue: 'membership' });
    this.subscriptions.push(subscription);
    void (async () => {
      for await (const message of subscription) {
        const result = reply(message.headers?.get('x-tenant-id') ?? '', message.json<B>());
        const failed = typeof result === 'object' && result !== null && 'error' in result;
        message.respond(JSON.stringify(failed ? { ok: false, ...result } : { ok: true, data: result }));
      }
    })();
  }
}
