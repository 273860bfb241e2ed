/**
 * Tasks for units: started from a flowcard for a citizen or made by hand; worked in each
 * unit's inbox (take, comment, block naming what it waits for, done), "Housing First haster",
 * the citizen's overview of every unit's tasks with the two-month clock, and the leaders'
 * overview of overdue and blocked tasks.
 */
import { z } from 'zod';
import { caseDateSchema, idParamsSchema, idSchema, isoDateSchema, isoDateTimeSchema, textSchema } from './common';
import { defineRoute } from './route';
import { pageOf, pageQueryFields, queryFlagSchema } from './shared';
import { taskAbilitiesSchema } from './abilities';

export const taskStatuses = ['waiting', 'open', 'in_progress', 'blocked', 'done', 'cancelled'] as const;
export const taskStatusSchema = z.enum(taskStatuses);
export type TaskStatusName = z.infer<typeof taskStatusSchema>;

export const taskEventKinds = [
  'created',
  'opened',
  'taken',
  'released',
  'comment',
  'blocked',
  'unblocked',
  'done',
  'reopened',
  'cancelled',
  'urgent_set',
  'urgent_cleared',
  'escalated',
  'due_changed',
] as const;
export const taskEventKindSchema = z.enum(taskEventKinds);

/** The course records a step can be shown done by (a link opens the record). */
export const linkedRecordTypes = ['stay', 'assessment', 'plan', 'decision', 'housing_allocation', 'support_course'] as const;
export const linkedRecordTypeSchema = z.enum(linkedRecordTypes);

export const checkItemSchema = z.object({ label: z.string(), done: z.boolean() });

/** The citizen as a task may show them: null when the actor may not see who it is (see task-citizen-visibility). */
export const taskCitizenSchema = z.object({
  id: idSchema,
  name: z.string(),
  isUrgent: z.boolean(),
});

export const taskSummarySchema = z.object({
  id: idSchema,
  title: z.string(),
  status: taskStatusSchema,
  unit: z.object({ id: idSchema, name: z.string(), organisationName: z.string() }),
  citizen: taskCitizenSchema.nullable(),
  /** False for a task about no citizen (a taskforce plan's action, a status meeting's decision). */
  aboutCitizen: z.boolean(),
  assignee: z.object({ id: idSchema, name: z.string() }).nullable(),
  dueOn: isoDateSchema.nullable(),
  /** The task itself or the citizen's whole course is "Housing First haster". */
  isUrgent: z.boolean(),
  isTaskUrgent: z.boolean(),
  isOverdue: z.boolean(),
  workingDaysOverdue: z.number().int(),
  blockedWaitingFor: z.string().nullable(),
  flowcardName: z.string().nullable(),
  stepKey: z.string().nullable(),
  openedAt: isoDateTimeSchema.nullable(),
  doneAt: isoDateTimeSchema.nullable(),
  escalatedAt: isoDateTimeSchema.nullable(),
  linkedRecord: z.object({ type: linkedRecordTypeSchema, id: idSchema }).nullable(),
  /** Whether the caller is a member of the task's unit (may take, block and finish it). */
  isMine: z.boolean(),
  /** What the caller may do with the task. */
  abilities: taskAbilitiesSchema,
  version: z.number().int(),
});
export type TaskSummary = z.infer<typeof taskSummarySchema>;

export const taskEventSchema = z.object({
  id: idSchema,
  kind: taskEventKindSchema,
  text: z.string().nullable(),
  byName: z.string().nullable(),
  at: isoDateTimeSchema,
});
export type TaskEvent = z.infer<typeof taskEventSchema>;

export const taskSchema = taskSummarySchema.extend({
  description: z.string(),
  checklist: z.array(checkItemSchema),
  requiredDocuments: z.array(checkItemSchema),
  /** Titles of the steps this task still waits for. */
  waitingForSteps: z.array(z.string()),
  events: z.array(taskEventSchema),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});
export type Task = z.infer<typeof taskSchema>;

export const taskListSchema = pageOf(taskSummarySchema);
export type TaskList = z.infer<typeof taskListSchema>;

