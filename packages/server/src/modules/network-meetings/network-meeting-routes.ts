/** Network meetings about a citizen, their decisions, and the units a decision may be given to. */
import type { FastifyInstance } from 'fastify';
import {
  collaborationUnitListSchema,
  createMeetingBodySchema,
  createMeetingDecisionBodySchema,
  idParamsSchema,
  networkMeetingListSchema,
  networkMeetingSchema,
  updateMeetingBodySchema,
} from '@hjemvej/contract';
import type { Db } from '../../database/connection';
import { registerSecuredRoute } from '../../http/secured-route';
import {
  addDecision,
  createMeeting,
  getMeeting,
  listCollaborationUnits,
  listMeetings,
  updateMeeting,
} from './network-meeting-service';

export function registerNetworkMeetingRoutes(app: FastifyInstance, db: Db): void {
  registerSecuredRoute(app, db, {
    method: 'GET',
    url: '/api/collaboration/units',
    summary: 'The units the caller’s organisation works with (own and partners’), with their active members',
    tags: ['network meetings'],
    permission: 'organisation.read',
    audit: 'unit.list',
    shape: 'collection',
    response: collaborationUnitListSchema,
    handler: (ctx) => listCollaborationUnits(ctx),
  });

  registerSecuredRoute(app, db, {
    method: 'GET',
    url: '/api/citizens/:id/network-meetings',
    summary: 'Network meetings about the citizen, newest first',
    tags: ['network meetings'],
    permission: 'citizens.read',
    audit: 'network_meeting.list',
    shape: 'item',
    params: idParamsSchema,
    response: networkMeetingListSchema,
    handler: (ctx, { params }) => listMeetings(ctx, params.id),
  });

  registerSecuredRoute(app, db, {
    method: 'POST',
    url: '/api/citizens/:id/network-meetings',
    summary: 'Record a network meeting: when, participants (units, partners, the citizen, others), agenda, notes',
    tags: ['network meetings'],
    permission: 'citizens.write',
    audit: 'network_meeting.create',
    shape: 'item',
    params: idParamsSchema,
    body: createMeetingBodySchema,
    response: networkMeetingSchema,
    status: 201,
    handler: (ctx, { params, body }) => createMeeting(ctx, params.id, body),
  });

  registerSecuredRoute(app, db, {
    method: 'GET',
    url: '/api/network-meetings/:id',
    summary: 'One network meeting with participants, agenda, notes and decisions',
    tags: ['network meetings'],
    permission: 'citizens.read',
    audit: 'network_meeting.read',
    shape: 'item',
    params: idParamsSchema,
    response: networkMeetingSchema,
    handler: (ctx, { params }) => getMeeting(ctx, params.id),
  });

  registerSecuredRoute(app, db, {
    method: 'PATCH',
    url: '/api/network-meetings/:id',
    summary: 'Change a meeting’s time, participants, agenda or notes (409 when someone else saved first)',
    tags: ['network meetings'],
    permission: 'citizens.write',
    audit: 'network_meeting.update',
    shape: 'item',
    params: idParamsSchema,
    body: updateMeetingBodySchema,
    response: networkMeetingSchema,
    handler: (ctx, { params, body }) => updateMeeting(ctx, params.id, body),
  });

  registerSecuredRoute(app, db, {
    method: 'POST',
    url: '/api/network-meetings/:id/decisions',
    summary: 'Add a decision with an owner unit (and person) and a deadline; the owner is notified',
    tags: ['network meetings'],
    permission: 'citizens.write',
    audit: 'network_meeting.decision_add',
    shape: 'item',
    params: idParamsSchema,
    body: createMeetingDecisionBodySchema,
    response: networkMeetingSchema,
    status: 201,
    handler: (ctx, { params, body }) => addDecision(ctx, params.id, body),
  });
}
