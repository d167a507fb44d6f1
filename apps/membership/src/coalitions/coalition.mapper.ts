import type { CoalitionDto } from '@groundwork/contracts';
import type { CoalitionEntity } from './coalition.entity';

export function toCoalitionDto(coalition: CoalitionEntity): CoalitionDto {
  return {
    id: coalition.id,
    name: coalition.name,
    slug: coalition.slug,
    createdAt: coalition.createdAt.toISOString(),
  };
}
