import { LISTENING } from '@groundwork/contracts';
import { migrateCli } from '@groundwork/service-kit';
import { migrations } from './migrations';

migrateCli(module, { service: LISTENING, migrations });
