/**
 * The taskforce course's status meetings (issue 13 point 7). The system builds each meeting's
 * agenda: the plan's actions due since the previous meeting (or since the plan began) with their
 * task status, and each goal's movement, baseline → the value at the previous meeting → now on
 * live data, published (suppressed) as the plan publishes it. At the meeting the goals' values
 * are kept, so the next meeting shows the movement since this one; the minutes are written and
 * each decision, with an owner and a due date, becomes a task in the owner's inbox.
 */
import { z } from 'zod';
import { caseDateSchema, idParamsSchema, idSchema, isoDateSchema, textSchema } from './common';
import { measureDisplayFields, measureIdSchema } from './key-figures';
import { taskStatusSchema } from './tasks';
import { defineRoute } from './route';

const personSchema = z.object({ id: idSchema, name: z.string() });

/** A value of a goal's measure, published as the package publishes it; null when hidden or empty. */
export const taskforceGoalValueSchema = z.object({
  value: z.number().nullable(),
  /** Why there is no value: the suppression label ('<5', '..'), or null when the period has none. */
  hiddenLabel: z.string().nullable(),
  from: isoDateSchema,
  to: isoDateSchema,
});

export const taskforceAgendaActionSchema = z.object({
  actionId: idSchema,
  title: z.string(),
  goalId: idSchema,
  owner: personSchema.nullable(),
  dueOn: isoDateSchema,
  taskId: idSchema.nullable(),
  /** The task's status when the agenda was built (at the meeting, for a held one); null without a task. */
  taskStatus: taskStatusSchema.nullable(),
});
export type TaskforceAgendaAction = z.infer<typeof taskforceAgendaActionSchema>;

export const taskforceGoalMovementSchema = z.object({
  goalId: idSchema,
  pointTitle: z.string(),
  measure: measureIdSchema,
  measureName: z.string(),
  ...measureDisplayFields,
  baseline: z.number(),
  /** The value kept at the previous status meeting; null at the first meeting or for a goal set since. */
  previous: taskforceGoalValueSchema.extend({ heldOn: isoDateSchema }).nullable(),
  /** Live data up to the meeting's day (today for the coming meeting; kept at a held one). */
  now: taskforceGoalValueSchema,
  target: z.number(),
  targetOn: isoDateSchema,
});
export type TaskforceGoalMovement = z.infer<typeof taskforceGoalMovementSchema>;

export const taskforceStatusAgendaSchema = z.object({
  /** The previous meeting's day: the actions due after it are followed up; null at the first meeting. */
  previousHeldOn: isoDateSchema.nullable(),
  actions: z.array(taskforceAgendaActionSchema),
  goals: z.array(taskforceGoalMovementSchema),
});
export type TaskforceStatusAgenda = z.infer<typeof taskforceStatusAgendaSchema>;

export const taskforceStatusDecisionSchema = z.object({
  id: idSchema,
  text: z.string(),
  owner: personSchema,
  dueOn: isoDateSchema,
  taskId: idSchema.nullable(),
  taskStatus: taskStatusSchema.nullable(),
});

export const taskforceStatusMeetingSchema = z.object({
  id: idSchema,
  heldOn: isoDateSchema,
  /** The course's planned status-meeting activity the meeting was held as (marked done), if one was free. */
  activityId: idSchema.nullable(),
  minutes: z.string(),
  agenda: taskforceStatusAgendaSchema,
  decisions: z.array(taskforceStatusDecisionSchema),
});
export type TaskforceStatusMeeting = z.infer<typeof taskforceStatusMeetingSchema>;

export const taskforceStatusMeetingsSchema = z.object({
  courseId: idSchema,
  /** The meetings held, newest first. */
  meetings: z.array(taskforceStatusMeetingSchema),
  /** The agenda of a meeting held today, built now. */
  draft: taskforceStatusAgendaSchema.extend({ heldOn: isoDateSchema }),
  /** The municipality's users a decision may be given to (those with a unit, so with an inbox). */
  owners: z.array(personSchema),
  canEdit: z.boolean(),
});
export type TaskforceStatusMeetings = z.infer<typeof taskforceStatusMeetingsSchema>;

/** A decision's owner and due date may be missing in the body: the refusal then names them (422). */
export const createTaskforceStatusMeetingBodySchema = z.object({
  heldOn: caseDateSchema,
  minutes: z.string().trim().max(20000).default(''),
  decisions: z
    .array(
      z.object({
        text: textSchema(200),
        ownerUserId: idSchema.nullable(),
        dueOn: caseDateSchema.nullable(),
      }),
    )
    .max(30)
    .default([]),
});
export type CreateTaskforceStatusMeetingBody = z.input<typeof createTaskforceStatusMeetingBodySchema>;

export const taskforceStatusRoutes = {
  listStatusMeetings: defineRoute({
    name: 'listTaskforceStatusMeetings',
    method: 'GET',
    path: '/api/taskforce/courses/:id/status-meetings',
    summary: 'The status meetings held (agenda, goal movement, minutes, decisions) and the agenda of a meeting today',
    tags: ['taskforce'],
    permission: 'organisation.read',
    audit: 'taskforce_status_meeting.list',
    shape: 'item',
    params: idParamsSchema,
    response: taskforceStatusMeetingsSchema,
  }),
  createStatusMeeting: defineRoute({
    name: 'createTaskforceStatusMeeting',
    method: 'POST',
    path: '/api/taskforce/courses/:id/status-meetings',
    summary:
      'Record a held status meeting: the agenda and the goals’ values are kept, the minutes written, each decision becomes a task in its owner’s inbox',
    tags: ['taskforce'],
    permission: 'organisation.read',
    audit: 'taskforce_status_meeting.create',
    shape: 'item',
    params: idParamsSchema,
    body: createTaskforceStatusMeetingBodySchema,
    response: taskforceStatusMeetingsSchema,
    status: 201,
  }),
};
