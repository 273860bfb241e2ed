/** Decisions (afgørelser), with every version kept, and the letter to the citizen. */
import type { FastifyInstance } from 'fastify';
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
  registerSecuredRoute(app, db, decisionsRoutes.list, (ctx, { params }) => listDecisions(ctx, params.id));

  registerSecuredRoute(app, db, decisionsRoutes.create, (ctx, { params, body }) => createDecision(ctx, params.id, body));

  registerSecuredRoute(app, db, decisionsRoutes.read, (ctx, { params }) => getDecision(ctx, params.id));

  registerSecuredRoute(app, db, decisionsRoutes.update, (ctx, { params, body }) => updateDecision(ctx, params.id, body));

  registerVersionRoutes(app, db, {
    kind: 'decision',
    routes: decisionsRoutes.versions,
    actions: { list: 'decision.version_list', read: 'decision.version_read', compare: 'decision.compare' },
    read: readDecisionVersionContent,
    load: loadDecisionRef,
  });

  registerSecuredRoute(app, db, decisionsRoutes.letter, (ctx, { params }) => getDecisionLetter(ctx, params.id));
}
