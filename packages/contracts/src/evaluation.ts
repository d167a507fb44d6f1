import { z } from 'zod';
import { isoDateTime } from './fields';
import { rpc } from './rpc';

export const EVALUATION = 'evaluation';

export const TrendInterval = z.enum(['DAY', 'WEEK', 'MONTH']);
export type TrendInterval = z.infer<typeof TrendInterval>;

export const OverviewDto = z.object({ totalPeople: z.number().int(), joinedLast30Days: z.number().int() });
export type OverviewDto = z.infer<typeof OverviewDto>;

export const TrendPointDto = z.object({
  /** Start of the bucket (UTC). */
  at: isoDateTime(),
  /** People on the rolls at the end of the bucket. */
  total: z.number().int(),
  joined: z.number().int(),
  archived: z.number().int(),
});
export type TrendPointDto = z.infer<typeof TrendPointDto>;

/** A trend covers at most this many buckets, so a request cannot ask for millions of rows. */
export const MAX_TREND_POINTS = 400;

export const evaluationRpc = {
  'evaluation.overview.get': rpc({ tenant: true, request: z.object({}), reply: OverviewDto }),
  'evaluation.membership-trend.get': rpc({
    tenant: true,
    request: z
      .object({ from: isoDateTime(), to: isoDateTime(), interval: TrendInterval })
      .refine((r) => Date.parse(r.from) <= Date.parse(r.to), {
        message: 'must not be after to',
        path: ['from'],
      }),
    reply: z.array(TrendPointDto),
  }),
} as const;
export type EvaluationRpc = typeof evaluationRpc;
