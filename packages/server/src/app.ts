/**
 * The composition root: builds the Fastify app from its parts. Nothing here knows SQL;
 * each module registers its own routes.
 */
import fs from 'node:fs';
import path from 'node:path';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import type { AppConfig } from './config/config';
import type { DatabaseHandle } from './database/connection';
import { onCourseChanged } from './course/course-changes';
import { registerErrorHandling } from './http/error-handler';
import { storableInputSchema } from './http/storable-text';
import { registerApiDescription } from './http/openapi';
import { registerSecurityHeaders } from './http/security-headers';
import { registerAuthentication } from './modules/auth/auth-plugin';
import { registerAuthRoutes } from './modules/auth/auth-routes';
import { registerOidcRoutes } from './modules/auth/oidc-routes';
import { registerAuditLogRoutes } from './modules/audit-log/audit-log-routes';
import { registerAssessmentRoutes } from './modules/assessments/assessment-routes';
import { registerDecisionRoutes } from './modules/decisions/decision-routes';
import { registerPlanRoutes } from './modules/plans/plan-routes';
import { registerCitizenRoutes } from './modules/citizens/citizen-routes';
import { registerHousingPeriodRoutes } from './modules/housing-periods/housing-period-routes';
import { registerCitizenPageRoutes } from './modules/citizen-page/citizen-page-routes';
import { registerHomeRoutes } from './modules/home/home-routes';
import { registerOrganisationRoutes } from './modules/organisation/organisation-routes';
import { registerShelterStayRoutes } from './modules/shelter-stays/shelter-stay-routes';
import { registerHousingAllocationRoutes } from './modules/housing-allocations/housing-allocation-routes';
import { registerSupportCourseRoutes } from './modules/support-courses/support-course-routes';
import { registerCourseRegistrationRoutes } from './modules/course-registrations/course-registration-routes';
import { registerFollowUpRoutes } from './modules/follow-ups/follow-up-routes';
import { registerLegalCheckRoutes } from './modules/legal-checks/legal-check-routes';
import { registerByNameListRoutes } from './modules/by-name-list/by-name-list-routes';
import { registerMyCitizensRoutes } from './modules/my-citizens/my-citizens-routes';
import { registerFlowcardRoutes } from './modules/flowcards/flowcard-routes';
import { syncCourseSignals } from './modules/tasks/course-signals';
import { closeDueTasksOfEndedCourses } from './modules/course-registrations/course-registration-service';
import { registerTaskRoutes } from './modules/tasks/task-routes';
import { registerNotificationRoutes } from './modules/notifications/notification-routes';
import { registerCollaborationSettingsRoutes } from './modules/collaboration-settings/collaboration-settings-routes';
import { registerLinkedUnitRoutes } from './modules/organisation/linked-unit-routes';
import { registerConsentRoutes } from './modules/consents/consent-routes';
import { registerEmergencyAccessRoutes } from './modules/emergency-access/emergency-access-routes';
import { registerPartnerViewRoutes } from './modules/partner-view/partner-view-routes';
import { registerNetworkMeetingRoutes } from './modules/network-meetings/network-meeting-routes';
import { registerAgreementRoutes } from './modules/agreements/agreement-routes';
import { registerHousingSupplyRoutes } from './modules/housing-supply/housing-supply-routes';
import { registerTimeReportRoutes } from './modules/time-report/time-report-routes';
import { registerKeyFiguresRoutes } from './modules/key-figures/key-figures-routes';
import { registerProgrammesRoutes } from './modules/programmes/programmes-routes';
import { registerFidelityRoutes } from './modules/fidelity/fidelity-routes';
import { registerStatusReportRoutes } from './modules/status-report/status-report-routes';
import { registerTaskforceRoutes } from './modules/taskforce/taskforce-routes';
import { registerTaskforceCaseReviewRoutes } from './modules/taskforce/taskforce-case-review-routes';
import { registerSystemRoutes } from './modules/system/system-routes';
import { registerUserRoutes } from './modules/users/user-routes';
import { registerCitizenVersionHistoryRoute } from './modules/versioning/version-routes';

export interface BuildAppOptions {
  readonly config: AppConfig;
  readonly database: DatabaseHandle;
  readonly logger?: FastifyServerOptions['logger'];
}

