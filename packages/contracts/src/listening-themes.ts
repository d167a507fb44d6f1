import { z } from 'zod';
import { isoDateTime, plainText, uuid } from './fields';
import { longText } from './membership-organizations';
import { rpc } from './rpc';

// Themes in a tree, coding concerns to them by several coders, agreement, suggestions and counts
// (issue 9, section 4).

/** Themes a coalition keeps; a list of them is read whole (the coding board shows the tree). */
export const MAX_THEMES = 1000;
/** Themes one coder gives one concern. */
export const MAX_THEMES_PER_CODING = 20;
export const MAX_SUGGESTIONS = 10;

export const ThemeDto = z.object({
  id: uuid(),
  name: z.string(),
  description: z.string().nullable(),
  /** The theme this one is a sub-theme of; null at the top of the tree. */
  parentId: uuid().nullable(),
  createdAt: isoDateTime(),
});
export type ThemeDto = z.infer<typeof ThemeDto>;

export const CodingDto = z.object({
  concernId: uuid(),
  themeId: uuid(),
  /** The user who coded it. */
  coderId: z.string(),
  codedAt: isoDateTime(),
});
export type CodingDto = z.infer<typeof CodingDto>;

export const CoderPairAgreementDto = z.object({
  coderA: z.string(),
  coderB: z.string(),
  /** Concerns both coders coded. */
  concerns: z.number().int(),
  /** Cohen's kappa of the two coders' yes/no decisions on this theme; null when it is undefined (both always agreed on one answer). */
  kappa: z.number().nullable(),
  /** Share of those concerns on which they decided alike. */
  observedAgreement: z.number(),
});
export type CoderPairAgreementDto = z.infer<typeof CoderPairAgreementDto>;

export const ThemeAgreementDto = z.object({
  themeId: uuid(),
  /** The mean of the pairs' kappas (Light's kappa); null without a pair that defines one. */
  kappa: z.number().nullable(),
  pairs: z.array(CoderPairAgreementDto),
});
export type ThemeAgreementDto = z.infer<typeof ThemeAgreementDto>;

export const ThemeSuggestionDto = z.object({
  themeId: uuid(),
  /** Relative weight among the suggestions (0..1, the best is 1). */
  score: z.number(),
});
export type ThemeSuggestionDto = z.infer<typeof ThemeSuggestionDto>;

export const SuggestionStatsDto = z.object({
  /** Suggestions made for concerns that have been coded since. */
  decided: z.number().int(),
  /** Of those, suggestions the concern was coded to. */
  accepted: z.number().int(),
  /** accepted / decided; null before any. */
  acceptanceRate: z.number().nullable(),
});
export type SuggestionStatsDto = z.infer<typeof SuggestionStatsDto>;

export const ThemeBreakdown = z.enum(['ORGANIZATION', 'AREA', 'LANGUAGE', 'CAMPAIGN']);
export type ThemeBreakdown = z.infer<typeof ThemeBreakdown>;

const counts = {
  concerns: z.number().int(),
  people: z.number().int(),
  organizations: z.number().int(),
  /** Mean depth of the concerns whose depth was judged; null without any. */
  averageDepth: z.number().nullable(),
};

export const ThemeCountsDto = z.object({
  themeId: uuid(),
  ...counts,
  /** One row per value of the breakdown asked for (null: not known); empty without one. */
  breakdown: z.array(z.object({ key: z.string().nullable(), ...counts })),
});
export type ThemeCountsDto = z.infer<typeof ThemeCountsDto>;

// ---- requests ------------------------------------------------------------------------------------

const themeIds = (max: number) =>
  z
    .array(uuid())
    .max(max, `must have at most ${max} themes`)
    .superRefine((ids, context) => {
      const seen = new Set<string>();
      ids.forEach((id, index) => {
        if (seen.has(id)) context.addIssue({ code: 'custom', path: [index], message: 'is named twice' });
        seen.add(id);
      });
    });

