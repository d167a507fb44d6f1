/** One coder's coding of one concern to one theme. */
export interface Coding {
  concernId: string;
  themeId: string;
  coderId: string;
  codedAt: Date;
}

/** What one coder gave one concern: the themes (possibly none, which is a decision too). */
export interface Review {
  concernId: string;
  coderId: string;
  themeIds: string[];
}
