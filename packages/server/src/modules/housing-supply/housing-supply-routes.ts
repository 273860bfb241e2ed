/** Housing supply: agreements, dwellings, vacancies, matching, offers, profiles, eviction warnings, guarantee cases. */
import type { FastifyInstance } from 'fastify';
import { housingSupplyRoutes as routes } from '@hjemvej/contract';
import type { Db } from '../../database/connection';
import { registerSecuredRoute } from '../../http/secured-route';
import { answerOffer, createOffer, getVacancy, listMatches } from './offer-service';
import { getOverview, getOverviewBehind } from './overview-service';
import { getProfile, updateProfile } from './profile-service';
import {
  createEvictionWarning,
  createGuaranteeCase,
  listEvictionWarnings,
  listGuaranteeCases,
  updateGuaranteeCase,
} from './risk-service';
import {
  createAgreement,
  createDwelling,
  endVacancy,
  getSettings,
  listAgreements,
  listDwellings,
  listVacancies,
  reportVacancy,
  updateSettings,
} from './supply-register-service';

export function registerHousingSupplyRoutes(app: FastifyInstance, db: Db): void {
  registerSecuredRoute(app, db, routes.getSettings, {
    audit: 'housing_supply.settings_read',
    shape: 'collection',
    handler: (ctx) => getSettings(ctx),
  });
  registerSecuredRoute(app, db, routes.updateSettings, {
    audit: 'housing_supply.settings_update',
    shape: 'collection',
    handler: (ctx, { body }) => updateSettings(ctx, body),
  });
  registerSecuredRoute(app, db, routes.listAgreements, {
    audit: 'allocation_agreement.list',
    shape: 'collection',
    handler: (ctx) => listAgreements(ctx),
  });
  registerSecuredRoute(app, db, routes.createAgreement, {
    audit: 'allocation_agreement.create',
    shape: 'collection',
    handler: (ctx, { body }) => createAgreement(ctx, body),
  });
  registerSecuredRoute(app, db, routes.listDwellings, {
    audit: 'dwelling.list',
    shape: 'collection',
    handler: (ctx) => listDwellings(ctx),
  });
  registerSecuredRoute(app, db, routes.createDwelling, {
    audit: 'dwelling.create',
    shape: 'collection',
    handler: (ctx, { body }) => createDwelling(ctx, body),
  });
  registerSecuredRoute(app, db, routes.reportVacancy, {
    audit: 'vacancy.report',
    shape: 'item',
    handler: (ctx, { params, body }) => reportVacancy(ctx, params.id, body),
  });
  registerSecuredRoute(app, db, routes.listVacancies, {
    audit: 'vacancy.list',
    shape: 'collection',
    handler: (ctx, { query }) => listVacancies(ctx, query),
  });
  registerSecuredRoute(app, db, routes.getVacancy, {
    audit: 'vacancy.read',
    shape: 'item',
    handler: (ctx, { params }) => getVacancy(ctx, params.id),
  });
  registerSecuredRoute(app, db, routes.endVacancy, {
    audit: 'vacancy.end',
    shape: 'item',
    handler: (ctx, { params, body }) => endVacancy(ctx, params.id, body),
  });
  registerSecuredRoute(app, db, routes.listMatches, {
    audit: 'vacancy.matches',
    shape: 'item',
    handler: (ctx, { params }) => listMatches(ctx, params.id),
  });
  registerSecuredRoute(app, db, routes.createOffer, {
    audit: 'housing_offer.create',
    shape: 'item',
    handler: (ctx, { params, body }) => createOffer(ctx, params.id, body),
  });
  registerSecuredRoute(app, db, routes.answerOffer, {
    audit: 'housing_offer.answer',
    shape: 'item',
    handler: (ctx, { params, body }) => answerOffer(ctx, params.id, body),
  });
  registerSecuredRoute(app, db, routes.getProfile, {
    audit: 'housing_profile.read',
    shape: 'item',
    handler: (ctx, { params }) => getProfile(ctx, params.id),
  });
  registerSecuredRoute(app, db, routes.updateProfile, {
    audit: 'housing_profile.update',
    shape: 'item',
    handler: (ctx, { params, body }) => updateProfile(ctx, params.id, body),
  });
  registerSecuredRoute(app, db, routes.listEvictionWarnings, {
    audit: 'eviction_warning.list',
    shape: 'collection',
    handler: (ctx) => listEvictionWarnings(ctx),
  });
  registerSecuredRoute(app, db, routes.createEvictionWarning, {
    audit: 'eviction_warning.create',
    shape: 'collection',
    handler: (ctx, { body }) => createEvictionWarning(ctx, body),
  });
  registerSecuredRoute(app, db, routes.listGuaranteeCases, {
    audit: 'guarantee_case.list',
    shape: 'collection',
    handler: (ctx) => listGuaranteeCases(ctx),
  });
  registerSecuredRoute(app, db, routes.createGuaranteeCase, {
    audit: 'guarantee_case.create',
    shape: 'collection',
    handler: (ctx, { body }) => createGuaranteeCase(ctx, body),
  });
  registerSecuredRoute(app, db, routes.updateGuaranteeCase, {
    audit: 'guarantee_case.update',
    shape: 'item',
    handler: (ctx, { params, body }) => updateGuaranteeCase(ctx, params.id, body),
  });
  registerSecuredRoute(app, db, routes.overview, {
    audit: 'housing_supply.overview',
    shape: 'collection',
    handler: (ctx, { query }) => getOverview(ctx, query),
  });
  registerSecuredRoute(app, db, routes.overviewBehind, {
    audit: 'housing_supply.overview_behind',
    shape: 'collection',
    handler: (ctx, { query }) => getOverviewBehind(ctx, query),
  });
}
