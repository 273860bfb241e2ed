/**
 * Network meetings about a citizen: when, who took part (units, partners, the citizen, others),
 * agenda, notes, and decisions, each owned by a unit (and person) with a deadline; a decision
 * becomes a task for its unit.
 */
import { z } from 'zod';
import { caseDateSchema, idParamsSchema, idSchema, isoDateSchema, isoDateTimeSchema, textSchema } from './common';
import { changeStamps } from './record-stamps';
import { defineRoute } from './route';
import { changeBodyOf } from './shared';
import { meetingAbilitiesSchema } from './abilities';

export const networkMeetingParticipantSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('unit'), unitId: idSchema, name: z.string().trim().max(200).optional() }),
  z.object({ kind: z.literal('partner'), organisationId: idSchema, name: z.string().trim().max(200).optional() }),
  z.object({ kind: z.literal('citizen') }),
  z.object({ kind: z.literal('other'), name: textSchema(200), role: z.string().trim().max(200).optional() }),
]);
export type NetworkMeetingParticipantInput = z.input<typeof networkMeetingParticipantSchema>;

export const networkMeetingParticipantViewSchema = z.object({
  kind: z.enum(['unit', 'partner', 'citizen', 'other']),
  unitId: idSchema.nullable(),
  organisationId: idSchema.nullable(),
  /** The unit's or partner's name, the person's name, or null for the citizen. */
  label: z.string().nullable(),
  name: z.string().nullable(),
  role: z.string().nullable(),
});

export const networkMeetingDecisionSchema = z.object({
  id: idSchema,
  text: z.string(),
  ownerUnit: z.object({ id: idSchema, name: z.string(), organisationName: z.string() }),
  ownerUser: z.object({ id: idSchema, name: z.string() }).nullable(),
  dueOn: isoDateSchema,
  taskId: idSchema.nullable(),
  createdAt: isoDateTimeSchema,
});
export type NetworkMeetingDecision = z.infer<typeof networkMeetingDecisionSchema>;

export const networkMeetingSchema = z.object({
  id: idSchema,
  citizenId: idSchema,
  heldAt: isoDateTimeSchema,
  title: z.string(),
  participants: z.array(networkMeetingParticipantViewSchema),
  agenda: z.array(z.string()),
  notes: z.string(),
  decisions: z.array(networkMeetingDecisionSchema),
  createdBy: z.string().nullable(),
  updatedBy: z.string().nullable(),
  ...changeStamps,
  /** What the caller may do with the meeting. */
  abilities: meetingAbilitiesSchema,
});
export type NetworkMeeting = z.infer<typeof networkMeetingSchema>;

export const networkMeetingSummarySchema = networkMeetingSchema
  .pick({ id: true, citizenId: true, heldAt: true, title: true })
  .extend({
    participantCount: z.number().int(),
    decisionCount: z.number().int(),
  });
export const networkMeetingListSchema = z.object({ items: z.array(networkMeetingSummarySchema) });
export type NetworkMeetingList = z.infer<typeof networkMeetingListSchema>;

export const createNetworkMeetingBodySchema = z.object({
  heldAt: z.iso.datetime({ offset: true }),
  title: textSchema(200),
  participants: z.array(networkMeetingParticipantSchema).max(50).default([]),
  agenda: z.array(textSchema(500)).max(50).default([]),
  notes: z.string().trim().max(20_000).default(''),
});
export type CreateNetworkMeetingBody = z.input<typeof createNetworkMeetingBodySchema>;

export const updateNetworkMeetingBodySchema = changeBodyOf(createNetworkMeetingBodySchema);
export type UpdateNetworkMeetingBody = z.input<typeof updateNetworkMeetingBodySchema>;

export const createNetworkMeetingDecisionBodySchema = z.object({
  text: textSchema(1000),
  ownerUnitId: idSchema,
  ownerUserId: idSchema.optional(),
  dueOn: caseDateSchema,
});
export type CreateNetworkMeetingDecisionBody = z.input<typeof createNetworkMeetingDecisionBodySchema>;

export const networkMeetingsRoutes = {
  list: defineRoute({
    name: 'listNetworkMeetings',
    method: 'GET',
    path: '/api/citizens/:id/network-meetings',
    summary: 'Network meetings about the citizen, newest first',
    tags: ['network meetings'],
    permission: 'citizens.read',
    audit: 'network_meeting.list',
    shape: 'item',
    params: idParamsSchema,
    response: networkMeetingListSchema,
  }),
  create: defineRoute({
    name: 'createNetworkMeeting',
    method: 'POST',
    path: '/api/citizens/:id/network-meetings',
    summary: 'Record a network meeting: when, participants (units, partners, the citizen, others), agenda, notes',
    tags: ['network meetings'],
    permission: 'citizens.write',
    audit: 'network_meeting.create',
    shape: 'item',
    params: idParamsSchema,
    body: createNetworkMeetingBodySchema,
    response: networkMeetingSchema,
    status: 201,
  }),
  read: defineRoute({
    name: 'getNetworkMeeting',
    method: 'GET',
    path: '/api/network-meetings/:id',
    summary: 'One network meeting with participants, agenda, notes and decisions',
    tags: ['network meetings'],
    permission: 'citizens.read',
    audit: 'network_meeting.read',
    shape: 'item',
    params: idParamsSchema,
    response: networkMeetingSchema,
  }),
  update: defineRoute({
    name: 'updateNetworkMeeting',
    method: 'PATCH',
    path: '/api/network-meetings/:id',
    summary: 'Change a meeting’s time, participants, agenda or notes (409 when someone else saved first)',
    tags: ['network meetings'],
    permission: 'citizens.write',
    audit: 'network_meeting.update',
    shape: 'item',
    params: idParamsSchema,
    body: updateNetworkMeetingBodySchema,
    response: networkMeetingSchema,
  }),
  addDecision: defineRoute({
    name: 'addNetworkMeetingDecision',
    method: 'POST',
    path: '/api/network-meetings/:id/decisions',
    summary: 'Add a decision with an owner unit (and person) and a deadline; the owner is notified',
    tags: ['network meetings'],
    permission: 'citizens.write',
    audit: 'network_meeting.decision_add',
    shape: 'item',
    params: idParamsSchema,
    body: createNetworkMeetingDecisionBodySchema,
    response: networkMeetingSchema,
    status: 201,
  }),
};
