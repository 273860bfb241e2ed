/** Programmes: the national agency's programmes, members, the travelling team's log and suppressed figures. */
import type { FastifyInstance } from 'fastify';
import { programmesRoutes } from '@hjemvej/contract';
import type { Db } from '../../database/connection';
import { registerSecuredRoute } from '../../http/secured-route';
import { getProgrammeFigures } from './programme-figures-service';
import {
  addProgrammeMember,
  createProgramme,
  getProgramme,
  listProgrammeCandidates,
  listProgrammes,
  logProgrammeActivity,
  removeProgrammeMember,
  updateProgramme,
  updateProgrammeMember,
} from './programmes-service';

export function registerProgrammesRoutes(app: FastifyInstance, db: Db): void {
  registerSecuredRoute(app, db, programmesRoutes.list, (ctx) => listProgrammes(ctx));
  registerSecuredRoute(app, db, programmesRoutes.candidates, (ctx) => listProgrammeCandidates(ctx));
  registerSecuredRoute(app, db, programmesRoutes.create, (ctx, { body }) => createProgramme(ctx, body));
  registerSecuredRoute(app, db, programmesRoutes.read, (ctx, { params }) => getProgramme(ctx, params.id));
  registerSecuredRoute(app, db, programmesRoutes.update, (ctx, { params, body }) => updateProgramme(ctx, params.id, body));
  registerSecuredRoute(app, db, programmesRoutes.addMember, (ctx, { params, body }) => addProgrammeMember(ctx, params.id, body));
  registerSecuredRoute(app, db, programmesRoutes.updateMember, (ctx, { params, body }) =>
    updateProgrammeMember(ctx, params.id, params.memberId, body),
  );
  registerSecuredRoute(app, db, programmesRoutes.removeMember, (ctx, { params }) =>
    removeProgrammeMember(ctx, params.id, params.memberId),
  );
  registerSecuredRoute(app, db, programmesRoutes.logActivity, (ctx, { params, body }) =>
    logProgrammeActivity(ctx, params.id, body),
  );
  registerSecuredRoute(app, db, programmesRoutes.figures, (ctx, { params, query }) => getProgrammeFigures(ctx, params.id, query));
}
