import type { RawRpc } from '@groundwork/testing';

/**
 * Answers `membership.person.get-many` on the test file's namespace for the people a test declares,
 * the way membership does (unknown ids left out), so listening's own tests need not boot membership.
 * The gateway's e2e tests cover the same path against the real membership service.
 */
export class MembershipStandIn {
  private readonly people = new Map<string, { archivedAt: string | null }>();

  private constructor(private readonly stop: () => Promise<void>) {}

  static start(rpc: RawRpc, namespace = process.env.NATS_NAMESPACE ?? ''): MembershipStandIn {
    const subject = namespace ? `${namespace}.membership.person.get-many` : 'membership.person.get-many';
    const subscription = rpc.connection.subscribe(subject, { queue: 'membership' });
    const standIn = new MembershipStandIn(async () => subscription.unsubscribe());
    void (async () => {
      for await (const message of subscription) {
        const tenantId = message.headers?.get('x-tenant-id') ?? '';
        const { ids } = message.json<{ ids: string[] }>();
        const data = ids.flatMap((id) => {
          const person = standIn.people.get(`${tenantId}/${id}`);
          return person ? [{ id, archivedAt: person.archivedAt }] : [];
        });
        message.respond(JSON.stringify({ ok: true, data }));
      }
    })();
    return standIn;
  }

  addPerson(tenantId: string, personId: string, archived = false): void {
    this.people.set(`${tenantId}/${personId}`, { archivedAt: archived ? new Date().toISOString() : null });
  }

  close(): Promise<void> {
    return this.stop();
  }
}
