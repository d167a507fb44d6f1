/** A concern heard in a conversation of the tenant in context. */
export interface Concern {
  id: string;
  conversationId: string;
  position: number;
  text: string;
  speakerId: string | null;
  speakerOrganizationIds: string[];
  depth: number | null;
  quotable: boolean;
  createdBy: string | null;
  createdAt: Date;
}
