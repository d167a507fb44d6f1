import type { MemberUserDto, UserDto } from '@groundwork/contracts';
import type { MemberUser } from './member-user';
import type { UserEntity } from './user.entity';

export function toUserDto(user: UserEntity | MemberUser): UserDto {
  return { id: user.id, name: user.name, email: user.email };
}

export function toMemberUserDto(member: MemberUser): MemberUserDto {
  return {
    id: member.id,
    name: member.name,
    email: member.email,
    role: member.role,
    joinedAt: member.joinedAt.toISOString(),
  };
}
