// Compiled by `npm run typecheck` only (nothing imports it): each @ts-expect-error fails the
// typecheck if the list it marks were accepted.
import { enumOptions, enumValues } from './enum-values';

type Colour = 'RED' | 'GREEN' | 'BLUE';

export const complete: Colour[] = enumValues<Colour>()(['BLUE', 'RED', 'GREEN']);
// @ts-expect-error GREEN is missing
export const missing = enumValues<Colour>()(['BLUE', 'RED']);
// @ts-expect-error PINK is not a Colour
export const unknown = enumValues<Colour>()(['BLUE', 'RED', 'GREEN', 'PINK']);

export const options = enumOptions<Colour>()([
  { value: 'RED', label: 'Red' },
  { value: 'GREEN', label: 'Green' },
  { value: 'BLUE', label: 'Blue' },
]);
export const label: string = options[0]!.label;
// @ts-expect-error BLUE has no option
export const missingOption = enumOptions<Colour>()([
  { value: 'RED', label: 'Red' },
  { value: 'GREEN', label: 'Green' },
]);
