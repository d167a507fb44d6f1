import type { Role } from '@groundwork/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A user's role in one coalition. */
@Entity({ name: 'memberships' })
export class MembershipEntity {
  @PrimaryColumn({ type: 'uuid', name: 'tenant_id' })
  tenantId!: string;

  @PrimaryColumn({ type: 'uuid', name: 'user_id' })
  userId!: string;

  @Column('text')
  role!: Role;

  @Column({ type: 'timestamptz', name: 'joined_at', default: () => 'now()' })
  joinedAt!: Date;
}
