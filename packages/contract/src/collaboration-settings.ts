/**
 * The organisation's collaboration settings: the shorter deadline for "Housing First haster"
 * tasks, how far past its due date a task is escalated to the unit's leaders, and the goal from
 * first contact to own home, and how often a support course's status registration comes due.
 * Tasks, escalation, the time report and course documentation read them.
 */
import { z } from 'zod';
import { isoDateTimeSchema } from './common';
import { defineRoute } from './route';

export const collaborationSettingsSchema = z.object({
  urgentDeadlineWorkingDays: z.number().int(),
  escalationMarginWorkingDays: z.number().int(),
  housingGoalDays: z.number().int(),
  /** Months between a support course's status registrations (course documentation). */
  registrationIntervalMonths: z.number().int(),
  updatedBy: z.string().nullable(),
  updatedAt: isoDateTimeSchema.nullable(),
});
export type CollaborationSettings = z.infer<typeof collaborationSettingsSchema>;

export const updateCollaborationSettingsBodySchema = z.object({
  urgentDeadlineWorkingDays: z.number().int().min(1).max(60),
  escalationMarginWorkingDays: z.number().int().min(0).max(60),
  housingGoalDays: z.number().int().min(1).max(730),
  /** Left out: unchanged (older clients send only the three deadlines). */
  registrationIntervalMonths: z.number().int().min(1).max(12).optional(),
});
export type UpdateCollaborationSettingsBody = z.infer<typeof updateCollaborationSettingsBodySchema>;

export const collaborationSettingsRoutes = {
  read: defineRoute({
    name: 'getCollaborationSettings',
    method: 'GET',
    path: '/api/collaboration-settings',
    summary:
      'The organisation’s deadlines for working together: urgent deadline, escalation margin, housing goal, registration interval',
    tags: ['collaboration settings'],
    permission: 'organisation.read',
    audit: null,
    shape: 'collection',
    response: collaborationSettingsSchema,
  }),
  update: defineRoute({
    name: 'updateCollaborationSettings',
    method: 'PUT',
    path: '/api/collaboration-settings',
    summary: 'Change the organisation’s deadlines for working together',
    tags: ['collaboration settings'],
    permission: 'flowcards.manage',
    audit: 'collaboration_settings.update',
    shape: 'collection',
    body: updateCollaborationSettingsBodySchema,
    response: collaborationSettingsSchema,
  }),
};
