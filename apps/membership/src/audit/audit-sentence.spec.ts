import type { AuditEntryRow } from './audit-entry.repository';
import { describeAuditEntry, nameKey, referencedRecords, type AuditNames } from './audit-sentence';

const DANA = '00000000-0000-4000-8000-00000000000d';
const TOKEN = '00000000-0000-4000-8000-00000000000e';
const ZOE = '00000000-0000-4000-8000-000000000001';
const LEADER = '00000000-0000-4000-8000-000000000002';
const CHANGE = '00000000-0000-4000-8000-000000000003';

function row(
  action: string,
  details: Record<string, unknown>,
  overrides: Partial<AuditEntryRow> = {},
): AuditEntryRow {
  return {
    id: '00000000-0000-4000-8000-0000000000aa',
    action: `membership.${action}`,
    occurredAt: new Date('2026-03-01T10:00:00Z'),
    actorType: 'USER',
    actorId: DANA,
    personId: typeof details.personId === 'string' ? details.personId : null,
    correlationId: 'c',
    details,
    ...overrides,
  };
}

const names: AuditNames = new Map([
  [nameKey('user', DANA), 'Dana'],
  [nameKey('apiToken', TOKEN), 'Website signups'],
  [nameKey('person', ZOE), 'Zoë Martin'],
  [nameKey('level', LEADER), 'Leader'],
  [nameKey('levelChangeReason', CHANGE), 'hosted two house meetings'],
]);

describe('describeAuditEntry', () => {
  it('says who moved whom on the ladder, to which level and why, linking to the person', () => {
    const entry = row('ladder.level-changed', { personId: ZOE, changeId: CHANGE, toLevelId: LEADER });
    expect(describeAuditEntry(entry, names)).toEqual({
      summary: 'Dana moved Zoë Martin to Leader: hosted two house meetings',
      actorName: 'Dana',
      record: { type: 'PERSON', id: ZOE },
    });
  });

  it('names an API token by its name', () => {
    const entry = row('person.created', { personId: ZOE }, { actorType: 'API_TOKEN', actorId: TOKEN });
    expect(describeAuditEntry(entry, names).summary).toBe('API token “Website signups” added Zoë Martin');
  });

  it('writes changed fields as words and counts people', () => {
    expect(
      describeAuditEntry(
        row('person.updated', { personId: ZOE, changedFields: ['email', 'postalCode'] }),
        names,
      ).summary,
    ).toBe('Dana changed the email and postal code of Zoë Martin');
    expect(
      describeAuditEntry(row('tag.bulk-applied', { tag: 'Block captain', personIds: [ZOE, LEADER] }), names),
    ).toEqual({ summary: 'Dana tagged 2 people “Block captain”', actorName: 'Dana', record: null });
  });

  it('reads a record that is gone, and a change nobody made by hand, without inventing names', () => {
    const gone = '00000000-0000-4000-8000-0000000000ff';
    const entry = row(
      'consent.recorded',
      { personId: gone, channel: 'SMS', status: 'WITHDRAWN' },
      {
        actorType: 'SYSTEM',
        actorId: null,
      },
    );
    expect(describeAuditEntry(entry, names).summary).toBe(
      'Groundwork recorded that a person no longer on record withdrew consent to sms',
    );
  });

  it('lists every record a sentence needs, to read their names in one query per kind', () => {
    const entry = row('ladder.level-changed', { personId: ZOE, changeId: CHANGE, toLevelId: LEADER });
    expect(referencedRecords(entry)).toEqual(
      expect.arrayContaining([
        ['user', DANA],
        ['person', ZOE],
        ['level', LEADER],
        ['levelChangeReason', CHANGE],
      ]),
    );
  });
});
