import type { TagDto, TagGroupDto } from '@groundwork/contracts';

export interface TagGroupRow {
  id: string;
  name: string;
  description: string;
  created_at: Date;
}

export interface TagRow {
  id: string;
  name: string;
  group_id: string | null;
  colour: string | null;
  description: string;
  created_at: Date;
  updated_at: Date;
}

export const toTagGroupDto = (row: TagGroupRow): TagGroupDto => ({
  id: row.id,
  name: row.name,
  description: row.description,
  createdAt: row.created_at.toISOString(),
});

export const toTagDto = (row: TagRow): TagDto => ({
  id: row.id,
  name: row.name,
  groupId: row.group_id,
  colour: row.colour,
  description: row.description,
  createdAt: row.created_at.toISOString(),
  updatedAt: row.updated_at.toISOString(),
});
