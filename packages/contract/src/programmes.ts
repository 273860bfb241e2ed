/**
 * Programmes (programme level): the national agency's implementation programmes with their
 * member municipalities and § 110 shelters (role, methods, joined and left), the travelling
 * team's activity log (no citizen data: phone advice has a topic and a note, nothing else), and
 * the programme's key figures per member municipality and pooled, suppressed.
 *
 * Methods are checked by the server, not the schema, so an unknown method is answered 422 in
 * the user's words, naming the field.
 */
import { z } from 'zod';
import { programmeActivityKinds, programmeMemberRoles, supportMethods } from '@hjemvej/domain';
import {
  caseDateSchema,
  changesSchema,
  idParamsSchema,
  idSchema,
  isoDateSchema,
  isoDateTimeSchema,
  textSchema,
  versionNumberSchema,
} from './common';
import { changeStamps } from './record-stamps';
import { defineRoute } from './route';
import { programmeAbilitiesSchema } from './abilities';
import { keyFigureQuerySchema, nationalFiguresSchema, publishedFigureSchema, publishedFiguresBasisFields } from './key-figures';

export const programmeMemberRoleSchema = z.enum(programmeMemberRoles);
export const programmeActivityKindSchema = z.enum(programmeActivityKinds);
/** What a programme's member is: a municipality or a § 110 shelter. */
export const programmeMemberKindSchema = z.enum(['municipality', 'shelter']);

const methodsInputSchema = z.array(z.string().trim().min(1).max(40)).max(10);
const descriptionSchema = z.string().trim().max(4000);

export const programmeMemberSchema = z.object({
  id: idSchema,
  organisationId: idSchema,
  organisationName: z.string(),
  organisationKind: programmeMemberKindSchema,
  role: programmeMemberRoleSchema,
  methods: z.array(z.enum(supportMethods)),
  joinedOn: isoDateSchema,
  leftOn: isoDateSchema.nullable(),
});
export type ProgrammeMember = z.infer<typeof programmeMemberSchema>;

export const programmeActivitySchema = z.object({
  id: idSchema,
  kind: programmeActivityKindSchema,
  occurredOn: isoDateSchema,
  topic: z.string(),
  note: z.string(),
  /** The memberships the activity involved. */
  memberIds: z.array(idSchema),
  createdBy: z.string().nullable(),
  createdAt: isoDateTimeSchema,
});
export type ProgrammeActivity = z.infer<typeof programmeActivitySchema>;

export const programmeSummarySchema = z.object({
  id: idSchema,
  name: z.string(),
  startsOn: isoDateSchema,
  endsOn: isoDateSchema,
  ownerUserId: idSchema,
  ownerName: z.string(),
  description: z.string(),
  memberCount: z.number().int(),
  activityCount: z.number().int(),
  abilities: programmeAbilitiesSchema,
  ...changeStamps,
});
export type ProgrammeSummary = z.infer<typeof programmeSummarySchema>;

export const programmeSchema = programmeSummarySchema.extend({
  members: z.array(programmeMemberSchema),
  activities: z.array(programmeActivitySchema),
});
export type Programme = z.infer<typeof programmeSchema>;

export const programmeListSchema = z.object({ items: z.array(programmeSummarySchema) });
export type ProgrammeList = z.infer<typeof programmeListSchema>;

export const programmeCandidatesSchema = z.object({
  /** Who may own a programme: the agency's active users. */
  owners: z.array(z.object({ id: idSchema, name: z.string() })),
  /** Who may be a member: every municipality and § 110 shelter (a register of organisations, no people). */
  organisations: z.array(z.object({ id: idSchema, name: z.string(), kind: programmeMemberKindSchema })),
});
export type ProgrammeCandidates = z.infer<typeof programmeCandidatesSchema>;

export const createProgrammeBodySchema = z.object({
  name: textSchema(200),
  startsOn: caseDateSchema,
  endsOn: caseDateSchema,
  ownerUserId: idSchema,
  description: descriptionSchema.default(''),
});
export type CreateProgrammeBody = z.input<typeof createProgrammeBodySchema>;

export const updateProgrammeBodySchema = z.object({
  version: versionNumberSchema,
  name: textSchema(200).optional(),
  startsOn: caseDateSchema.optional(),
  endsOn: caseDateSchema.optional(),
  ownerUserId: idSchema.optional(),
  description: descriptionSchema.optional(),
});
export type UpdateProgrammeBody = z.input<typeof updateProgrammeBodySchema>;

export const addProgrammeMemberBodySchema = z.object({
  organisationId: idSchema,
  role: programmeMemberRoleSchema,
  methods: methodsInputSchema.default([]),
  joinedOn: caseDateSchema,
  leftOn: caseDateSchema.nullable().optional(),
});
export type AddProgrammeMemberBody = z.input<typeof addProgrammeMemberBodySchema>;

export const updateProgrammeMemberBodySchema = changesSchema(
  z.object({
    role: programmeMemberRoleSchema.optional(),
    methods: methodsInputSchema.optional(),
    joinedOn: caseDateSchema.optional(),
    leftOn: caseDateSchema.nullable().optional(),
  }),
);
export type UpdateProgrammeMemberBody = z.input<typeof updateProgrammeMemberBodySchema>;

