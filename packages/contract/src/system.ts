import { z } from 'zod';
import { defineRoute } from './route';

export const healthResponseSchema = z.object({
  status: z.literal('ok'),
  version: z.string(),
  database: z.object({ kind: z.enum(['pglite', 'postgres']), answers: z.boolean() }),
});
export type HealthResponse = z.infer<typeof healthResponseSchema>;

export const systemRoutes = {
  health: defineRoute({
    name: 'getHealth',
    method: 'GET',
    path: '/api/health',
    summary: 'Is the server up, and which database does it use',
    tags: ['system'],
    permission: 'public',
    response: healthResponseSchema,
  }),
};

/** Where the API describes itself: the OpenAPI document and its reference pages (Swagger UI). */
export const apiDescriptionPaths = {
  openApi: '/api/openapi.json',
  docs: '/api/docs',
} as const;
