/** § 110 shelter stays: admission with intake, notification of the handlekommune, discharge. */
import type { FastifyInstance } from 'fastify';
import {
  admissionBodySchema,
  idParamsSchema,
  stayDischargeBodySchema,
  stayListSchema,
  stayNotificationBodySchema,
  staySchema,
  updateStayBodySchema,
} from '@hjemvej/contract';
import type { Db } from '../../database/connection';
import { registerSecuredRoute } from '../../http/secured-route';
import { admitCitizen, dischargeStay, listStays, recordNotification, updateStay } from './stay-service';

export function registerShelterStayRoutes(app: FastifyInstance, db: Db): void {
  registerSecuredRoute(app, db, {
    method: 'GET',
    url: '/api/citizens/:id/stays',
    summary: 'The citizen’s § 110 stays (a shelter sees its own), with deadlines, nights and reimbursement days',
    tags: ['stays'],
    permission: 'citizens.read',
    audit: 'stay.list',
    shape: 'item',
    params: idParamsSchema,
    response: stayListSchema,
    handler: (ctx, { params }) => listStays(ctx, params.id),
  });

  registerSecuredRoute(app, db, {
    method: 'POST',
    url: '/api/citizens/:id/stays',
    summary: 'Admit the citizen to the user’s § 110 shelter, with the intake conversation',
    tags: ['stays'],
    permission: 'citizens.write',
    audit: 'stay.admit',
    shape: 'item',
    params: idParamsSchema,
    body: admissionBodySchema,
    response: staySchema,
    status: 201,
    handler: (ctx, { params, body }) => admitCitizen(ctx, params.id, body),
  });

  registerSecuredRoute(app, db, {
    method: 'PATCH',
    url: '/api/stays/:id',
    summary: 'Change the admission and intake (409 with what changed when someone else saved first)',
    tags: ['stays'],
    permission: 'citizens.write',
    audit: 'stay.update',
    shape: 'item',
    params: idParamsSchema,
    body: updateStayBodySchema,
    response: staySchema,
    handler: (ctx, { params, body }) => updateStay(ctx, params.id, body),
  });

  registerSecuredRoute(app, db, {
    method: 'POST',
    url: '/api/stays/:id/notification',
    summary: 'Record when the handlekommune was notified (§ 110 stk. 6: within 3 working days)',
    tags: ['stays'],
    permission: 'citizens.write',
    audit: 'stay.notify',
    shape: 'item',
    params: idParamsSchema,
    body: stayNotificationBodySchema,
    response: staySchema,
    handler: (ctx, { params, body }) => recordNotification(ctx, params.id, body),
  });

  registerSecuredRoute(app, db, {
    method: 'POST',
    url: '/api/stays/:id/discharge',
    summary: 'Record the discharge: date, how the stay ended, where the citizen went',
    tags: ['stays'],
    permission: 'citizens.write',
    audit: 'stay.discharge',
    shape: 'item',
    params: idParamsSchema,
    body: stayDischargeBodySchema,
    response: staySchema,
    handler: (ctx, { params, body }) => dischargeStay(ctx, params.id, body),
  });
}