/** No field for a name or a CPR number: the log holds no citizen data. */
export const logProgrammeActivityBodySchema = z.object({
  kind: programmeActivityKindSchema,
  occurredOn: caseDateSchema,
  topic: textSchema(200),
  note: z.string().trim().max(2000).default(''),
  memberIds: z.array(idSchema).max(200).default([]),
});
export type LogProgrammeActivityBody = z.input<typeof logProgrammeActivityBodySchema>;

export const programmeFiguresSchema = z.object({
  programmeId: idSchema,
  ...publishedFiguresBasisFields,
  measures: nationalFiguresSchema.shape.measures,
  /** The member municipalities (shelters have no municipality figures), suppressed against the pooled total. */
  municipalities: z.array(
    z.object({ organisationId: idSchema, name: z.string(), figures: z.record(z.string(), publishedFigureSchema) }),
  ),
  pooled: z.record(z.string(), publishedFigureSchema),
});
export type ProgrammeFigures = z.infer<typeof programmeFiguresSchema>;

const memberParamsSchema = z.object({ id: idSchema, memberId: idSchema });

export const programmesRoutes = {
  list: defineRoute({
    name: 'listProgrammes',
    method: 'GET',
    path: '/api/programmes',
    summary: "The national agency's programmes",
    tags: ['programmes'],
    permission: 'programmes.manage',
    audit: 'programme.list',
    shape: 'collection',
    response: programmeListSchema,
  }),
  candidates: defineRoute({
    name: 'listProgrammeCandidates',
    method: 'GET',
    path: '/api/programmes/candidates',
    summary: 'Who may own a programme (the agency’s users) and who may be a member (municipalities and § 110 shelters)',
    tags: ['programmes'],
    permission: 'programmes.manage',
    // Names the agency's users (colleagues): personal data, so audited like a list of users.
    audit: 'programme.candidates',
    shape: 'collection',
    response: programmeCandidatesSchema,
  }),
  create: defineRoute({
    name: 'createProgramme',
    method: 'POST',
    path: '/api/programmes',
    summary: 'Create a programme (name, period, owner, description)',
    tags: ['programmes'],
    permission: 'programmes.manage',
    audit: 'programme.create',
    shape: 'collection',
    body: createProgrammeBodySchema,
    response: programmeSchema,
    status: 201,
  }),
  read: defineRoute({
    name: 'getProgramme',
    method: 'GET',
    path: '/api/programmes/:id',
    summary: 'A programme with its members and the travelling team’s activities',
    tags: ['programmes'],
    permission: 'programmes.manage',
    audit: 'programme.read',
    shape: 'item',
    params: idParamsSchema,
    response: programmeSchema,
  }),
  update: defineRoute({
    name: 'updateProgramme',
    method: 'PATCH',
    path: '/api/programmes/:id',
    summary: 'Change a programme (optimistic: send the version you read)',
    tags: ['programmes'],
    permission: 'programmes.manage',
    audit: 'programme.update',
    shape: 'item',
    params: idParamsSchema,
    body: updateProgrammeBodySchema,
    response: programmeSchema,
  }),
  addMember: defineRoute({
    name: 'addProgrammeMember',
    method: 'POST',
    path: '/api/programmes/:id/members',
    summary: 'Add a municipality or § 110 shelter with its role and methods',
    tags: ['programmes'],
    permission: 'programmes.manage',
    audit: 'programme.member_add',
    shape: 'item',
    params: idParamsSchema,
    body: addProgrammeMemberBodySchema,
    response: programmeSchema,
    status: 201,
  }),
  updateMember: defineRoute({
    name: 'updateProgrammeMember',
    method: 'PATCH',
    path: '/api/programmes/:id/members/:memberId',
    summary: 'Change a member’s role, methods or dates (left the programme)',
    tags: ['programmes'],
    permission: 'programmes.manage',
    audit: 'programme.member_update',
    shape: 'item',
    params: memberParamsSchema,
    body: updateProgrammeMemberBodySchema,
    response: programmeSchema,
  }),
  removeMember: defineRoute({
    name: 'removeProgrammeMember',
    method: 'DELETE',
    path: '/api/programmes/:id/members/:memberId',
    summary: 'Remove a member (its activities stay, without it)',
    tags: ['programmes'],
    permission: 'programmes.manage',
    audit: 'programme.member_remove',
    shape: 'item',
    params: memberParamsSchema,
    response: programmeSchema,
  }),
  logActivity: defineRoute({
    name: 'logProgrammeActivity',
    method: 'POST',
    path: '/api/programmes/:id/activities',
    summary: 'Log a travelling-team activity (visit, seminar, network meeting, phone advice, competence development)',
    tags: ['programmes'],
    permission: 'programmes.manage',
    audit: 'programme.activity_log',
    shape: 'item',
    params: idParamsSchema,
    body: logProgrammeActivityBodySchema,
    response: programmeSchema,
    status: 201,
  }),
  figures: defineRoute({
    name: 'getProgrammeFigures',
    method: 'GET',
    path: '/api/programmes/:id/figures',
    summary: 'The programme’s key figures per member municipality and pooled, suppressed; no person-level data',
    tags: ['programmes'],
    permission: 'programmes.manage',
    audit: 'programme.figures',
    shape: 'item',
    params: idParamsSchema,
    query: keyFigureQuerySchema,
    response: programmeFiguresSchema,
  }),
};
