/** Tasks for units: start a flowcard, tasks by hand, inbox, leaders' oversight, the citizen's overview, working a task. */
import type { FastifyInstance } from 'fastify';
import { tasksRoutes } from '@hjemvej/contract';
import type { Db } from '../../database/connection';
import { registerSecuredRoute } from '../../http/secured-route';
import { listStartableFlowcards, startFlowcard } from './flowcard-run-service';
import { getCitizenTaskOverview, getInbox, getOversight } from './task-inbox-service';
import {
  blockTask,
  commentOnTask,
  completeTask,
  createTask,
  getTask,
  listTaskUnits,
  releaseTask,
  reopenTask,
  setCitizenUrgent,
  setTaskUrgent,
  takeTask,
  tickChecklist,
  unblockTask,
} from './task-service';

export function registerTaskRoutes(app: FastifyInstance, db: Db): void {
  registerSecuredRoute(app, db, tasksRoutes.startableFlowcards, {
    audit: null,
    shape: 'collection',
    handler: (ctx) => listStartableFlowcards(ctx),
  });

  registerSecuredRoute(app, db, tasksRoutes.unitOptions, {
    audit: null,
    shape: 'collection',
    handler: (ctx) => listTaskUnits(ctx),
  });

  registerSecuredRoute(app, db, tasksRoutes.startFlowcard, {
    audit: 'flowcard_run.start',
    shape: 'item',
    handler: (ctx, { params, body }) => startFlowcard(ctx, params.id, body),
  });

  registerSecuredRoute(app, db, tasksRoutes.citizenOverview, {
    audit: 'task.overview',
    shape: 'item',
    handler: (ctx, { params }) => getCitizenTaskOverview(ctx, params.id),
  });

  registerSecuredRoute(app, db, tasksRoutes.create, {
    audit: 'task.create',
    shape: 'item',
    handler: (ctx, { params, body }) => createTask(ctx, params.id, body),
  });

  registerSecuredRoute(app, db, tasksRoutes.citizenUrgent, {
    audit: 'citizen.urgent',
    shape: 'item',
    handler: (ctx, { params, body }) => setCitizenUrgent(ctx, params.id, body.urgent),
  });

  registerSecuredRoute(app, db, tasksRoutes.inbox, {
    audit: 'task.inbox',
    shape: 'collection',
    handler: (ctx, { query }) => getInbox(ctx, query),
  });

  registerSecuredRoute(app, db, tasksRoutes.oversight, {
    audit: 'task.oversee',
    shape: 'collection',
    handler: (ctx, { query }) => getOversight(ctx, query),
  });

  registerSecuredRoute(app, db, tasksRoutes.read, {
    audit: 'task.read',
    shape: 'item',
    handler: (ctx, { params }) => getTask(ctx, params.id),
  });

  registerSecuredRoute(app, db, tasksRoutes.take, {
    audit: 'task.take',
    shape: 'item',
    handler: (ctx, { params }) => takeTask(ctx, params.id),
  });

  registerSecuredRoute(app, db, tasksRoutes.release, {
    audit: 'task.release',
    shape: 'item',
    handler: (ctx, { params }) => releaseTask(ctx, params.id),
  });

  registerSecuredRoute(app, db, tasksRoutes.unblock, {
    audit: 'task.unblock',
    shape: 'item',
    handler: (ctx, { params }) => unblockTask(ctx, params.id),
  });

  registerSecuredRoute(app, db, tasksRoutes.comment, {
    audit: 'task.comment',
    shape: 'item',
    handler: (ctx, { params, body }) => commentOnTask(ctx, params.id, body.text),
  });

  registerSecuredRoute(app, db, tasksRoutes.block, {
    audit: 'task.block',
    shape: 'item',
    handler: (ctx, { params, body }) => blockTask(ctx, params.id, body),
  });

  registerSecuredRoute(app, db, tasksRoutes.done, {
    audit: 'task.done',
    shape: 'item',
    handler: (ctx, { params, body }) => completeTask(ctx, params.id, body),
  });

  registerSecuredRoute(app, db, tasksRoutes.reopen, {
    audit: 'task.reopen',
    shape: 'item',
    handler: (ctx, { params, body }) => reopenTask(ctx, params.id, body.reason),
  });

  registerSecuredRoute(app, db, tasksRoutes.urgent, {
    audit: 'task.urgent',
    shape: 'item',
    handler: (ctx, { params, body }) => setTaskUrgent(ctx, params.id, body.urgent),
  });

  registerSecuredRoute(app, db, tasksRoutes.tickChecklist, {
    audit: 'task.checklist',
    shape: 'item',
    handler: (ctx, { params, body }) => tickChecklist(ctx, params.id, params.index, body),
  });
}
