/** A theme of the tenant in context; `parentId` places it in the tree. */
export interface Theme {
  id: string;
  name: string;
  description: string | null;
  parentId: string | null;
  createdAt: Date;
}
