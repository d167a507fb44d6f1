import { MEMBERSHIP } from '@groundwork/contracts';
import { migrateCli } from '@groundwork/service-kit';
import { membershipMigrations } from './migrations';

migrateCli(module, { service: MEMBERSHIP, migrations: membershipMigrations });