export const inboxQuerySchema = z.object({
  unitId: idSchema.optional(),
  /** open: workable now (open, in progress, blocked); waiting: later steps; done: finished. */
  view: z.enum(['open', 'waiting', 'done']).default('open'),
  mine: queryFlagSchema.optional(),
  ...pageQueryFields(),
});
export type InboxQuery = z.input<typeof inboxQuerySchema>;

export const inboxSchema = taskListSchema.extend({
  /** Per unit of the caller: open tasks, and of them urgent, overdue and due by Sunday (the start page's summary). */
  units: z.array(
    z.object({
      id: idSchema,
      name: z.string(),
      openCount: z.number().int(),
      urgentCount: z.number().int(),
      overdueCount: z.number().int(),
      dueThisWeekCount: z.number().int(),
    }),
  ),
});
export type Inbox = z.infer<typeof inboxSchema>;

export const startFlowcardBodySchema = z.object({
  flowcardId: idSchema,
  /** Default: today. */
  startedOn: caseDateSchema.optional(),
});
export type StartFlowcardBody = z.input<typeof startFlowcardBodySchema>;

export const flowcardRunSchema = z.object({
  id: idSchema,
  flowcardId: idSchema,
  flowcardName: z.string(),
  flowcardVersion: z.number().int(),
  startedOn: isoDateSchema,
  startedBy: z.string().nullable(),
  completedAt: isoDateTimeSchema.nullable(),
  cancelledAt: isoDateTimeSchema.nullable(),
});
export type FlowcardRun = z.infer<typeof flowcardRunSchema>;

export const startedFlowcardSchema = z.object({ run: flowcardRunSchema, tasks: z.array(taskSummarySchema) });
export type StartedFlowcard = z.infer<typeof startedFlowcardSchema>;

export const createTaskBodySchema = z.object({
  title: textSchema(200),
  description: z.string().trim().max(4000).optional(),
  unitId: idSchema,
  dueOn: caseDateSchema.optional(),
  isUrgent: z.boolean().optional(),
  checklist: z.array(textSchema(200)).max(30).optional(),
});
export type CreateTaskBody = z.input<typeof createTaskBodySchema>;

export const commentBodySchema = z.object({ text: textSchema(4000) });
export const blockBodySchema = z.object({ waitingFor: textSchema(300), comment: z.string().trim().max(4000).optional() });
export const doneBodySchema = z.object({ comment: z.string().trim().max(4000).optional() });
export const reopenBodySchema = z.object({ reason: textSchema(1000) });
/** take, release and unblock carry nothing. */
export const emptyTaskBodySchema = z.object({}).optional();
export const urgentBodySchema = z.object({ urgent: z.boolean() });
export const checklistParamsSchema = z.object({ id: idSchema, index: z.coerce.number().int().min(0).max(99) });
export const checklistBodySchema = z.object({
  done: z.boolean(),
  list: z.enum(['checklist', 'requiredDocuments']).default('checklist'),
});

export const housingGoalClockSchema = z.object({
  startedOn: isoDateSchema,
  goalOn: isoDateSchema,
  goalDays: z.number().int(),
  daysElapsed: z.number().int(),
  daysLeft: z.number().int(),
  movedInOn: isoDateSchema.nullable(),
  state: z.enum(['running', 'overdue', 'met', 'missed']),
});
export type HousingGoalClockView = z.infer<typeof housingGoalClockSchema>;

export const citizenTaskOverviewSchema = z.object({
  citizenId: idSchema,
  isUrgent: z.boolean(),
  urgentSince: isoDateTimeSchema.nullable(),
  clock: housingGoalClockSchema,
  runs: z.array(flowcardRunSchema),
  tasks: z.array(taskSummarySchema.extend({ waitingForSteps: z.array(z.string()) })),
  /** The first workable tasks by due date: what happens next. */
  nextTaskIds: z.array(idSchema),
  counts: z.object({
    done: z.number().int(),
    inProgress: z.number().int(),
    open: z.number().int(),
    waiting: z.number().int(),
    blocked: z.number().int(),
    overdue: z.number().int(),
  }),
});
export type CitizenTaskOverview = z.infer<typeof citizenTaskOverviewSchema>;

