import { EVALUATION } from '@groundwork/contracts';
import { migrateCli } from '@groundwork/service-kit';
import { migrations } from './migrations';

migrateCli(module, { service: EVALUATION, migrations });