export const themesRpc = {
  'listening.theme.create': rpc({
    tenant: true,
    request: z.object({
      name: plainText(100),
      description: longText(2000).nullable().optional(),
      parentId: uuid().nullable().optional(),
    }),
    reply: ThemeDto,
  }),
  /** Renames or moves a theme; `parentId: null` moves it to the top. A theme never goes under itself or its sub-themes. */
  'listening.theme.update': rpc({
    tenant: true,
    request: z.object({
      id: uuid(),
      name: plainText(100).optional(),
      description: longText(2000).nullable().optional(),
      parentId: uuid().nullable().optional(),
    }),
    reply: ThemeDto,
  }),
  /** Every theme of the coalition, parents before their sub-themes, by name. */
  'listening.theme.list': rpc({ tenant: true, request: z.object({}), reply: z.array(ThemeDto) }),
  /**
   * Merges `sourceIds` into `targetId`: their codings move to the target (a coder who coded a concern
   * to both keeps one coding), their sub-themes move under it, and the sources are removed.
   */
  'listening.theme.merge': rpc({
    tenant: true,
    request: z
      .object({
        targetId: uuid(),
        sourceIds: themeIds(50).refine((ids) => ids.length > 0, 'must not be empty'),
      })
      .refine((value) => !value.sourceIds.includes(value.targetId), {
        message: 'must not include targetId',
        path: ['sourceIds'],
      }),
    reply: ThemeDto,
  }),
  /**
   * Splits a theme: each part is a new theme beside it (same parent) that takes the codings of the
   * concerns listed; codings of concerns no part lists stay on the theme.
   */
  'listening.theme.split': rpc({
    tenant: true,
    request: z
      .object({
        id: uuid(),
        parts: z
          .array(
            z.object({
              name: plainText(100),
              description: longText(2000).nullable().optional(),
              concernIds: z.array(uuid()).min(1, 'must list at least one concern').max(5000),
            }),
          )
          .min(1, 'must have at least one part')
          .max(20, 'must have at most 20 parts'),
      })
      .superRefine((value, context) => {
        const seen = new Set<string>();
        value.parts.forEach((part, partIndex) =>
          part.concernIds.forEach((concernId, index) => {
            if (seen.has(concernId)) {
              context.addIssue({
                code: 'custom',
                path: ['parts', partIndex, 'concernIds', index],
                message: 'is already in another part',
              });
            }
            seen.add(concernId);
          }),
        );
      }),
    reply: z.array(ThemeDto),
  }),

  /**
   * The acting coder's themes for a concern, replacing what they gave it before (an empty list records
   * that they read it and found no theme). Other coders' codings are left as they are.
   */
  'listening.coding.set': rpc({
    tenant: true,
    request: z.object({ concernId: uuid(), themeIds: themeIds(MAX_THEMES_PER_CODING) }),
    reply: z.array(CodingDto),
  }),
  /** Every coding of these concerns, by every coder. */
  'listening.coding.list-by-concerns': rpc({
    tenant: true,
    request: z.object({ concernIds: z.array(uuid()).min(1).max(500) }),
    reply: z.array(CodingDto),
  }),
  /** Agreement between coders per theme (every theme, or those asked for). */
  'listening.coding.agreement': rpc({
    tenant: true,
    request: z.object({ themeIds: themeIds(MAX_THEMES).optional() }),
    reply: z.array(ThemeAgreementDto),
  }),

  /** Themes for a concern, learned from this coalition's coded concerns; each suggestion is recorded for the acceptance rate. */
  'listening.theme.suggest': rpc({
    tenant: true,
    request: z.object({
      concernId: uuid(),
      limit: z
        .number()
        .int()
        .min(1, 'must be at least 1')
        .max(MAX_SUGGESTIONS, `must be at most ${MAX_SUGGESTIONS}`)
        .default(3),
    }),
    reply: z.array(ThemeSuggestionDto),
  }),
  'listening.theme.suggestion-stats': rpc({ tenant: true, request: z.object({}), reply: SuggestionStatsDto }),

  /**
   * Per theme, counting the concerns coded to it or to any of its sub-themes (by any coder): concerns,
   * distinct speakers, distinct member organizations of speakers, average depth; optionally for one
   * campaign and broken down by one dimension.
   */
  'listening.theme.counts': rpc({
    tenant: true,
    request: z.object({ campaignId: uuid().optional(), breakdown: ThemeBreakdown.optional() }),
    reply: z.array(ThemeCountsDto),
  }),
} as const;
