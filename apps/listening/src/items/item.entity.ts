import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One item of one tenant: the aggregate the scaffold starts with (rename it to your first real one). */
@Entity({ name: 'items' })
export class ItemEntity {
  @PrimaryColumn('uuid', { name: 'tenant_id' })
  tenantId!: string;

  @PrimaryColumn('uuid')
  id!: string;

  @Column('text')
  name!: string;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;
}
