/** Collaboration agreements (samarbejdsaftaler) between units and partners. */
import type { FastifyInstance } from 'fastify';
import {
  agreementListSchema,
  agreementSchema,
  createAgreementBodySchema,
  idParamsSchema,
  updateAgreementBodySchema,
} from '@hjemvej/contract';
import type { Db } from '../../database/connection';
import { registerSecuredRoute } from '../../http/secured-route';
import { createAgreement, getAgreement, listAgreements, updateAgreement } from './agreement-service';

export function registerAgreementRoutes(app: FastifyInstance, db: Db): void {
  registerSecuredRoute(app, db, {
    method: 'GET',
    url: '/api/agreements',
    summary: 'Collaboration agreements the caller’s organisation wrote or is a party to, with reminders due',
    tags: ['agreements'],
    permission: 'organisation.read',
    audit: 'agreement.list',
    shape: 'collection',
    response: agreementListSchema,
    handler: (ctx) => listAgreements(ctx),
  });

  registerSecuredRoute(app, db, {
    method: 'POST',
    url: '/api/agreements',
    summary: 'Write a collaboration agreement: parties with signing leaders, what was agreed, valid from, revisit on',
    tags: ['agreements'],
    permission: 'agreements.manage',
    audit: 'agreement.create',
    shape: 'collection',
    body: createAgreementBodySchema,
    response: agreementSchema,
    status: 201,
    handler: (ctx, { body }) => createAgreement(ctx, body),
  });

  registerSecuredRoute(app, db, {
    method: 'GET',
    url: '/api/agreements/:id',
    summary: 'One collaboration agreement',
    tags: ['agreements'],
    permission: 'organisation.read',
    audit: 'agreement.read',
    shape: 'item',
    params: idParamsSchema,
    response: agreementSchema,
    handler: (ctx, { params }) => getAgreement(ctx, params.id),
  });

  registerSecuredRoute(app, db, {
    method: 'PATCH',
    url: '/api/agreements/:id',
    summary: 'Change or revisit an agreement (new revisit date, parties, text); 409 when someone else saved first',
    tags: ['agreements'],
    permission: 'agreements.manage',
    audit: 'agreement.update',
    shape: 'item',
    params: idParamsSchema,
    body: updateAgreementBodySchema,
    response: agreementSchema,
    handler: (ctx, { params, body }) => updateAgreement(ctx, params.id, body),
  });
}
