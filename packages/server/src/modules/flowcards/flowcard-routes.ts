/** Flowcards (the organisation's workflows), their versions, and the collaboration settings. */
import type { FastifyInstance } from 'fastify';
import {
  archiveFlowcardBodySchema,
  collaborationSettingsSchema,
  compareQuerySchema,
  createFlowcardBodySchema,
  flowcardComparisonSchema,
  flowcardListQuerySchema,
  flowcardListSchema,
  flowcardSchema,
  flowcardUnitListSchema,
  flowcardVersionListSchema,
  flowcardVersionSchema,
  idParamsSchema,
  updateCollaborationSettingsBodySchema,
  updateFlowcardBodySchema,
  versionParamsSchema,
} from '@hjemvej/contract';
import type { Db } from '../../database/connection';
import { registerSecuredRoute } from '../../http/secured-route';
import { getCollaborationSettings, updateCollaborationSettings } from './collaboration-settings-service';
import {
  archiveFlowcard,
  compareFlowcardVersions,
  createFlowcard,
  getFlowcard,
  getFlowcardVersion,
  listFlowcardUnitOptions,
  listFlowcards,
  listFlowcardVersions,
  updateFlowcard,
} from './flowcard-service';

export function registerFlowcardRoutes(app: FastifyInstance, db: Db): void {
  // Flowcards describe how the organisation works, not any citizen: reading them touches no
  // personal data (audit: null); every change is audited.
  registerSecuredRoute(app, db, {
    method: 'GET',
    url: '/api/flowcards',
    summary: 'The organisation’s flowcards (workflow descriptions); ?includeArchived=true for archived ones too',
    tags: ['flowcards'],
    permission: 'organisation.read',
    audit: null,
    shape: 'collection',
    querystring: flowcardListQuerySchema,
    response: flowcardListSchema,
    handler: (ctx, { query }) => listFlowcards(ctx, query.includeArchived),
  });

  registerSecuredRoute(app, db, {
    method: 'GET',
    url: '/api/flowcards/unit-options',
    summary: 'The units a step may be given to: the organisation’s own active units and its partners’',
    tags: ['flowcards'],
    permission: 'organisation.read',
    audit: null,
    shape: 'collection',
    response: flowcardUnitListSchema,
    handler: (ctx) => listFlowcardUnitOptions(ctx),
  });

  registerSecuredRoute(app, db, {
    method: 'POST',
    url: '/api/flowcards',
    summary: 'Write a flowcard: ordered steps with unit, deadline, dependencies (422 naming what to fix)',
    tags: ['flowcards'],
    permission: 'flowcards.manage',
    audit: 'flowcard.create',
    shape: 'collection',
    body: createFlowcardBodySchema,
    response: flowcardSchema,
    status: 201,
    handler: (ctx, { body }) => createFlowcard(ctx, body),
  });

  registerSecuredRoute(app, db, {
    method: 'GET',
    url: '/api/flowcards/:id',
    summary: 'One flowcard as it is now, with the units its steps name',
    tags: ['flowcards'],
    permission: 'organisation.read',
    audit: null,
    shape: 'item',
    params: idParamsSchema,
    response: flowcardSchema,
    handler: (ctx, { params }) => getFlowcard(ctx, params.id),
  });

  registerSecuredRoute(app, db, {
    method: 'PUT',
    url: '/api/flowcards/:id',
    summary: 'Save a new version of the flowcard (409 naming who changed what when someone saved first)',
    tags: ['flowcards'],
    permission: 'flowcards.manage',
    audit: 'flowcard.update',
    shape: 'item',
    params: idParamsSchema,
    body: updateFlowcardBodySchema,
    response: flowcardSchema,
    handler: (ctx, { params, body }) => updateFlowcard(ctx, params.id, body),
  });

  registerSecuredRoute(app, db, {
    method: 'PUT',
    url: '/api/flowcards/:id/archived',
    summary: 'Archive a flowcard (it can no longer be started) or bring it back',
    tags: ['flowcards'],
    permission: 'flowcards.manage',
    audit: 'flowcard.archive',
    shape: 'item',
    params: idParamsSchema,
    body: archiveFlowcardBodySchema,
    response: flowcardSchema,
    handler: (ctx, { params, body }) => archiveFlowcard(ctx, params.id, body),
  });

  registerSecuredRoute(app, db, {
    method: 'GET',
    url: '/api/flowcards/:id/versions',
    summary: 'Every version of the flowcard: who saved it, when, why, and what it changed',
    tags: ['flowcards'],
    permission: 'organisation.read',
    audit: null,
    shape: 'item',
    params: idParamsSchema,
    response: flowcardVersionListSchema,
    handler: (ctx, { params }) => listFlowcardVersions(ctx, params.id),
  });

  registerSecuredRoute(app, db, {
    method: 'GET',
    url: '/api/flowcards/:id/versions/:version',
    summary: 'One version of the flowcard, in full',
    tags: ['flowcards'],
    permission: 'organisation.read',
    audit: null,
    shape: 'item',
    params: versionParamsSchema,
    response: flowcardVersionSchema,
    handler: (ctx, { params }) => getFlowcardVersion(ctx, params.id, params.version),
  });

  registerSecuredRoute(app, db, {
    method: 'GET',
    url: '/api/flowcards/:id/compare',
    summary: 'Two versions of the flowcard compared step by step (?from=1&to=2)',
    tags: ['flowcards'],
    permission: 'organisation.read',
    audit: null,
    shape: 'item',
    params: idParamsSchema,
    querystring: compareQuerySchema,
    response: flowcardComparisonSchema,
    handler: (ctx, { params, query }) => compareFlowcardVersions(ctx, params.id, query),
  });

  registerSecuredRoute(app, db, {
    method: 'GET',
    url: '/api/collaboration-settings',
    summary: 'The organisation’s deadlines for working together: urgent deadline, escalation margin, housing goal',
    tags: ['flowcards'],
    permission: 'organisation.read',
    audit: null,
    shape: 'collection',
    response: collaborationSettingsSchema,
    handler: (ctx) => getCollaborationSettings(ctx),
  });

  registerSecuredRoute(app, db, {
    method: 'PUT',
    url: '/api/collaboration-settings',
    summary: 'Change the organisation’s deadlines for working together',
    tags: ['flowcards'],
    permission: 'flowcards.manage',
    audit: 'collaboration_settings.update',
    shape: 'collection',
    body: updateCollaborationSettingsBodySchema,
    response: collaborationSettingsSchema,
    handler: (ctx, { body }) => updateCollaborationSettings(ctx, body),
  });
}
