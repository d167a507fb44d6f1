import { loadConfig } from '@groundwork/service-kit';
import { getCountries } from 'libphonenumber-js/max';
import { z } from 'zod';

const peopleEnvSchema = z.object({
  /** Region for phone numbers written without a country code, e.g. US or GB. */
  DEFAULT_PHONE_REGION: z
    .enum(getCountries(), { message: 'must be a region code like US or GB' })
    .default('US'),
});

export const loadPeopleConfig = () => loadConfig(peopleEnvSchema);
