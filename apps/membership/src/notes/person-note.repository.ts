import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { TenantContext } from '@groundwork/service-kit';
import type { TimeCursor } from '../timeline/time-cursor';
import type { PersonNote } from './person-note';

interface NoteRow {
  tenant_id: string;
  id: string;
  person_id: string;
  author_id: string | null;
  body: string;
  created_at: Date;
  edited_at: Date | null;
}

/** Notes on people of the tenant in context; pages use `person_notes_timeline`. */
@Injectable()
export class PersonNoteRepository {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: TenantContext,
  ) {}

  async insert(note: PersonNote): Promise<void> {
    await this.txHost.tx.query(
      `INSERT INTO membership.person_notes (tenant_id, id, person_id, author_id, body, created_at, edited_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [note.tenantId, note.id, note.personId, note.authorId, note.body, note.createdAt, note.editedAt],
    );
  }

  async findForUpdate(id: string): Promise<PersonNote | null> {
    const rows: NoteRow[] = await this.txHost.tx.query(
      `SELECT * FROM membership.person_notes WHERE tenant_id = $1 AND id = $2 FOR UPDATE`,
      [this.context.tenantId(), id],
    );
    return rows[0] ? toNote(rows[0]) : null;
  }

  async updateBody(note: PersonNote): Promise<void> {
    await this.txHost.tx.query(
      `UPDATE membership.person_notes SET body = $3, edited_at = $4 WHERE tenant_id = $1 AND id = $2`,
      [note.tenantId, note.id, note.body, note.editedAt],
    );
  }

  /** Newest first; reads `limit` rows after the cursor. */
  async page(personId: string, limit: number, after?: TimeCursor): Promise<PersonNote[]> {
    const rows: NoteRow[] = after
      ? await this.txHost.tx.query(
          `SELECT * FROM membership.person_notes WHERE tenant_id = $1 AND person_id = $2
              AND (created_at, id) < ($4::timestamptz, $5::uuid)
            ORDER BY created_at DESC, id DESC LIMIT $3`,
          [this.context.tenantId(), personId, limit, after.at, after.id],
        )
      : await this.txHost.tx.query(
          `SELECT * FROM membership.person_notes WHERE tenant_id = $1 AND person_id = $2
            ORDER BY created_at DESC, id DESC LIMIT $3`,
          [this.context.tenantId(), personId, limit],
        );
    return rows.map(toNote);
  }

  async count(personId: string): Promise<number> {
    const [row] = await this.txHost.tx.query<Array<{ count: number }>>(
      `SELECT count(*)::int AS count FROM membership.person_notes WHERE tenant_id = $1 AND person_id = $2`,
      [this.context.tenantId(), personId],
    );
    return row?.count ?? 0;
  }
}

function toNote(row: NoteRow): PersonNote {
  return {
    tenantId: row.tenant_id,
    id: row.id,
    personId: row.person_id,
    authorId: row.author_id,
    body: row.body,
    createdAt: row.created_at,
    editedAt: row.edited_at,
  };
}