export const oversightQuerySchema = z.object({
  unitId: idSchema.optional(),
  ...pageQueryFields(),
});
export const oversightSchema = z.object({
  overdue: z.array(taskSummarySchema),
  blocked: z.array(taskSummarySchema),
  units: z.array(z.object({ id: idSchema, name: z.string(), overdue: z.number().int(), blocked: z.number().int() })),
});
export type Oversight = z.infer<typeof oversightSchema>;

/** Units a task may be given to by hand: the municipality's own and its partners'. */
export const taskUnitOptionsSchema = z.object({
  items: z.array(z.object({ id: idSchema, name: z.string(), organisationName: z.string(), isOwn: z.boolean() })),
});
/** Flowcards that can be started for a citizen (current versions, not archived). */
export const startableFlowcardsSchema = z.object({
  items: z.array(z.object({ id: idSchema, name: z.string(), version: z.number().int(), stepCount: z.number().int() })),
});
export type StartableFlowcards = z.infer<typeof startableFlowcardsSchema>;

export const tasksRoutes = {
  startableFlowcards: defineRoute({
    name: 'listStartableFlowcards',
    method: 'GET',
    path: '/api/startable-flowcards',
    summary: 'The municipality’s flowcards that can be started for a citizen (current versions)',
    tags: ['tasks'],
    permission: 'citizens.write',
    audit: null,
    shape: 'collection',
    response: startableFlowcardsSchema,
  }),
  unitOptions: defineRoute({
    name: 'listTaskUnitOptions',
    method: 'GET',
    path: '/api/task-units',
    summary: 'Units a task may be given to: the municipality’s own and its partners’',
    tags: ['tasks'],
    permission: 'tasks.work',
    audit: null,
    shape: 'collection',
    response: taskUnitOptionsSchema,
  }),
  startFlowcard: defineRoute({
    name: 'startFlowcard',
    method: 'POST',
    path: '/api/citizens/:id/flowcard-runs',
    summary: 'Start a flowcard for the citizen: tasks for each unit with due dates; steps the course already shows are done',
    tags: ['tasks'],
    permission: 'citizens.write',
    audit: 'flowcard_run.start',
    shape: 'item',
    params: idParamsSchema,
    body: startFlowcardBodySchema,
    response: startedFlowcardSchema,
    status: 201,
  }),
  citizenOverview: defineRoute({
    name: 'getCitizenTaskOverview',
    method: 'GET',
    path: '/api/citizens/:id/tasks',
    summary: 'Every unit’s tasks for the citizen, the started flowcards and the two-month clock',
    tags: ['tasks'],
    permission: 'citizens.read',
    audit: 'task.overview',
    shape: 'item',
    params: idParamsSchema,
    response: citizenTaskOverviewSchema,
  }),
  create: defineRoute({
    name: 'createTask',
    method: 'POST',
    path: '/api/citizens/:id/tasks',
    summary: 'Make a task by hand for one of the municipality’s or its partners’ units',
    tags: ['tasks'],
    permission: 'tasks.work',
    audit: 'task.create',
    shape: 'item',
    params: idParamsSchema,
    body: createTaskBodySchema,
    response: taskSchema,
    status: 201,
  }),
  citizenUrgent: defineRoute({
    name: 'setCitizenUrgent',
    method: 'PUT',
    path: '/api/citizens/:id/urgent',
    summary: '“Housing First haster” on the citizen’s whole course: every task gets the shorter deadline',
    tags: ['tasks'],
    permission: 'citizens.write',
    audit: 'citizen.urgent',
    shape: 'item',
    params: idParamsSchema,
    body: urgentBodySchema,
    response: citizenTaskOverviewSchema,
  }),
  inbox: defineRoute({
    name: 'getInbox',
    method: 'GET',
    path: '/api/inbox',
    summary: 'The caller’s units’ tasks, most urgent first (urgent, overdue, due date)',
    tags: ['tasks'],
    permission: 'tasks.work',
    audit: 'task.inbox',
    shape: 'collection',
    query: inboxQuerySchema,
    response: inboxSchema,
  }),
  oversight: defineRoute({
    name: 'getTaskOversight',
    method: 'GET',
    path: '/api/task-oversight',
    summary: 'Leaders: every overdue and blocked task in the organisation’s units',
    tags: ['tasks'],
    permission: 'tasks.oversee',
    audit: 'task.oversee',
    shape: 'collection',
    query: oversightQuerySchema,
    response: oversightSchema,
  }),
  read: defineRoute({
    name: 'getTask',
    method: 'GET',
    path: '/api/tasks/:id',
    summary: 'One task with its checklist and history',
    tags: ['tasks'],
    permission: 'tasks.work',
    audit: 'task.read',
    shape: 'item',
    params: idParamsSchema,
    response: taskSchema,
  }),
  take: defineRoute({
    name: 'takeTask',
    method: 'POST',
    path: '/api/tasks/:id/take',
    summary: 'Take the task (members of its unit)',
    tags: ['tasks'],
    permission: 'tasks.work',
    audit: 'task.take',
    shape: 'item',
    params: idParamsSchema,
    body: emptyTaskBodySchema,
    response: taskSchema,
  }),
  release: defineRoute({
    name: 'releaseTask',
    method: 'POST',
    path: '/api/tasks/:id/release',
    summary: 'Give the task back to the unit',
    tags: ['tasks'],
    permission: 'tasks.work',
    audit: 'task.release',
    shape: 'item',
    params: idParamsSchema,
    body: emptyTaskBodySchema,
    response: taskSchema,
  }),
  unblock: defineRoute({
    name: 'unblockTask',
    method: 'POST',
    path: '/api/tasks/:id/unblock',
    summary: 'The task no longer waits',
    tags: ['tasks'],
    permission: 'tasks.work',
    audit: 'task.unblock',
    shape: 'item',
    params: idParamsSchema,
    body: emptyTaskBodySchema,
    response: taskSchema,
  }),
  comment: defineRoute({
    name: 'commentOnTask',
    method: 'POST',
    path: '/api/tasks/:id/comments',
    summary: 'Comment on the task',
    tags: ['tasks'],
    permission: 'tasks.work',
    audit: 'task.comment',
    shape: 'item',
    params: idParamsSchema,
    body: commentBodySchema,
    response: taskSchema,
  }),
  block: defineRoute({
    name: 'blockTask',
    method: 'POST',
    path: '/api/tasks/:id/block',
    summary: 'Mark the task blocked, naming what or whom it waits for',
    tags: ['tasks'],
    permission: 'tasks.work',
    audit: 'task.block',
    shape: 'item',
    params: idParamsSchema,
    body: blockBodySchema,
    response: taskSchema,
  }),
  done: defineRoute({
    name: 'completeTask',
    method: 'POST',
    path: '/api/tasks/:id/done',
    summary: 'Mark the task done (refused twice, for another unit, or while earlier steps are not done)',
    tags: ['tasks'],
    permission: 'tasks.work',
    audit: 'task.done',
    shape: 'item',
    params: idParamsSchema,
    body: doneBodySchema,
    response: taskSchema,
  }),
  reopen: defineRoute({
    name: 'reopenTask',
    method: 'POST',
    path: '/api/tasks/:id/reopen',
    summary: 'Reopen a done task, giving the reason',
    tags: ['tasks'],
    permission: 'tasks.work',
    audit: 'task.reopen',
    shape: 'item',
    params: idParamsSchema,
    body: reopenBodySchema,
    response: taskSchema,
  }),
  urgent: defineRoute({
    name: 'setTaskUrgent',
    method: 'PUT',
    path: '/api/tasks/:id/urgent',
    summary: '“Housing First haster” on one task',
    tags: ['tasks'],
    permission: 'tasks.work',
    audit: 'task.urgent',
    shape: 'item',
    params: idParamsSchema,
    body: urgentBodySchema,
    response: taskSchema,
  }),
  tickChecklist: defineRoute({
    name: 'tickTaskChecklist',
    method: 'PUT',
    path: '/api/tasks/:id/checklist/:index',
    summary: 'Tick or untick a checklist item or required document',
    tags: ['tasks'],
    permission: 'tasks.work',
    audit: 'task.checklist',
    shape: 'item',
    params: checklistParamsSchema,
    body: checklistBodySchema,
    response: taskSchema,
  }),
};
