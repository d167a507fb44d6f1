import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A coalition is the tenant: its id is the tenant id every tenant row carries. */
@Entity({ name: 'coalitions' })
export class CoalitionEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text')
  name!: string;

  @Column('text')
  slug!: string;

  @Column({ type: 'timestamptz', name: 'created_at', default: () => 'now()' })
  createdAt!: Date;
}
