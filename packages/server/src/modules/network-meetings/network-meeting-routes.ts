/** Network meetings about a citizen and their decisions. */
import type { FastifyInstance } from 'fastify';
import { networkMeetingsRoutes } from '@hjemvej/contract';
import type { Db } from '../../database/connection';
import { registerSecuredRoute } from '../../http/secured-route';
import { addDecision, createMeeting, getMeeting, listMeetings, updateMeeting } from './network-meeting-service';

export function registerNetworkMeetingRoutes(app: FastifyInstance, db: Db): void {
  registerSecuredRoute(app, db, networkMeetingsRoutes.list, (ctx, { params }) => listMeetings(ctx, params.id));

  registerSecuredRoute(app, db, networkMeetingsRoutes.create, (ctx, { params, body }) => createMeeting(ctx, params.id, body));

  registerSecuredRoute(app, db, networkMeetingsRoutes.read, (ctx, { params }) => getMeeting(ctx, params.id));

  registerSecuredRoute(app, db, networkMeetingsRoutes.update, (ctx, { params, body }) => updateMeeting(ctx, params.id, body));

  registerSecuredRoute(app, db, networkMeetingsRoutes.addDecision, (ctx, { params, body }) => addDecision(ctx, params.id, body));
}
