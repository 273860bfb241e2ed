/** Decisions (afgørelser), with every version kept, and the letter to the citizen. */
import type { FastifyInstance } from 'fastify';
import {
  compareQuerySchema,
  createDecisionBodySchema,
  decisionLetterSchema,
  decisionListSchema,
  decisionSchema,
  decisionVersionSchema,
  idParamsSchema,
  updateDecisionBodySchema,
  versionComparisonSchema,
  versionListSchema,
  versionParamsSchema,
} from '@hjemvej/contract';
import type { Db } from '../../database/connection';
import { registerSecuredRoute } from '../../http/secured-route';
import {
  compareDecisionVersions,
  createDecision,
  getDecision,
  getDecisionLetter,
  getDecisionVersion,
  listDecisions,
  listDecisionVersions,
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

  registerSecuredRoute(app, db, {
    method: 'GET',
    url: '/api/decisions/:id/versions',
    summary: 'Every version of the decision: who saved it, when, and which fields it changed',
    tags: ['decisions'],
    permission: 'citizens.read',
    audit: 'decision.version_list',
    shape: 'item',
    params: idParamsSchema,
    response: versionListSchema,
    handler: (ctx, { params }) => listDecisionVersions(ctx, params.id),
  });

  registerSecuredRoute(app, db, {
    method: 'GET',
    url: '/api/decisions/:id/versions/:version',
    summary: 'One version of the decision, in full',
    tags: ['decisions'],
    permission: 'citizens.read',
    audit: 'decision.version_read',
    shape: 'item',
    params: versionParamsSchema,
    response: decisionVersionSchema,
    handler: (ctx, { params }) => getDecisionVersion(ctx, params.id, params.version),
  });

  registerSecuredRoute(app, db, {
    method: 'GET',
    url: '/api/decisions/:id/compare',
    summary: 'Two versions of the decision compared field by field (?from=1&to=2)',
    tags: ['decisions'],
    permission: 'citizens.read',
    audit: 'decision.compare',
    shape: 'item',
    params: idParamsSchema,
    querystring: compareQuerySchema,
    response: versionComparisonSchema,
    handler: (ctx, { params, query }) => compareDecisionVersions(ctx, params.id, query),
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
