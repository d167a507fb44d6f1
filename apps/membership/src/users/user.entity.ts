import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A platform account; it belongs to coalitions through memberships. */
@Entity({ name: 'users' })
export class UserEntity {
  @PrimaryColumn('uuid')
  id!: string;

  /** Always lower case. */
  @Column('text')
  email!: string;

  @Column('text')
  name!: string;

  /** argon2id, in the PHC string format. */
  @Column({ type: 'text', name: 'password_hash' })
  passwordHash!: string;

  @Column({ type: 'timestamptz', name: 'created_at', default: () => 'now()' })
  createdAt!: Date;
}
