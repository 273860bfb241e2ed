/** Tasks for units: start a flowcard, tasks by hand, inbox, leaders' oversight, the citizen's overview, working a task. */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  blockBodySchema,
  checklistBodySchema,
  checklistParamsSchema,
  citizenTaskOverviewSchema,
  commentBodySchema,
  createTaskBodySchema,
  doneBodySchema,
  idParamsSchema,
  inboxQuerySchema,
  inboxSchema,
  oversightQuerySchema,
  oversightSchema,
  reopenBodySchema,
  startableFlowcardsSchema,
  startedFlowcardSchema,
  startFlowcardBodySchema,
  taskSchema,
  taskUnitOptionsSchema,
  urgentBodySchema,
} from '@hjemvej/contract';
import type { Db } from '../../database/connection';
import { registerSecuredRoute } from '../../http/secured-route';
import {
  blockTask,
  commentOnTask,
  completeTask,
  createTask,
  getCitizenTaskOverview,
  getInbox,
  getOversight,
  getTask,
  listStartableFlowcards,
  listTaskUnits,
  releaseTask,
  reopenTask,
  setCitizenUrgent,
  setTaskUrgent,
  startFlowcard,
  takeTask,
  tickChecklist,
  unblockTask,
} from './task-service';

export function registerTaskRoutes(app: FastifyInstance, db: Db): void {
  registerSecuredRoute(app, db, {
    method: 'GET',
    url: '/api/startable-flowcards',
    summary: 'The municipality’s flowcards that can be started for a citizen (current versions)',
    tags: ['tasks'],
    permission: 'citizens.write',
    audit: null,
    shape: 'collection',
    response: startableFlowcardsSchema,
    handler: (ctx) => listStartableFlowcards(ctx),
  });

  registerSecuredRoute(app, db, {
    method: 'GET',
    url: '/api/task-units',
    summary: 'Units a task may be given to: the municipality’s own and its partners’',
    tags: ['tasks'],
    permission: 'tasks.work',
    audit: null,
    shape: 'collection',
    response: taskUnitOptionsSchema,
    handler: (ctx) => listTaskUnits(ctx),
  });

  registerSecuredRoute(app, db, {
    method: 'POST',
    url: '/api/citizens/:id/flowcard-runs',
    summary: 'Start a flowcard for the citizen: tasks for each unit with due dates; steps the course already shows are done',
    tags: ['tasks'],
    permission: 'citizens.write',
    audit: 'flowcard_run.start',
    shape: 'item',
    params: idParamsSchema,
    body: startFlowcardBodySchema,
    response: startedFlowcardSchema,
    status: 201,
    handler: (ctx, { params, body }) => startFlowcard(ctx, params.id, body),
  });

  registerSecuredRoute(app, db, {
    method: 'GET',
    url: '/api/citizens/:id/tasks',
    summary: 'Every unit’s tasks for the citizen, the started flowcards and the two-month clock',
    tags: ['tasks'],
    permission: 'citizens.read',
    audit: 'task.overview',
    shape: 'item',
    params: idParamsSchema,
    response: citizenTaskOverviewSchema,
    handler: (ctx, { params }) => getCitizenTaskOverview(ctx, params.id),
  });

  registerSecuredRoute(app, db, {
    method: 'POST',
    url: '/api/citizens/:id/tasks',
    summary: 'Make a task by hand for one of the municipality’s or its partners’ units',
    tags: ['tasks'],
    permission: 'tasks.work',
    audit: 'task.create',
    shape: 'item',
    params: idParamsSchema,
    body: createTaskBodySchema,
    response: taskSchema,
    status: 201,
    handler: (ctx, { params, body }) => createTask(ctx, params.id, body),
  });

  registerSecuredRoute(app, db, {
    method: 'PUT',
    url: '/api/citizens/:id/urgent',
    summary: '“Housing First haster” on the citizen’s whole course: every task gets the shorter deadline',
    tags: ['tasks'],
    permission: 'citizens.write',
    audit: 'citizen.urgent',
    shape: 'item',
    params: idParamsSchema,
    body: urgentBodySchema,
    response: citizenTaskOverviewSchema,
    handler: (ctx, { params, body }) => setCitizenUrgent(ctx, params.id, body.urgent),
  });

  registerSecuredRoute(app, db, {
    method: 'GET',
    url: '/api/inbox',
    summary: 'The caller’s units’ tasks, most urgent first (urgent, overdue, due date)',
    tags: ['tasks'],
    permission: 'tasks.work',
    audit: 'task.inbox',
    shape: 'collection',
    querystring: inboxQuerySchema,
    response: inboxSchema,
    handler: (ctx, { query }) => getInbox(ctx, query),
  });

  registerSecuredRoute(app, db, {
    method: 'GET',
    url: '/api/task-oversight',
    summary: 'Leaders: every overdue and blocked task in the organisation’s units',
    tags: ['tasks'],
    permission: 'tasks.oversee',
    audit: 'task.oversee',
    shape: 'collection',
    querystring: oversightQuerySchema,
    response: oversightSchema,
    handler: (ctx, { query }) => getOversight(ctx, query),
  });

  registerSecuredRoute(app, db, {
    method: 'GET',
    url: '/api/tasks/:id',
    summary: 'One task with its checklist and history',
    tags: ['tasks'],
    permission: 'tasks.work',
    audit: 'task.read',
    shape: 'item',
    params: idParamsSchema,
    response: taskSchema,
    handler: (ctx, { params }) => getTask(ctx, params.id),
  });

  const action = (url: string, summary: string, audit: 'task.take' | 'task.release' | 'task.unblock', run: typeof takeTask) =>
    registerSecuredRoute(app, db, {
      method: 'POST',
      url,
      summary,
      tags: ['tasks'],
      permission: 'tasks.work',
      audit,
      shape: 'item',
      params: idParamsSchema,
      body: z.object({}).optional(),
      response: taskSchema,
      handler: (ctx, { params }) => run(ctx, params.id),
    });
  action('/api/tasks/:id/take', 'Take the task (members of its unit)', 'task.take', takeTask);
  action('/api/tasks/:id/release', 'Give the task back to the unit', 'task.release', releaseTask);
  action('/api/tasks/:id/unblock', 'The task no longer waits', 'task.unblock', unblockTask);

  registerSecuredRoute(app, db, {
    method: 'POST',
    url: '/api/tasks/:id/comments',
    summary: 'Comment on the task',
    tags: ['tasks'],
    permission: 'tasks.work',
    audit: 'task.comment',
    shape: 'item',
    params: idParamsSchema,
    body: commentBodySchema,
    response: taskSchema,
    handler: (ctx, { params, body }) => commentOnTask(ctx, params.id, body.text),
  });

  registerSecuredRoute(app, db, {
    method: 'POST',
    url: '/api/tasks/:id/block',
    summary: 'Mark the task blocked, naming what or whom it waits for',
    tags: ['tasks'],
    permission: 'tasks.work',
    audit: 'task.block',
    shape: 'item',
    params: idParamsSchema,
    body: blockBodySchema,
    response: taskSchema,
    handler: (ctx, { params, body }) => blockTask(ctx, params.id, body),
  });

  registerSecuredRoute(app, db, {
    method: 'POST',
    url: '/api/tasks/:id/done',
    summary: 'Mark the task done (refused twice, for another unit, or while earlier steps are not done)',
    tags: ['tasks'],
    permission: 'tasks.work',
    audit: 'task.done',
    shape: 'item',
    params: idParamsSchema,
    body: doneBodySchema,
    response: taskSchema,
    handler: (ctx, { params, body }) => completeTask(ctx, params.id, body),
  });

  registerSecuredRoute(app, db, {
    method: 'POST',
    url: '/api/tasks/:id/reopen',
    summary: 'Reopen a done task, giving the reason',
    tags: ['tasks'],
    permission: 'tasks.work',
    audit: 'task.reopen',
    shape: 'item',
    params: idParamsSchema,
    body: reopenBodySchema,
    response: taskSchema,
    handler: (ctx, { params, body }) => reopenTask(ctx, params.id, body.reason),
  });

  registerSecuredRoute(app, db, {
    method: 'PUT',
    url: '/api/tasks/:id/urgent',
    summary: '“Housing First haster” on one task',
    tags: ['tasks'],
    permission: 'tasks.work',
    audit: 'task.urgent',
    shape: 'item',
    params: idParamsSchema,
    body: urgentBodySchema,
    response: taskSchema,
    handler: (ctx, { params, body }) => setTaskUrgent(ctx, params.id, body.urgent),
  });

  registerSecuredRoute(app, db, {
    method: 'PUT',
    url: '/api/tasks/:id/checklist/:index',
    summary: 'Tick or untick a checklist item or required document',
    tags: ['tasks'],
    permission: 'tasks.work',
    audit: 'task.checklist',
    shape: 'item',
    params: checklistParamsSchema,
    body: checklistBodySchema,
    response: taskSchema,
    handler: (ctx, { params, body }) => tickChecklist(ctx, params.id, params.index, body),
  });
}
