/** Citizens: search, register, read, change, reveal the CPR number, link and split duplicates; housing periods. */
import type { FastifyInstance } from 'fastify';
import {
  citizenCprSchema,
  citizenDetailSchema,
  citizenListQuerySchema,
  citizenListSchema,
  citizenPairBodySchema,
  citizenSchema,
  createCitizenBodySchema,
  createCitizenResponseSchema,
  createHousingPeriodBodySchema,
  housingPeriodListSchema,
  housingPeriodSchema,
  idParamsSchema,
  updateCitizenBodySchema,
  updateHousingPeriodBodySchema,
} from '@hjemvej/contract';
import type { Db } from '../../database/connection';
import { registerSecuredRoute } from '../../http/secured-route';
import { searchCitizens } from './citizen-queries';
import { createCitizen, getCitizenDetail, linkCitizens, revealCpr, splitCitizens, updateCitizen } from './citizen-service';
import { createHousingPeriod, listHousingPeriods, updateHousingPeriod } from '../housing-periods/housing-period-service';

export function registerCitizenRoutes(app: FastifyInstance, db: Db): void {
  registerSecuredRoute(app, db, {
    method: 'GET',
    url: '/api/citizens',
    summary: 'Search citizens by name, alias or CPR number (masked in the answer)',
    tags: ['citizens'],
    permission: 'citizens.read',
    audit: 'citizen.search',
    shape: 'collection',
    querystring: citizenListQuerySchema,
    response: citizenListSchema,
    async handler(ctx, { query }) {
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
    },
  });

  registerSecuredRoute(app, db, {
    method: 'POST',
    url: '/api/citizens',
    summary: 'Register a citizen (a shelter registers the admission in the same request)',
    tags: ['citizens'],
    permission: 'citizens.write',
    audit: 'citizen.create',
    shape: 'collection',
    body: createCitizenBodySchema,
    response: createCitizenResponseSchema,
    status: 201,
    handler: (ctx, { body }) => createCitizen(ctx, body),
  });

  registerSecuredRoute(app, db, {
    method: 'GET',
    url: '/api/citizens/:id',
    summary: 'One citizen: masked CPR, housing situation today, open stay, possible duplicates',
    tags: ['citizens'],
    permission: 'citizens.read',
    audit: 'citizen.read',
    shape: 'item',
    params: idParamsSchema,
    response: citizenDetailSchema,
    handler: (ctx, { params }) => getCitizenDetail(ctx, params.id),
  });

  registerSecuredRoute(app, db, {
    method: 'GET',
    url: '/api/citizens/:id/cpr',
    summary: 'The full CPR number (audited as its own action)',
    tags: ['citizens'],
    permission: 'citizens.cpr',
    audit: 'citizen.cpr_reveal',
    shape: 'item',
    params: idParamsSchema,
    response: citizenCprSchema,
    handler: (ctx, { params }) => revealCpr(ctx, params.id),
  });

  registerSecuredRoute(app, db, {
    method: 'PATCH',
    url: '/api/citizens/:id',
    summary: 'Change a citizen (409 with what changed when someone else saved first)',
    tags: ['citizens'],
    permission: 'citizens.write',
    audit: 'citizen.update',
    shape: 'item',
    params: idParamsSchema,
    body: updateCitizenBodySchema,
    response: citizenSchema,
    handler: (ctx, { params, body }) => updateCitizen(ctx, params.id, body),
  });

  registerSecuredRoute(app, db, {
    method: 'POST',
    url: '/api/citizens/:id/link',
    summary: 'Link a duplicate record into this citizen (reversible with split)',
    tags: ['citizens'],
    permission: 'citizens.write',
    audit: 'citizen.link',
    shape: 'item',
    params: idParamsSchema,
    body: citizenPairBodySchema,
    response: citizenDetailSchema,
    handler: (ctx, { params, body }) => linkCitizens(ctx, params.id, body.otherCitizenId),
  });

  registerSecuredRoute(app, db, {
    method: 'POST',
    url: '/api/citizens/:id/split',
    summary: 'Undo a link and remember that the two records are different people',
    tags: ['citizens'],
    permission: 'citizens.write',
    audit: 'citizen.split',
    shape: 'item',
    params: idParamsSchema,
    body: citizenPairBodySchema,
    response: citizenDetailSchema,
    handler: (ctx, { params, body }) => splitCitizens(ctx, params.id, body.otherCitizenId),
  });

  registerSecuredRoute(app, db, {
    method: 'GET',
    url: '/api/citizens/:id/housing-periods',
    summary: 'The citizen’s housing situation over time, and today',
    tags: ['citizens'],
    permission: 'citizens.read',
    audit: 'housing_period.list',
    shape: 'item',
    params: idParamsSchema,
    response: housingPeriodListSchema,
    handler: (ctx, { params }) => listHousingPeriods(ctx, params.id),
  });

  registerSecuredRoute(app, db, {
    method: 'POST',
    url: '/api/citizens/:id/housing-periods',
    summary: 'Record a housing situation from a date (an open period before it ends there)',
    tags: ['citizens'],
    permission: 'citizens.write',
    audit: 'housing_period.create',
    shape: 'item',
    params: idParamsSchema,
    body: createHousingPeriodBodySchema,
    response: housingPeriodSchema,
    status: 201,
    handler: (ctx, { params, body }) => createHousingPeriod(ctx, params.id, body),
  });

  registerSecuredRoute(app, db, {
    method: 'PATCH',
    url: '/api/housing-periods/:id',
    summary: 'Change or end a housing period (overlaps are refused)',
    tags: ['citizens'],
    permission: 'citizens.write',
    audit: 'housing_period.update',
    shape: 'item',
    params: idParamsSchema,
    body: updateHousingPeriodBodySchema,
    response: housingPeriodSchema,
    handler: (ctx, { params, body }) => updateHousingPeriod(ctx, params.id, body),
  });
}
