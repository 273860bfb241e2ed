import { z } from 'zod';
import { partnerTypes, shelterOperators } from '@hjemvej/domain';
import { changesSchema, idParamsSchema, idSchema, isoDateTimeSchema, textSchema } from './common';
import { organisationKindSchema, unitKindSchema } from './auth';
import { defineRoute } from './route';

export const partnerTypeSchema = z.enum(partnerTypes);
export const shelterOperatorSchema = z.enum(shelterOperators);

export const organisationSchema = z.object({
  id: idSchema,
  name: z.string(),
  kind: organisationKindSchema,
  municipalityCode: z.string().nullable(),
  isDemo: z.boolean(),
});
export type Organisation = z.infer<typeof organisationSchema>;

/** An organisation as the system administrator sees it: what it is and how many use it. */
export const organisationSummarySchema = organisationSchema.extend({
  userCount: z.number().int(),
  activeUserCount: z.number().int(),
  unitCount: z.number().int(),
  /** The latest sign-in of any of its users: an organisation nobody uses stands out. */
  lastSignInAt: isoDateTimeSchema.nullable(),
});
export type OrganisationSummary = z.infer<typeof organisationSummarySchema>;
export const organisationListSchema = z.object({ items: z.array(organisationSummarySchema) });
export type OrganisationList = z.infer<typeof organisationListSchema>;

/** Every municipality (Danish: kommune), for choosing a citizen's handlekommune. */
export const municipalityListSchema = z.object({
  items: z.array(z.object({ id: idSchema, name: z.string(), municipalityCode: z.string().nullable() })),
});
export type MunicipalityList = z.infer<typeof municipalityListSchema>;

export const unitSchema = z.object({
  id: idSchema,
  name: z.string(),
  kind: unitKindSchema,
  isActive: z.boolean(),
  memberCount: z.number().int(),
});
export type Unit = z.infer<typeof unitSchema>;
export const unitListSchema = z.object({ items: z.array(unitSchema) });

export const createUnitBodySchema = z.object({ name: textSchema(120), kind: unitKindSchema });
export const updateUnitBodySchema = changesSchema(
  z.object({ name: textSchema(120), kind: unitKindSchema, isActive: z.boolean() }).partial(),
);
export type CreateUnitBody = z.infer<typeof createUnitBodySchema>;
export type UpdateUnitBody = z.infer<typeof updateUnitBodySchema>;

/** A partner is another organisation (shelter or partner) that the own organisation works with. */
export const partnerKindSchema = z.enum(['shelter', 'partner']);
export const partnerSchema = z.object({
  id: idSchema,
  name: z.string(),
  kind: partnerKindSchema,
  partnerType: partnerTypeSchema.nullable(),
  shelterOperator: shelterOperatorSchema.nullable(),
  contactEmail: z.string().nullable(),
  contactPhone: z.string().nullable(),
});
export type Partner = z.infer<typeof partnerSchema>;
export const partnerListSchema = z.object({ items: z.array(partnerSchema) });

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((value) => (value === '' ? null : value))
    .nullable()
    .optional();

export const createPartnerBodySchema = z
  .object({
    name: textSchema(160),
    kind: partnerKindSchema,
    partnerType: partnerTypeSchema.nullable().optional(),
    shelterOperator: shelterOperatorSchema.nullable().optional(),
    contactEmail: z
      .string()
      .trim()
      .transform((value) => (value === '' ? null : value))
      .pipe(z.email().max(254).nullable())
      .nullable()
      .optional(),
    contactPhone: optionalText(40),
  })
  .superRefine((body, ctx) => {
    if (body.kind === 'partner' && !body.partnerType) {
      ctx.addIssue({ code: 'custom', path: ['partnerType'], message: 'partner_type_required' });
    }
    if (body.kind === 'shelter' && !body.shelterOperator) {
      ctx.addIssue({ code: 'custom', path: ['shelterOperator'], message: 'shelter_operator_required' });
    }
  });
export type CreatePartnerBody = z.infer<typeof createPartnerBodySchema>;

export const updatePartnerBodySchema = changesSchema(
  z
    .object({
      name: textSchema(160),
      partnerType: partnerTypeSchema,
      shelterOperator: shelterOperatorSchema,
      contactEmail: z.email().max(254).nullable(),
      contactPhone: z.string().trim().max(40).nullable(),
    })
    .partial(),
);
export type UpdatePartnerBody = z.infer<typeof updatePartnerBodySchema>;

