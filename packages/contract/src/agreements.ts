/**
 * Collaboration agreements (samarbejdsaftaler) between units and partners: parties with their
 * signing leaders, what was agreed, valid from, revisit on, and the reminders that are due.
 */
import { z } from 'zod';
import { caseDateSchema, idParamsSchema, idSchema, isoDateSchema, textSchema } from './common';
import { changeStamps } from './record-stamps';
import { defineRoute } from './route';
import { changeBodyOf } from './shared';
import { agreementAbilitiesSchema } from './abilities';

export const agreementPartyInputSchema = z
  .object({
    unitId: idSchema.optional(),
    organisationId: idSchema.optional(),
    signingUserId: idSchema.optional(),
    signingName: z.string().trim().max(200).optional(),
    signedOn: caseDateSchema.optional(),
  })
  .refine((p) => (p.unitId === undefined) !== (p.organisationId === undefined), {
    message: 'unitId or organisationId',
    path: ['unitId'],
  });
export type AgreementPartyInput = z.input<typeof agreementPartyInputSchema>;

export const agreementReminderSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('revisit_due'), revisitOn: isoDateSchema }),
  z.object({ kind: z.literal('signer_left'), partyName: z.string(), signerName: z.string() }),
]);

export const agreementSchema = z.object({
  id: idSchema,
  title: z.string(),
  agreed: z.string(),
  validFrom: isoDateSchema,
  revisitOn: isoDateSchema,
  parties: z.array(
    z.object({
      id: idSchema,
      unitId: idSchema.nullable(),
      organisationId: idSchema,
      name: z.string(),
      organisationName: z.string(),
      signingUserId: idSchema.nullable(),
      signingName: z.string(),
      signedOn: isoDateSchema.nullable(),
      signerHasLeft: z.boolean(),
    }),
  ),
  reminders: z.array(agreementReminderSchema),
  isOwn: z.boolean(),
  /** What the caller may do with the agreement. */
  abilities: agreementAbilitiesSchema,
  updatedBy: z.string().nullable(),
  ...changeStamps,
});
export type Agreement = z.infer<typeof agreementSchema>;
export const agreementListSchema = z.object({ items: z.array(agreementSchema) });
export type AgreementList = z.infer<typeof agreementListSchema>;

export const createAgreementBodySchema = z.object({
  title: textSchema(200),
  agreed: textSchema(20_000),
  validFrom: caseDateSchema,
  revisitOn: caseDateSchema,
  parties: z.array(agreementPartyInputSchema).min(2).max(30),
});
export type CreateAgreementBody = z.input<typeof createAgreementBodySchema>;

export const updateAgreementBodySchema = changeBodyOf(createAgreementBodySchema);
export type UpdateAgreementBody = z.input<typeof updateAgreementBodySchema>;

export const agreementsRoutes = {
  list: defineRoute({
    name: 'listAgreements',
    method: 'GET',
    path: '/api/agreements',
    summary: 'Collaboration agreements the caller’s organisation wrote or is a party to, with reminders due',
    tags: ['agreements'],
    permission: 'organisation.read',
    audit: 'agreement.list',
    shape: 'collection',
    response: agreementListSchema,
  }),
  create: defineRoute({
    name: 'createAgreement',
    method: 'POST',
    path: '/api/agreements',
    summary: 'Write a collaboration agreement: parties with signing leaders, what was agreed, valid from, revisit on',
    tags: ['agreements'],
    permission: 'agreements.manage',
    audit: 'agreement.create',
    shape: 'collection',
    body: createAgreementBodySchema,
    response: agreementSchema,
    status: 201,
  }),
  read: defineRoute({
    name: 'getAgreement',
    method: 'GET',
    path: '/api/agreements/:id',
    summary: 'One collaboration agreement',
    tags: ['agreements'],
    permission: 'organisation.read',
    audit: 'agreement.read',
    shape: 'item',
    params: idParamsSchema,
    response: agreementSchema,
  }),
  update: defineRoute({
    name: 'updateAgreement',
    method: 'PATCH',
    path: '/api/agreements/:id',
    summary: 'Change or revisit an agreement (new revisit date, parties, text); 409 when someone else saved first',
    tags: ['agreements'],
    permission: 'agreements.manage',
    audit: 'agreement.update',
    shape: 'item',
    params: idParamsSchema,
    body: updateAgreementBodySchema,
    response: agreementSchema,
  }),
};
