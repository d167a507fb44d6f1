import { registerEnumType } from '@nestjs/graphql';
import {
  PersonSource as PersonSourceSchema,
  PersonStatus as PersonStatusSchema,
} from '@groundwork/contracts';

export const PersonStatus = PersonStatusSchema.enum;
export type PersonStatus = PersonStatusSchema;
registerEnumType(PersonStatus, {
  name: 'PersonStatus',
  description: 'ARCHIVED is set by archivePerson; updatePerson sets the others.',
});

export const PersonSource = PersonSourceSchema.enum;
export type PersonSource = PersonSourceSchema;
registerEnumType(PersonSource, {
  name: 'PersonSource',
  description: 'How the person came to the coalition.',
});
