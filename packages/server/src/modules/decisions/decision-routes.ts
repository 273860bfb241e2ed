/** Decisions (afgørelser), with every version kept, and the letter to the citizen. */
import type { FastifyInstance } from 'fastify';
import {
  createDecisionBodySchema,
  decisionLetterSchema,
  decisionListSchema,
  decisionSchema,
  decisionVersionSchema,
  idParamsSchema,
  updateDecisionBodySchema,
} from '@hjemvej/contract';
import { decisionsRoutes } from '@hjemvej/contract';
import type { Db } from '../../database/connection';
import { registerSecuredRoute } from '../../http/secured-route';
import { registerVersionRoutes } from '../versioning/version-routes';
import { readDecisionVersionContent } from './decision-queries';
import {
  createDecision,
  getDecision,
  getDecisionLetter,
  listDecisions,
  loadDecisionRef,
  updateDecision,
} from './decision-service';

export function registerDecisionRoutes(app: FastifyInstance, db: Db): void {
  registerSecuredRoute(app, db, {
    method: 'GET',
    url: '/api/citizens/:id/decisions',
    summary: 'The citizen’s decisions, newest first',
    tags: ['decisions'],
    permission: 'citizens.read',
    audit: 'decision.list',
    shape: 'item',
    params: idParamsSchema,
    response: decisionListSchema,
    handler: (ctx, { params }) => listDecisions(ctx, params.id),
  });

  registerSecuredRoute(app, db, {
    method: 'POST',
    url: '/api/citizens/:id/decisions',
    summary: 'Record a decision (municipality only); § 85 a stk. 2: a wish of provider not followed needs the reason',
    tags: ['decisions'],
    permission: 'citizens.write',
    audit: 'decision.create',
    shape: 'item',
    params: idParamsSchema,
    body: createDecisionBodySchema,
    response: decisionSchema,
    status: 201,
    handler: (ctx, { params, body }) => createDecision(ctx, params.id, body),
  });

  registerSecuredRoute(app, db, {
    method: 'GET',
    url: '/api/decisions/:id',
    summary: 'One decision, as it is now',
    tags: ['decisions'],
    permission: 'citizens.read',
    audit: 'decision.read',
    shape: 'item',
    params: idParamsSchema,
    response: decisionSchema,
    handler: (ctx, { params }) => getDecision(ctx, params.id),
  });

  registerSecuredRoute(app, db, {
    method: 'PATCH',
    url: '/api/decisions/:id',
    summary: 'Change a decision: a new version (409 with what changed when someone else saved first)',
    tags: ['decisions'],
    permission: 'citizens.write',
    audit: 'decision.update',
    shape: 'item',
    params: idParamsSchema,
    body: updateDecisionBodySchema,
    response: decisionSchema,
    handler: (ctx, { params, body }) => updateDecision(ctx, params.id, body),
  });

  registerVersionRoutes(app, db, {
    kind: 'decision',
    routes: decisionsRoutes.versions,
    actions: { list: 'decision.version_list', read: 'decision.version_read', compare: 'decision.compare' },
    read: readDecisionVersionContent,
    load: loadDecisionRef,
  });

  registerSecuredRoute(app, db, {
    method: 'GET',
    url: '/api/decisions/:id/letter',
    summary:
      'The decision as a plain-Danish letter to the citizen: { subject, html } (a whole HTML document that prints on its own)',
    tags: ['decisions'],
    permission: 'citizens.read',
    audit: 'decision.letter',
    shape: 'item',
    params: idParamsSchema,
    response: decisionLetterSchema,
    handler: (ctx, { params }) => getDecisionLetter(ctx, params.id),
  });
}
