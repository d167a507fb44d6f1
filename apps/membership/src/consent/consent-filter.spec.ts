import { ConsentFilter } from './consent-filter';

describe('ConsentFilter.sql', () => {
  it('names the alias and the channel', () => {
    const sql = ConsentFilter.sql('person', 'SMS');
    expect(sql).toContain('consent_filter.person_id = person.id');
    expect(sql).toContain(`consent_filter.channel = 'SMS'`);
  });

  it.each([`p; DROP TABLE x`, `P`, `p.id`, ``])('refuses the alias %j', (alias) => {
    expect(() => ConsentFilter.sql(alias, 'EMAIL')).toThrow(/not a table alias/);
  });

  it('refuses a channel outside the contract', () => {
    expect(() => ConsentFilter.sql('p', `EMAIL' OR '1'='1` as never)).toThrow();
  });
});
