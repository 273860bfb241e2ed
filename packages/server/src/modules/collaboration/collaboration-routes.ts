/** Working together across parties: consents and the partner's view, network meetings, agreements, where time goes. */
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../database/connection';
import { registerAgreementRoutes } from '../agreements/agreement-routes';
import { registerConsentRoutes } from '../consents/consent-routes';
import { registerNetworkMeetingRoutes } from '../network-meetings/network-meeting-routes';
import { registerPartnerViewRoutes } from '../partner-view/partner-view-routes';
import { registerTimeReportRoutes } from '../time-report/time-report-routes';

export function registerCollaborationRoutes(app: FastifyInstance, db: Db): void {
  registerConsentRoutes(app, db);
  registerPartnerViewRoutes(app, db);
  registerNetworkMeetingRoutes(app, db);
  registerAgreementRoutes(app, db);
  registerTimeReportRoutes(app, db);
}
