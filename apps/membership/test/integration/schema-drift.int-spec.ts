import { describeEntityDrift } from '@groundwork/testing/harness';
import { membershipUnderTest } from '../support/membership-harness';

describeEntityDrift(membershipUnderTest);
