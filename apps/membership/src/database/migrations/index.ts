import type { MigrationInterface } from 'typeorm';
import { Accounts1700000000000 } from './1700000000000-accounts';
import { People1700000000001 } from './1700000000001-people';
import { PersonProfile1700000000100 } from './1700000000100-person-profile';
import { Organizations1700000000200 } from './1700000000200-organizations';
import { Relationships1700000000201 } from './1700000000201-relationships';
import { Ladder1700000000300 } from './1700000000300-ladder';
import { Consent1700000000301 } from './1700000000301-consent';
import { Tags1700000000302 } from './1700000000302-tags';
import { Imports1700000000400 } from './1700000000400-imports';
import { PeopleStatistics1700000000401 } from './1700000000401-people-statistics';
import { Search1700000000500 } from './1700000000500-search';
import { Segments1700000000501 } from './1700000000501-segments';
import { AuditLog1700000000600 } from './1700000000600-audit-log';
import { Duplicates1700000000700 } from './1700000000700-duplicates';
import { DuplicateNameSounds1700000000701 } from './1700000000701-duplicate-name-sounds';
import { TableStatistics1700000000810 } from './1700000000810-table-statistics';
import { MembershipServiceRole1700000000900 } from './1700000000900-service-role';
import { SignUpSeedTenant1700000000901 } from './1700000000901-sign-up-seed-tenant';
import { ListPageIndexes1700000000902 } from './1700000000902-list-page-indexes';
import { IdempotencyKeys1700000000960 } from './1700000000960-idempotency-keys';
import { ForgivingImports1700000000970 } from './1700000000970-forgiving-imports';

/** Every membership migration, oldest first. New migrations are appended. */
export const membershipMigrations: Array<new () => MigrationInterface> = [
  Accounts1700000000000,
  People1700000000001,
  PersonProfile1700000000100,
  Organizations1700000000200,
  Relationships1700000000201,
  Ladder1700000000300,
  Consent1700000000301,
  Tags1700000000302,
  Imports1700000000400,
  PeopleStatistics1700000000401,
  Search1700000000500,
  Segments1700000000501,
  AuditLog1700000000600,
  Duplicates1700000000700,
  DuplicateNameSounds1700000000701,
  TableStatistics1700000000810,
  MembershipServiceRole1700000000900,
  SignUpSeedTenant1700000000901,
  ListPageIndexes1700000000902,
  IdempotencyKeys1700000000960,
  ForgivingImports1700000000970,
];