export interface RouteCatalogueEntry {
  readonly method: string;
  readonly url: string;
  readonly isPublic: boolean;
  readonly isSecured: boolean;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route the app serves, for the access-coverage test. */
    routeCatalogue: RouteCatalogueEntry[];
  }
  interface FastifyContextConfig {
    /** Why a route is reachable without the secured pipeline (checked by the access-coverage test). */
    public?: string;
    secured?: boolean;
  }
}

export async function buildApp({ config, database, logger }: BuildAppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: logger ?? { level: config.logLevel },
    bodyLimit: 256 * 1024,
    trustProxy: config.trustProxy,
    routerOptions: { ignoreTrailingSlash: true },
  });
  const catalogue: RouteCatalogueEntry[] = [];
  app.decorate('routeCatalogue', catalogue);
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const config = (route.config ?? {}) as { public?: string; secured?: boolean };
    for (const method of methods) {
      if (method === 'HEAD') continue;
      catalogue.push({ method, url: route.url, isPublic: Boolean(config.public), isSecured: config.secured === true });
    }
  });
  // The API speaks JSON only; anything else gets a clear 415 rather than a confusing 400.
  app.removeContentTypeParser('text/plain');
  // Every request part passes the storable-text check before its own schema (http/storable-text.ts).
  app.setValidatorCompiler((route) =>
    validatorCompiler({ ...route, schema: storableInputSchema.pipe(route.schema as z.ZodType) }),
  );
  app.setSerializerCompiler(serializerCompiler);

  const webDistDir = config.webDistDir && fs.existsSync(path.join(config.webDistDir, 'index.html')) ? config.webDistDir : null;
  registerErrorHandling(app, { spaFallback: webDistDir !== null });
  await registerSecurityHeaders(app);
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await registerApiDescription(app, config);

  const { db } = database;
  // Tasks follow the course: a step the course shows as done is marked done in the writing
  // transaction, whichever route wrote (course/course-changes.ts).
  onCourseChanged(syncCourseSignals);
  onCourseChanged(closeDueTasksOfEndedCourses);
  registerAuthentication(app, db, config.session);
  registerSystemRoutes(app, db, database.target, config.version);
  registerAuthRoutes(app, db, config);
  registerOidcRoutes(app, db, config);
  registerHomeRoutes(app, db);
  registerOrganisationRoutes(app, db);
  registerUserRoutes(app, db);
  registerAuditLogRoutes(app, db);
  registerCitizenRoutes(app, db);
  registerHousingPeriodRoutes(app, db);
  registerShelterStayRoutes(app, db);
  registerAssessmentRoutes(app, db);
  registerPlanRoutes(app, db);
  registerDecisionRoutes(app, db);
  registerCitizenVersionHistoryRoute(app, db);
  registerHousingAllocationRoutes(app, db);
  registerSupportCourseRoutes(app, db);
  registerCourseRegistrationRoutes(app, db);
  registerFollowUpRoutes(app, db);
  registerLegalCheckRoutes(app, db);
  registerCitizenPageRoutes(app, db);
  registerByNameListRoutes(app, db);
  registerMyCitizensRoutes(app, db);
  registerFlowcardRoutes(app, db);
  registerCollaborationSettingsRoutes(app, db);
  registerTaskRoutes(app, db);
  registerNotificationRoutes(app, db);
  registerLinkedUnitRoutes(app, db);
  registerConsentRoutes(app, db);
  registerEmergencyAccessRoutes(app, db);
  registerPartnerViewRoutes(app, db);
  registerNetworkMeetingRoutes(app, db);
  registerAgreementRoutes(app, db);
  registerHousingSupplyRoutes(app, db);
  registerTimeReportRoutes(app, db);
  registerKeyFiguresRoutes(app, db);
  registerProgrammesRoutes(app, db);
  registerFidelityRoutes(app, db);
  registerStatusReportRoutes(app, db);
  registerTaskforceRoutes(app, db);
  registerTaskforceCaseReviewRoutes(app, db);

  // The built web app; deep links (/users, /audit …) get index.html from the not-found handler.
  if (webDistDir) await app.register(fastifyStatic, { root: webDistDir, prefix: '/', wildcard: false, index: ['index.html'] });
  return app;
}
