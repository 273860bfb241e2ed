import { z } from 'zod';

export const healthResponseSchema = z.object({
  status: z.literal('ok'),
  version: z.string(),
  database: z.object({ kind: z.enum(['pglite', 'postgres']), location: z.string() }),
});
export type HealthResponse = z.infer<typeof healthResponseSchema>;
