import type { ConsentChannel, ConsentStatus, PersonDto } from '@groundwork/contracts';
import { eventually } from '@groundwork/testing';
import { Client } from 'pg';
import { ConsentFilter } from '../../src/consent/consent-filter';
import { signUp, type Member } from '../support/accounts-fixtures';
import { useMembershipHarness } from '../support/membership-harness';
import { readMembershipEvents } from '../support/people-fixtures';

describe('leadership development and consent', () => {
  const harness = useMembershipHarness();
  let a: Member;
  let ada: PersonDto;

  beforeEach(async () => {
    a = await signUp(harness.rpc, 'Leadership');
    ada = await harness.rpc.ok('membership.person.create', { firstName: 'Ada', lastName: 'Lead' }, a.as);
  });

  const profile = async (personId: string) =>
    (await harness.rpc.ok('membership.leadership.profile.get-many', { ids: [personId] }, a.as))[0]!;

  it('records trainings, skills and roles with dates, and emits role events', async () => {
    const training = await harness.rpc.ok(
      'membership.leadership.training.record',
      {
        personId: ada.id,
        name: 'One-on-one training',
        provider: 'Midwest Academy',
        attendedOn: '2026-02-10',
      },
      a.as,
    );
    expect(training).toMatchObject({
      attendedOn: '2026-02-10',
      provider: 'Midwest Academy',
      recordedBy: a.userId,
    });
    expect(
      await harness.rpc.ok(
        'membership.leadership.skills.set',
        { personId: ada.id, skills: ['Public speaking', 'Facilitation', 'Facilitation'] },
        a.as,
      ),
    ).toEqual(['Facilitation', 'Public speaking']);
    expect(
      await harness.rpc.ok(
        'membership.leadership.skills.set',
        { personId: ada.id, skills: ['Translation'] },
        a.as,
      ),
    ).toEqual(['Translation']);

    const chair = await harness.rpc.ok(
      'membership.leadership.role.assign',
      { personId: ada.id, role: 'Committee chair', startedOn: '2025-09-01' },
      a.as,
    );
    const ended = await harness.rpc.ok(
      'membership.leadership.role.end',
      { id: chair.id, endedOn: '2026-03-01' },
      a.as,
    );
    expect(ended).toMatchObject({ role: 'Committee chair', startedOn: '2025-09-01', endedOn: '2026-03-01' });
    expect(
      await harness.rpc.error(
        'membership.leadership.role.end',
        { id: chair.id, endedOn: '2026-04-01' },
        a.as,
      ),
    ).toMatchObject({ code: 'CONFLICT' });
    await harness.rpc.ok(
      'membership.leadership.role.assign',
      { personId: ada.id, role: 'Spokesperson', startedOn: '2026-03-02' },
      a.as,
    );

    const loaded = await profile(ada.id);
    expect(loaded.trainings.map((t) => t.name)).toEqual(['One-on-one training']);
    expect(loaded.skills).toEqual(['Translation']);
    expect(loaded.roles.map((r) => [r.role, r.endedOn])).toEqual([
      ['Spokesperson', null],
      ['Committee chair', '2026-03-01'],
    ]);
    expect(await harness.rpc.ok('membership.leadership.role-names.list', {}, a.as)).toEqual([
      'Committee chair',
      'Spokesperson',
    ]);

    await eventually(async () => {
      const types = (await readMembershipEvents(harness.rpc.connection))
        .filter(
          (e) => e.envelope.tenantId === a.tenantId && e.envelope.type.startsWith('membership.leadership.'),
        )
        .map((e) => e.envelope.type);
      expect(types).toEqual([
        'membership.leadership.role-assigned',
        'membership.leadership.role-ended',
        'membership.leadership.role-assigned',
      ]);
    });
  });

  it('refuses bad leadership input and writes nothing', async () => {
    for (const [subject, body, field] of [
      [
        'membership.leadership.training.record',
        { personId: ada.id, name: 'x', attendedOn: '2026-02-30' },
        'attendedOn',
      ],
      [
        'membership.leadership.training.record',
        { personId: ada.id, name: 'x'.repeat(201), attendedOn: '2026-02-01' },
        'name',
      ],
      ['membership.leadership.skills.set', { personId: ada.id, skills: 'Speaking' }, 'skills'],
      ['membership.leadership.skills.set', { personId: ada.id, skills: ['<b>bold</b>'] }, 'skills.0'],
      [
        'membership.leadership.role.assign',
        { personId: ada.id, role: 'Chair', startedOn: '2026-02-01', endedOn: '2026-01-01' },
        'endedOn',
      ],
      [
        'membership.leadership.role.assign',
        { personId: 'nope', role: 'Chair', startedOn: '2026-02-01' },
        'personId',
      ],
    ] as const) {
      expect(await harness.rpc.error(subject, body, a.as)).toMatchObject({
        code: 'BAD_USER_INPUT',
        details: { field },
      });
    }
    expect(await profile(ada.id)).toEqual({ personId: ada.id, trainings: [], skills: [], roles: [] });
  });

  it('keeps append-only consent history and the latest record per channel as current', async () => {
    const record = (channel: ConsentChannel, status: ConsentStatus, extra: Record<string, unknown> = {}) =>
      harness.rpc.ok(
        'membership.consent.record',
        {
          personId: ada.id,
          channel,
          status,
          source: 'Door knock',
          wording: 'May we text you\nabout meetings?',
          ...extra,
        },
        a.as,
      );
    await record('SMS', 'GRANTED');
    await record('SMS', 'WITHDRAWN');
    await record('EMAIL', 'GRANTED');
    // Entered later from a paper form signed earlier: history order, not entry order, decides.
    await record('EMAIL', 'WITHDRAWN', {
      recordedAt: new Date(Date.now() - 86_400_000).toISOString(),
      source: 'Paper form',
    });

    const [current] = await harness.rpc.ok('membership.consent.current.get-many', { ids: [ada.id] }, a.as);
    expect(current!.current.map((c) => [c.channel, c.status])).toEqual([
      ['EMAIL', 'GRANTED'],
      ['SMS', 'WITHDRAWN'],
    ]);
    const history = await harness.rpc.ok('membership.consent.history.list', { personId: ada.id }, a.as);
    expect(history.totalCount).toBe(4);
    expect(history.items[0]).toMatchObject({
      channel: 'EMAIL',
      status: 'GRANTED',
      recordedBy: a.userId,
      wording: 'May we text you\nabout meetings?',
    });
    const sms = await harness.rpc.ok(
      'membership.consent.history.list',
      { personId: ada.id, channel: 'SMS', first: 1 },
      a.as,
    );
    expect(sms).toMatchObject({ totalCount: 2, hasNextPage: true, items: [{ status: 'WITHDRAWN' }] });

    await eventually(async () => {
      const events = (await readMembershipEvents(harness.rpc.connection)).filter(
        (e) => e.envelope.tenantId === a.tenantId && e.envelope.type === 'membership.consent.recorded',
      );
      expect(events).toHaveLength(4);
    });
  });

  it('gives the runtime role no way to rewrite consent history or the current consent', async () => {
    await harness.rpc.ok(
      'membership.consent.record',
      { personId: ada.id, channel: 'EMAIL', status: 'WITHDRAWN', source: 'Call', wording: '' },
      a.as,
    );
    const runtime = new Client({ connectionString: process.env.MEMBERSHIP_DATABASE_URL });
    await runtime.connect();
    try {
      for (const statement of [
        `UPDATE membership.consent_records SET status = 'GRANTED'`,
        `DELETE FROM membership.consent_records`,
        `UPDATE membership.person_consents SET status = 'GRANTED'`,
        `INSERT INTO membership.person_consents (tenant_id, person_id, channel, status, record_id, recorded_at, seq)
         VALUES ('${a.tenantId}', '${ada.id}', 'SMS', 'GRANTED', gen_random_uuid(), now(), 0)`,
      ]) {
        await runtime.query('BEGIN');
        await runtime.query(`select set_config('app.tenant_id', $1, true)`, [a.tenantId]);
        await expect(runtime.query(statement)).rejects.toThrow(/permission denied/);
        await runtime.query('ROLLBACK');
      }
    } finally {
      await runtime.end();
    }
    const [current] = await harness.rpc.ok('membership.consent.current.get-many', { ids: [ada.id] }, a.as);
    expect(current!.current.map((c) => [c.channel, c.status])).toEqual([['EMAIL', 'WITHDRAWN']]);
  });

  it('ConsentFilter keeps only people whose latest record for the channel is GRANTED', async () => {
    const person = (firstName: string) =>
      harness.rpc.ok('membership.person.create', { firstName, lastName: 'Filter' }, a.as);
    const [granted, withdrawn, regranted, never, otherChannel] = [
      ada,
      await person('Wes'),
      await person('Rae'),
      await person('Nev'),
      await person('Oto'),
    ];
    const consent = (personId: string, channel: ConsentChannel, status: ConsentStatus) =>
      harness.rpc.ok(
        'membership.consent.record',
        { personId, channel, status, source: 'Form', wording: 'Email me' },
        a.as,
      );
    await consent(granted.id, 'EMAIL', 'GRANTED');
    await consent(withdrawn.id, 'EMAIL', 'GRANTED');
    await consent(withdrawn.id, 'EMAIL', 'WITHDRAWN');
    await consent(regranted.id, 'EMAIL', 'WITHDRAWN');
    await consent(regranted.id, 'EMAIL', 'GRANTED');
    await consent(otherChannel.id, 'SMS', 'GRANTED');

    const b = await signUp(harness.rpc, 'Filter B');
    const ofB = await harness.rpc.ok(
      'membership.person.create',
      { firstName: 'Bea', lastName: 'Filter' },
      b.as,
    );
    await harness.rpc.ok(
      'membership.consent.record',
      { personId: ofB.id, channel: 'EMAIL', status: 'GRANTED', source: 'Form', wording: '' },
      b.as,
    );

    const consenting = async (tenant: Member, channel: 'EMAIL' | 'SMS') =>
      (
        await harness.sql.query<{ id: string }>(
          tenant.tenantId,
          `SELECT p.id FROM membership.people p WHERE p.tenant_id = $1 AND ${ConsentFilter.sql('p', channel)} ORDER BY p.id`,
          [tenant.tenantId],
        )
      ).map((row) => row.id);
    expect(await consenting(a, 'EMAIL')).toEqual([granted.id, regranted.id].sort());
    expect(await consenting(a, 'SMS')).toEqual([otherChannel.id]);
    expect(await consenting(b, 'EMAIL')).toEqual([ofB.id]);
    expect(await consenting(a, 'EMAIL')).not.toContain(never.id);
  });

  it('refuses bad consent input and writes nothing', async () => {
    const base = { personId: ada.id, channel: 'EMAIL', status: 'GRANTED', source: 'Form', wording: 'ok' };
    for (const [field, value] of [
      ['channel', 'PIGEON'],
      ['status', 'MAYBE'],
      ['source', ''],
      ['source', 'x'.repeat(201)],
      ['wording', 'x'.repeat(5001)],
      ['wording', 'bell\u0007'],
      ['recordedAt', '2999-01-01T00:00:00Z'],
      ['recordedAt', 'yesterday'],
      ['personId', 42],
    ] as const) {
      expect(
        await harness.rpc.error('membership.consent.record', { ...base, [field]: value }, a.as),
      ).toMatchObject({
        code: 'BAD_USER_INPUT',
        details: { field },
      });
    }
    expect(await harness.sql.query(a.tenantId, `SELECT 1 FROM membership.consent_records`)).toEqual([]);
  });
});
