import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { UserEntity } from './user.entity';

/**
 * Platform users. Inside a tenant only its members are visible; finding by email across coalitions
 * and inserting happen on the sign-up, login and accept-invitation paths (see the users policies).
 */
@Injectable()
export class UserRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  findByEmail(email: string): Promise<UserEntity | null> {
    return this.txHost.tx.getRepository(UserEntity).findOneBy({ email });
  }

  /** Inserts the user unless the email was registered meanwhile; returns whether it did. */
  async insertUnlessEmailTaken(user: UserEntity): Promise<boolean> {
    const rows: unknown[] = await this.txHost.tx.query(
      `INSERT INTO membership.users (id, email, name, password_hash, created_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (email) DO NOTHING RETURNING id`,
      [user.id, user.email, user.name, user.passwordHash, user.createdAt],
    );
    return rows.length > 0;
  }
}
