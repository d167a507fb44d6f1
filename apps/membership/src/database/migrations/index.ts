import type { MigrationInterface } from 'typeorm';
import { Accounts1700000000000 } from './1700000000000-accounts';
import { People1700000000001 } from './1700000000001-people';

/** Every membership migration, oldest first. New migrations are appended. */
export const membershipMigrations: Array<new () => MigrationInterface> = [
  Accounts1700000000000,
  People1700000000001,
];
