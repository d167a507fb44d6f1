import { z } from 'zod';
import { rpc } from './rpc';

export const HealthDto = z.object({
  service: z.string(),
  status: z.enum(['ok', 'degraded']),
  checks: z.record(z.string(), z.object({ ok: z.boolean(), detail: z.string().optional() })),
});
export type HealthDto = z.infer<typeof HealthDto>;

export const healthSubject = (service: string) => `${service}.health` as const;

export const healthRpc = (service: string) =>
  ({ [healthSubject(service)]: rpc({ tenant: false, request: z.object({}), reply: HealthDto }) }) as const;
