import { z } from 'zod';

/** A user's role in one coalition, highest first. */
export const Role = z.enum(['OWNER', 'ADMIN', 'ORGANIZER', 'VIEWER']);
export type Role = z.infer<typeof Role>;

export const ApiTokenScope = z.enum(['READ', 'WRITE']);
export type ApiTokenScope = z.infer<typeof ApiTokenScope>;
