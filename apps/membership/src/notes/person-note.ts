/** A note an organizer wrote about a person. */
export interface PersonNote {
  tenantId: string;
  id: string;
  personId: string;
  /** The user who wrote it; null when an API token did. */
  authorId: string | null;
  body: string;
  createdAt: Date;
  editedAt: Date | null;
}
