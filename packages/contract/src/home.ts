/** The home page's figures, chosen by role: counts only. */
import { z } from 'zod';
import { organisationRefSchema, roleSchema } from './auth';
import { defineRoute } from './route';

export const homeTileSchema = z.object({ key: z.string(), count: z.number().int() });
export const homeResponseSchema = z.object({
  organisation: organisationRefSchema,
  role: roleSchema,
  tiles: z.array(homeTileSchema),
});
export type HomeResponse = z.infer<typeof homeResponseSchema>;

export const homeRoutes = {
  read: defineRoute({
    name: 'getHome',
    method: 'GET',
    path: '/api/home',
    summary: 'Figures for the signed-in user’s home page',
    tags: ['home'],
    permission: null,
    audit: null,
    shape: 'collection',
    response: homeResponseSchema,
  }),
};
