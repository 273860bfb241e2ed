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
  registerSecuredRoute(app, db, tasksRoutes.startableFlowcards, (ctx) => listStartableFlowcards(ctx));

  registerSecuredRoute(app, db, tasksRoutes.unitOptions, (ctx) => listTaskUnits(ctx));

  registerSecuredRoute(app, db, tasksRoutes.startFlowcard, (ctx, { params, body }) => startFlowcard(ctx, params.id, body));

  registerSecuredRoute(app, db, tasksRoutes.citizenOverview, (ctx, { params }) => getCitizenTaskOverview(ctx, params.id));

  registerSecuredRoute(app, db, tasksRoutes.create, (ctx, { params, body }) => createTask(ctx, params.id, body));

  registerSecuredRoute(app, db, tasksRoutes.citizenUrgent, (ctx, { params, body }) =>
    setCitizenUrgent(ctx, params.id, body.urgent),
  );

  registerSecuredRoute(app, db, tasksRoutes.inbox, (ctx, { query }) => getInbox(ctx, query));

  registerSecuredRoute(app, db, tasksRoutes.oversight, (ctx, { query }) => getOversight(ctx, query));

  registerSecuredRoute(app, db, tasksRoutes.read, (ctx, { params }) => getTask(ctx, params.id));

  registerSecuredRoute(app, db, tasksRoutes.take, (ctx, { params }) => takeTask(ctx, params.id));

  registerSecuredRoute(app, db, tasksRoutes.release, (ctx, { params }) => releaseTask(ctx, params.id));

  registerSecuredRoute(app, db, tasksRoutes.unblock, (ctx, { params }) => unblockTask(ctx, params.id));

  registerSecuredRoute(app, db, tasksRoutes.comment, (ctx, { params, body }) => commentOnTask(ctx, params.id, body.text));

  registerSecuredRoute(app, db, tasksRoutes.block, (ctx, { params, body }) => blockTask(ctx, params.id, body));

  registerSecuredRoute(app, db, tasksRoutes.done, (ctx, { params, body }) => completeTask(ctx, params.id, body));

  registerSecuredRoute(app, db, tasksRoutes.reopen, (ctx, { params, body }) => reopenTask(ctx, params.id, body.reason));

  registerSecuredRoute(app, db, tasksRoutes.urgent, (ctx, { params, body }) => setTaskUrgent(ctx, params.id, body.urgent));

  registerSecuredRoute(app, db, tasksRoutes.tickChecklist, (ctx, { params, body }) =>
    tickChecklist(ctx, params.id, params.index, body),
  );
}
