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
  registerSecuredRoute(app, db, programmesRoutes.list, {
    audit: 'programme.list',
    shape: 'collection',
    handler: (ctx) => listProgrammes(ctx),
  });
  registerSecuredRoute(app, db, programmesRoutes.candidates, {
    // Names the agency's users (colleagues): personal data, so audited like a list of users.
    audit: 'programme.candidates',
    shape: 'collection',
    handler: (ctx) => listProgrammeCandidates(ctx),
  });
  registerSecuredRoute(app, db, programmesRoutes.create, {
    audit: 'programme.create',
    shape: 'collection',
    handler: (ctx, { body }) => createProgramme(ctx, body),
  });
  registerSecuredRoute(app, db, programmesRoutes.read, {
    audit: 'programme.read',
    shape: 'item',
    handler: (ctx, { params }) => getProgramme(ctx, params.id),
  });
  registerSecuredRoute(app, db, programmesRoutes.update, {
    audit: 'programme.update',
    shape: 'item',
    handler: (ctx, { params, body }) => updateProgramme(ctx, params.id, body),
  });
  registerSecuredRoute(app, db, programmesRoutes.addMember, {
    audit: 'programme.member_add',
    shape: 'item',
    handler: (ctx, { params, body }) => addProgrammeMember(ctx, params.id, body),
  });
  registerSecuredRoute(app, db, programmesRoutes.updateMember, {
    audit: 'programme.member_update',
    shape: 'item',
    handler: (ctx, { params, body }) => updateProgrammeMember(ctx, params.id, params.memberId, body),
  });
  registerSecuredRoute(app, db, programmesRoutes.removeMember, {
    audit: 'programme.member_remove',
    shape: 'item',
    handler: (ctx, { params }) => removeProgrammeMember(ctx, params.id, params.memberId),
  });
  registerSecuredRoute(app, db, programmesRoutes.logActivity, {
    audit: 'programme.activity_log',
    shape: 'item',
    handler: (ctx, { params, body }) => logProgrammeActivity(ctx, params.id, body),
  });
  registerSecuredRoute(app, db, programmesRoutes.figures, {
    audit: 'programme.figures',
    shape: 'item',
    handler: (ctx, { params, query }) => getProgrammeFigures(ctx, params.id, query),
  });
}
