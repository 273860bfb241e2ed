/** Flowcards (the organisation's workflows) and their versions. */
import type { FastifyInstance } from 'fastify';
import { flowcardsRoutes } from '@hjemvej/contract';
import type { Db } from '../../database/connection';
import { registerSecuredRoute } from '../../http/secured-route';
import {
  archiveFlowcard,
  compareFlowcardVersions,
  createFlowcard,
  getFlowcard,
  getFlowcardVersion,
  listFlowcardTemplates,
  listMyFlowcardLanes,
  listFlowcardUnitOptions,
  listFlowcards,
  listFlowcardVersions,
  updateFlowcard,
} from './flowcard-service';

export function registerFlowcardRoutes(app: FastifyInstance, db: Db): void {
  // Flowcards describe how the organisation works, not any citizen: reading them touches no
  // personal data (audit: null); every change is audited.
  registerSecuredRoute(app, db, flowcardsRoutes.list, (ctx, { query }) => listFlowcards(ctx, query.includeArchived));

  registerSecuredRoute(app, db, flowcardsRoutes.unitOptions, (ctx) => listFlowcardUnitOptions(ctx));

  registerSecuredRoute(app, db, flowcardsRoutes.lanes, (ctx) => listMyFlowcardLanes(ctx));

  registerSecuredRoute(app, db, flowcardsRoutes.templates, (ctx) => listFlowcardTemplates(ctx));

  registerSecuredRoute(app, db, flowcardsRoutes.create, (ctx, { body }) => createFlowcard(ctx, body));

  registerSecuredRoute(app, db, flowcardsRoutes.read, (ctx, { params }) => getFlowcard(ctx, params.id));

  registerSecuredRoute(app, db, flowcardsRoutes.update, (ctx, { params, body }) => updateFlowcard(ctx, params.id, body));

  registerSecuredRoute(app, db, flowcardsRoutes.archive, (ctx, { params, body }) => archiveFlowcard(ctx, params.id, body));

  registerSecuredRoute(app, db, flowcardsRoutes.versions.list, {
    audit: null,
    shape: 'item',
    handler: (ctx, { params }) => listFlowcardVersions(ctx, params.id),
  });

  registerSecuredRoute(app, db, flowcardsRoutes.versions.read, {
    audit: null,
    shape: 'item',
    handler: (ctx, { params }) => getFlowcardVersion(ctx, params.id, params.version),
  });

  registerSecuredRoute(app, db, flowcardsRoutes.versions.compare, {
    audit: null,
    shape: 'item',
    handler: (ctx, { params, query }) => compareFlowcardVersions(ctx, params.id, query),
  });
}
