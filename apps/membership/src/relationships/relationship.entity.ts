import { isDirectedRelationship, type RelationshipType } from '@groundwork/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A typed link between two people of one coalition. Undirected types are stored with the smaller
 * id as `fromPersonId`, so one link has one row whichever side it was entered from.
 */
@Entity({ name: 'relationships' })
export class RelationshipEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  type!: RelationshipType;

  @Column({ name: 'from_person_id', type: 'uuid' })
  fromPersonId!: string;

  @Column({ name: 'to_person_id', type: 'uuid' })
  toPersonId!: string;

  @Column({ type: 'text', nullable: true })
  notes!: string | null;

  @Column({ name: 'started_on', type: 'date', nullable: true })
  startedOn!: string | null;

  @Column({ name: 'ended_on', type: 'date', nullable: true })
  endedOn!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  static create(fields: Omit<RelationshipEntity, 'createdAt' | 'directed'>, now: Date): RelationshipEntity {
    const [fromPersonId, toPersonId] =
      isDirectedRelationship(fields.type) || fields.fromPersonId < fields.toPersonId
        ? [fields.fromPersonId, fields.toPersonId]
        : [fields.toPersonId, fields.fromPersonId];
    return Object.assign(new RelationshipEntity(), { ...fields, fromPersonId, toPersonId, createdAt: now });
  }

  get directed(): boolean {
    return isDirectedRelationship(this.type);
  }
}
