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
  registerSecuredRoute(app, db, routes.getSettings, (ctx) => getSettings(ctx));
  registerSecuredRoute(app, db, routes.updateSettings, (ctx, { body }) => updateSettings(ctx, body));
  registerSecuredRoute(app, db, routes.listAgreements, (ctx) => listAgreements(ctx));
  registerSecuredRoute(app, db, routes.createAgreement, (ctx, { body }) => createAgreement(ctx, body));
  registerSecuredRoute(app, db, routes.listDwellings, (ctx) => listDwellings(ctx));
  registerSecuredRoute(app, db, routes.createDwelling, (ctx, { body }) => createDwelling(ctx, body));
  registerSecuredRoute(app, db, routes.reportVacancy, (ctx, { params, body }) => reportVacancy(ctx, params.id, body));
  registerSecuredRoute(app, db, routes.listVacancies, (ctx, { query }) => listVacancies(ctx, query));
  registerSecuredRoute(app, db, routes.getVacancy, (ctx, { params }) => getVacancy(ctx, params.id));
  registerSecuredRoute(app, db, routes.endVacancy, (ctx, { params, body }) => endVacancy(ctx, params.id, body));
  registerSecuredRoute(app, db, routes.listMatches, (ctx, { params }) => listMatches(ctx, params.id));
  registerSecuredRoute(app, db, routes.createOffer, (ctx, { params, body }) => createOffer(ctx, params.id, body));
  registerSecuredRoute(app, db, routes.answerOffer, (ctx, { params, body }) => answerOffer(ctx, params.id, body));
  registerSecuredRoute(app, db, routes.getProfile, (ctx, { params }) => getProfile(ctx, params.id));
  registerSecuredRoute(app, db, routes.updateProfile, (ctx, { params, body }) => updateProfile(ctx, params.id, body));
  registerSecuredRoute(app, db, routes.listEvictionWarnings, (ctx) => listEvictionWarnings(ctx));
  registerSecuredRoute(app, db, routes.createEvictionWarning, (ctx, { body }) => createEvictionWarning(ctx, body));
  registerSecuredRoute(app, db, routes.listGuaranteeCases, (ctx) => listGuaranteeCases(ctx));
  registerSecuredRoute(app, db, routes.createGuaranteeCase, (ctx, { body }) => createGuaranteeCase(ctx, body));
  registerSecuredRoute(app, db, routes.updateGuaranteeCase, (ctx, { params, body }) => updateGuaranteeCase(ctx, params.id, body));
  registerSecuredRoute(app, db, routes.overview, (ctx, { query }) => getOverview(ctx, query));
  registerSecuredRoute(app, db, routes.overviewBehind, (ctx, { query }) => getOverviewBehind(ctx, query));
}
