/** Decisions (afgørelser), with every version kept, and the letter to the citizen. */
import type { FastifyInstance } from 'fastify';
import { decisionsRoutes } from '@hjemvej/contract';
import type { Db } from '../../database/connection';
import { registerSecuredRoute } from '../../http/secured-route';
import { registerVersionedRecordRoutes } from '../versioning/version-routes';
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
  const service = {
    list: listDecisions,
    create: createDecision,
    read: getDecision,
    update: updateDecision,
    load: loadDecisionRef,
  };
  registerVersionedRecordRoutes(app, db, 'decision', decisionsRoutes, service, readDecisionVersionContent);

  registerSecuredRoute(app, db, decisionsRoutes.letter, (ctx, { params }) => getDecisionLetter(ctx, params.id));
}
