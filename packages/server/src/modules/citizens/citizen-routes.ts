/** Citizens: search, register, read, change, reveal the CPR number, link and split duplicates. */
import type { FastifyInstance } from 'fastify';
import { citizensRoutes, myCitizensRoutes } from '@hjemvej/contract';
import type { Db } from '../../database/connection';
import { registerSecuredRoute } from '../../http/secured-route';
import { searchCitizens } from './citizen-queries';
import {
  createCitizen,
  getCitizenDetail,
  linkCitizens,
  listResponsibleCaseworkers,
  revealCpr,
  splitCitizens,
  updateCitizen,
} from './citizen-service';

export function registerCitizenRoutes(app: FastifyInstance, db: Db): void {
  registerSecuredRoute(app, db, citizensRoutes.search, async (ctx, { query }) => {
    const result = await searchCitizens(ctx.tx, ctx.actor, query);
    // The search text may be a CPR number: the event keeps whether one was searched, not the number.
    const searchedCpr = /^\d{6}-?\d{0,4}$/.test(query.search ?? '');
    ctx.describe({
      subjectType: 'citizen',
      changes: {
        search: searchedCpr ? '[cpr]' : (query.search ?? null),
        page: query.page,
        total: result.total,
        citizenIds: result.items.map((c) => c.id),
      },
    });
    return result;
  });

  registerSecuredRoute(app, db, citizensRoutes.create, (ctx, { body }) => createCitizen(ctx, body));

  registerSecuredRoute(app, db, citizensRoutes.read, (ctx, { params }) => getCitizenDetail(ctx, params.id));

  registerSecuredRoute(app, db, citizensRoutes.revealCpr, (ctx, { params }) => revealCpr(ctx, params.id));

  registerSecuredRoute(app, db, citizensRoutes.update, (ctx, { params, body }) => updateCitizen(ctx, params.id, body));

  registerSecuredRoute(app, db, citizensRoutes.link, (ctx, { params, body }) =>
    linkCitizens(ctx, params.id, body.otherCitizenId),
  );

  registerSecuredRoute(app, db, myCitizensRoutes.responsibleCaseworkers, (ctx) => listResponsibleCaseworkers(ctx));

  registerSecuredRoute(app, db, citizensRoutes.split, (ctx, { params, body }) =>
    splitCitizens(ctx, params.id, body.otherCitizenId),
  );
}
