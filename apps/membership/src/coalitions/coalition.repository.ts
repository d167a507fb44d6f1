import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { CoalitionEntity } from './coalition.entity';

@Injectable()
export class CoalitionRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  findById(id: string): Promise<CoalitionEntity | null> {
    return this.txHost.tx.getRepository(CoalitionEntity).findOneBy({ id });
  }

  /** Login: the policy admits this read across tenants only for the login and sign-up paths. */
  findBySlug(slug: string): Promise<CoalitionEntity | null> {
    return this.txHost.tx.getRepository(CoalitionEntity).findOneBy({ slug });
  }

  /** Slugs equal to `base` or `base-<anything>`; sign-up picks the first free suffix. */
  async slugsStartingWith(base: string): Promise<Set<string>> {
    const rows: Array<{ slug: string }> = await this.txHost.tx.query(
      `SELECT slug FROM membership.coalitions WHERE slug = $1 OR slug LIKE $2`,
      [base, `${base}-%`],
    );
    return new Set(rows.map((row) => row.slug));
  }

  /** Inserts the coalition unless another took its slug meanwhile; returns whether it did. */
  async insertUnlessSlugTaken(coalition: CoalitionEntity): Promise<boolean> {
    const rows: unknown[] = await this.txHost.tx.query(
      `INSERT INTO membership.coalitions (id, name, slug, created_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (slug) DO NOTHING RETURNING id`,
      [coalition.id, coalition.name, coalition.slug, coalition.createdAt],
    );
    return rows.length > 0;
  }
}
