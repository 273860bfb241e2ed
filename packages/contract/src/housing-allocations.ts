/**
 * Housing allocations (anvisning) of own housing: the offer, the lease, the move-in (which starts
 * the own-home housing period) or the withdrawal.
 */
import { z } from 'zod';
import { caseDateSchema, idParamsSchema, idSchema, isoDateSchema, nullableTextSchema, versionNumberSchema } from './common';
import { recordStamps } from './record-stamps';
import { defineRoute } from './route';

export const housingAllocationStatuses = ['allocated', 'lease_signed', 'moved_in', 'withdrawn'] as const;

export const housingAllocationSchema = z.object({
  id: idSchema,
  citizenId: idSchema,
  address: z.string(),
  landlord: z.string().nullable(),
  /** A housing association among the municipality's partners. */
  partner: z.object({ id: idSchema, name: z.string() }).nullable(),
  /** Kroner a month. */
  monthlyRent: z.number().nullable(),
  rooms: z.number().int().nullable(),
  allocatedOn: isoDateSchema,
  leaseSignedOn: isoDateSchema.nullable(),
  /** The day the citizen can move in (may be ahead). */
  plannedMoveInOn: isoDateSchema.nullable(),
  /** The day the citizen moved in (the own-home housing period starts here). */
  moveInOn: isoDateSchema.nullable(),
  withdrawnOn: isoDateSchema.nullable(),
  withdrawalReason: z.string().nullable(),
  status: z.enum(housingAllocationStatuses),
  moveInHousingPeriodId: idSchema.nullable(),
  note: z.string().nullable(),
  ...recordStamps,
});
export type HousingAllocation = z.infer<typeof housingAllocationSchema>;
export const housingAllocationListSchema = z.object({ items: z.array(housingAllocationSchema) });

const allocationFields = {
  address: z.string().trim().min(1).max(300),
  landlord: nullableTextSchema(200).optional(),
  partnerId: idSchema.nullable().optional(),
  monthlyRent: z.number().min(0).max(1_000_000).nullable().optional(),
  rooms: z.number().int().min(1).max(20).nullable().optional(),
  allocatedOn: caseDateSchema,
  leaseSignedOn: caseDateSchema.nullable().optional(),
  plannedMoveInOn: caseDateSchema.nullable().optional(),
  note: nullableTextSchema(2000).optional(),
};

export const createHousingAllocationBodySchema = z.object({
  ...allocationFields,
  /** Recording an allocation after the fact: the move-in starts the own-home housing period. */
  moveInOn: caseDateSchema.optional(),
});
export type CreateHousingAllocationBody = z.infer<typeof createHousingAllocationBodySchema>;

export const updateHousingAllocationBodySchema = z.object({
  version: versionNumberSchema,
  address: allocationFields.address.optional(),
  landlord: allocationFields.landlord,
  partnerId: allocationFields.partnerId,
  monthlyRent: allocationFields.monthlyRent,
  rooms: allocationFields.rooms,
  allocatedOn: caseDateSchema.optional(),
  leaseSignedOn: allocationFields.leaseSignedOn,
  plannedMoveInOn: allocationFields.plannedMoveInOn,
  /** The offer was declined or withdrawn (not after a move-in). */
  withdrawnOn: caseDateSchema.nullable().optional(),
  withdrawalReason: nullableTextSchema(500).optional(),
  note: allocationFields.note,
});
export type UpdateHousingAllocationBody = z.infer<typeof updateHousingAllocationBodySchema>;

export const moveInBodySchema = z.object({ version: versionNumberSchema, moveInOn: caseDateSchema });
export type MoveInBody = z.infer<typeof moveInBodySchema>;

export const housingAllocationsRoutes = {
  list: defineRoute({
    name: 'listHousingAllocations',
    method: 'GET',
    path: '/api/citizens/:id/housing-allocations',
    summary: 'The citizen’s allocations of own housing, newest first',
    tags: ['housing-allocations'],
    permission: 'citizens.read',
    audit: 'housing_allocation.list',
    shape: 'item',
    params: idParamsSchema,
    response: housingAllocationListSchema,
  }),
  create: defineRoute({
    name: 'createHousingAllocation',
    method: 'POST',
    path: '/api/citizens/:id/housing-allocations',
    summary: 'Record an allocation of own housing (a move-in given here starts the own-home housing period)',
    tags: ['housing-allocations'],
    permission: 'citizens.write',
    audit: 'housing_allocation.create',
    shape: 'item',
    params: idParamsSchema,
    body: createHousingAllocationBodySchema,
    response: housingAllocationSchema,
    status: 201,
  }),
  read: defineRoute({
    name: 'getHousingAllocation',
    method: 'GET',
    path: '/api/housing-allocations/:id',
    summary: 'One allocation of own housing',
    tags: ['housing-allocations'],
    permission: 'citizens.read',
    audit: 'housing_allocation.read',
    shape: 'item',
    params: idParamsSchema,
    response: housingAllocationSchema,
  }),
  update: defineRoute({
    name: 'updateHousingAllocation',
    method: 'PATCH',
    path: '/api/housing-allocations/:id',
    summary:
      'Change an allocation: lease signed, planned move-in, withdrawn (409 with what changed when someone else saved first)',
    tags: ['housing-allocations'],
    permission: 'citizens.write',
    audit: 'housing_allocation.update',
    shape: 'item',
    params: idParamsSchema,
    body: updateHousingAllocationBodySchema,
    response: housingAllocationSchema,
  }),
  moveIn: defineRoute({
    name: 'recordMoveIn',
    method: 'POST',
    path: '/api/housing-allocations/:id/move-in',
    summary: 'Record the move-in: the current housing period ends and "own home with lease" begins',
    tags: ['housing-allocations'],
    permission: 'citizens.write',
    audit: 'housing_allocation.move_in',
    shape: 'item',
    params: idParamsSchema,
    body: moveInBodySchema,
    response: housingAllocationSchema,
  }),
};
