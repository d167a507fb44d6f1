import { ConsentChannel } from '@groundwork/contracts';

const SQL_ALIAS = /^[a-z_][a-z0-9_]*$/;

/**
 * The SQL every list the product produces (segments, exports, campaign audiences) uses to keep only
 * people who consent to a channel: their latest consent record for it says GRANTED. No record means
 * no consent.
 *
 * ```ts
 * const sql = `SELECT p.id FROM membership.people p WHERE p.tenant_id = $1 AND ${ConsentFilter.sql('p', 'EMAIL')}`;
 * ```
 *
 * It reads `person_consents` (the latest record per person and channel, kept by a trigger on the
 * append-only `consent_records`) with equality on its primary key, which stays an index probe or a
 * hash semi-join under row-level security. Both arguments are checked, never interpolated blindly.
 */
export const ConsentFilter = {
  sql(personAlias: string, channel: ConsentChannel): string {
    if (!SQL_ALIAS.test(personAlias))
      throw new Error(`ConsentFilter: ${JSON.stringify(personAlias)} is not a table alias`);
    const checked = ConsentChannel.parse(channel);
    return `EXISTS (SELECT 1 FROM membership.person_consents consent_filter
      WHERE consent_filter.tenant_id = ${personAlias}.tenant_id AND consent_filter.person_id = ${personAlias}.id
        AND consent_filter.channel = '${checked}' AND consent_filter.status = 'GRANTED')`;
  },
};
