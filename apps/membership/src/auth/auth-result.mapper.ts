import type { AuthResultDto, Role } from '@groundwork/contracts';
import type { CoalitionEntity } from '../coalitions/coalition.entity';
import { toCoalitionDto } from '../coalitions/coalition.mapper';
import type { MemberUser } from '../users/member-user';
import { toUserDto } from '../users/user.mapper';
import type { UserEntity } from '../users/user.entity';

export function toAuthResult(
  user: UserEntity | MemberUser,
  coalition: CoalitionEntity,
  role: Role,
  session: AuthResultDto['session'],
): AuthResultDto {
  return { user: toUserDto(user), coalition: toCoalitionDto(coalition), role, session };
}