export const organisationRoutes = {
  read: defineRoute({
    name: 'getOrganisation',
    method: 'GET',
    path: '/api/organisation',
    summary: 'The signed-in user’s organisation',
    tags: ['organisation'],
    permission: 'organisation.read',
    audit: null,
    shape: 'collection',
    response: organisationSchema,
  }),
  list: defineRoute({
    name: 'listOrganisations',
    method: 'GET',
    path: '/api/organisations',
    summary: 'Every organisation of the installation with its users and units (the system administrator’s view)',
    tags: ['organisation'],
    permission: 'system.manage',
    // Counts and names of organisations: no person is named.
    audit: null,
    shape: 'collection',
    response: organisationListSchema,
  }),
  municipalities: defineRoute({
    name: 'listMunicipalities',
    method: 'GET',
    path: '/api/municipalities',
    summary: 'All municipalities, e.g. to choose a citizen’s handlekommune (public register data)',
    tags: ['organisation'],
    permission: 'citizens.write',
    audit: null,
    shape: 'collection',
    response: municipalityListSchema,
  }),
  units: defineRoute({
    name: 'listUnits',
    method: 'GET',
    path: '/api/units',
    summary: 'Units of the own organisation',
    tags: ['organisation'],
    permission: 'organisation.read',
    audit: null,
    shape: 'collection',
    response: unitListSchema,
  }),
  createUnit: defineRoute({
    name: 'createUnit',
    method: 'POST',
    path: '/api/units',
    summary: 'Create a unit',
    tags: ['organisation'],
    permission: 'organisation.manage',
    audit: 'unit.create',
    shape: 'collection',
    body: createUnitBodySchema,
    response: unitSchema,
    status: 201,
  }),
  updateUnit: defineRoute({
    name: 'updateUnit',
    method: 'PATCH',
    path: '/api/units/:id',
    summary: 'Rename, change kind, deactivate or reactivate a unit',
    tags: ['organisation'],
    permission: 'organisation.manage',
    audit: 'unit.update',
    shape: 'item',
    params: idParamsSchema,
    body: updateUnitBodySchema,
    response: unitSchema,
  }),
  partners: defineRoute({
    name: 'listPartners',
    method: 'GET',
    path: '/api/partners',
    summary: 'Partners the own organisation works with',
    tags: ['organisation'],
    permission: 'organisation.read',
    audit: null,
    shape: 'collection',
    response: partnerListSchema,
  }),
  createPartner: defineRoute({
    name: 'createPartner',
    method: 'POST',
    path: '/api/partners',
    summary: 'Add a partner (shelter, NGO, housing association …)',
    tags: ['organisation'],
    permission: 'organisation.manage',
    audit: 'partner.create',
    shape: 'collection',
    body: createPartnerBodySchema,
    response: partnerSchema,
    status: 201,
  }),
  updatePartner: defineRoute({
    name: 'updatePartner',
    method: 'PATCH',
    path: '/api/partners/:id',
    summary: 'Change a partner’s details',
    tags: ['organisation'],
    permission: 'organisation.manage',
    audit: 'partner.update',
    shape: 'item',
    params: idParamsSchema,
    body: updatePartnerBodySchema,
    response: partnerSchema,
  }),
  removePartner: defineRoute({
    name: 'removePartner',
    method: 'DELETE',
    path: '/api/partners/:id',
    summary: 'Stop working with a partner (the partner’s own records are kept)',
    tags: ['organisation'],
    permission: 'organisation.manage',
    audit: 'partner.remove',
    shape: 'item',
    params: idParamsSchema,
    response: z.null(),
    status: 204,
  }),
};

// ---------------------------------------------------------------------------------------------
// Linked units: the units an organisation works with

/** A unit a network-meeting decision or an agreement may name: the organisation's own active units and its partners'. */
export const linkedUnitSchema = z.object({
  id: idSchema,
  name: z.string(),
  organisationId: idSchema,
  organisationName: z.string(),
  isOwn: z.boolean(),
  members: z.array(z.object({ id: idSchema, name: z.string() })),
});
export const linkedUnitListSchema = z.object({ items: z.array(linkedUnitSchema) });
export type LinkedUnitList = z.infer<typeof linkedUnitListSchema>;

export const linkedUnitsRoutes = {
  list: defineRoute({
    name: 'listLinkedUnits',
    method: 'GET',
    path: '/api/linked-units',
    summary: 'The units the caller’s organisation works with (own and partners’), with their active members',
    tags: ['organisation'],
    permission: 'organisation.read',
    audit: 'unit.list',
    shape: 'collection',
    response: linkedUnitListSchema,
  }),
};
