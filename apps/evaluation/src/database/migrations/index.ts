import { MembershipProjection1795223259004 } from './1795223259004-membership-projection';
import { ImportJoins1795223259100 } from './1795223259100-import-joins';
import { TableStatistics1795223259200 } from './1795223259200-table-statistics';
import { EvaluationServiceRole1795223259900 } from './1795223259900-service-role';

/** Every evaluation migration, oldest first. */
export const migrations = [
  MembershipProjection1795223259004,
  ImportJoins1795223259100,
  TableStatistics1795223259200,
  EvaluationServiceRole1795223259900,
];
