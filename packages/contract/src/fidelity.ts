/**
 * Method fidelity (metodefidelitet, K14): the instruments, the support teams' fidelity
 * measurements and K14 per team with trend. A measurement is about a team (a CTI, ICM, ACT or
 * M-ACT unit), never a citizen: it holds no personal data beyond who recorded it.
 */
import { z } from 'zod';
import {
  fidelityAnswers,
  fidelityCollectionMethods,
  fidelityInstrumentIds,
  fidelityRaterTypes,
  supportMethods,
} from '@hjemvej/domain';
import { caseDateSchema, idSchema, isoDateSchema, isoDateTimeSchema } from './common';
import { defineRoute } from './route';
import { registrationDueStateSchema } from './course-registrations';

export const fidelityAnswerSchema = z.enum(fidelityAnswers);
export const fidelityRaterTypeSchema = z.enum(fidelityRaterTypes);
export const fidelityCollectionMethodSchema = z.enum(fidelityCollectionMethods);
export const fidelityInstrumentIdSchema = z.enum(fidelityInstrumentIds);
const methodSchema = z.enum(supportMethods);
const percentSchema = z.number().min(0).max(100).nullable();

export const fidelityInstrumentSchema = z.object({
  id: fidelityInstrumentIdSchema,
  version: z.number().int(),
  method: methodSchema.nullable(),
  name: z.string(),
  answers: z.array(fidelityAnswerSchema),
  coreElements: z.array(z.object({ id: z.string(), name: z.string() })),
  items: z.array(z.object({ id: z.string(), coreElement: z.string(), text: z.string() })),
  source: z.string(),
  url: z.string().nullable(),
  placeholder: z.boolean(),
});
export type FidelityInstrumentOutput = z.infer<typeof fidelityInstrumentSchema>;

export const fidelityAnswerEntrySchema = z.object({
  itemId: z.string().trim().min(1).max(100),
  answer: fidelityAnswerSchema,
});

export const fidelityMeasurementSchema = z.object({
  id: idSchema,
  unitId: idSchema,
  unitName: z.string(),
  method: methodSchema,
  measuredOn: isoDateSchema,
  raterType: fidelityRaterTypeSchema,
  collectionMethod: fidelityCollectionMethodSchema,
  methodVersion: z.number().int(),
  commonVersion: z.number().int(),
  answers: z.array(fidelityAnswerEntrySchema),
  /** % of full fidelity over the answered items of both modules. */
  total: percentSchema,
  createdBy: z.string().nullable(),
  createdAt: isoDateTimeSchema,
});
export type FidelityMeasurement = z.infer<typeof fidelityMeasurementSchema>;

const measurementRefSchema = z.object({
  id: idSchema,
  measuredOn: isoDateSchema,
  raterType: fidelityRaterTypeSchema,
  collectionMethod: fidelityCollectionMethodSchema,
});

export const k14TeamSchema = z.object({
  unitId: idSchema,
  unitName: z.string(),
  method: methodSchema,
  latest: measurementRefSchema,
  previous: measurementRefSchema.nullable(),
  elements: z.array(
    z.object({
      instrumentId: fidelityInstrumentIdSchema,
      coreElementId: z.string(),
      name: z.string(),
      latest: percentSchema,
      previous: percentSchema,
      change: z.number().nullable(),
    }),
  ),
  total: z.object({ latest: percentSchema, previous: percentSchema, change: z.number().nullable() }),
  /** Six months after the latest measurement. */
  nextDueOn: isoDateSchema,
  dueState: registrationDueStateSchema,
});
export type K14Team = z.infer<typeof k14TeamSchema>;

export const fidelityOverviewSchema = z.object({
  referenceDate: isoDateSchema,
  /** The support teams the caller may record for (all of the municipality's for leaders and administrators). */
  teams: z.array(
    z.object({
      id: idSchema,
      name: z.string(),
      method: methodSchema,
      /** The instruments a new measurement of this team is answered in. */
      methodVersion: z.number().int(),
      commonVersion: z.number().int(),
    }),
  ),
  /** The current version of each instrument, and any older version a listed measurement was answered in. */
  instruments: z.array(fidelityInstrumentSchema),
  /** The teams' measurements, newest first. */
  measurements: z.array(fidelityMeasurementSchema),
  /** K14 on the reference date: per team the latest measurement per core element, with the previous. */
  k14: z.array(k14TeamSchema),
});
export type FidelityOverview = z.infer<typeof fidelityOverviewSchema>;

export const fidelityQuerySchema = z.object({
  /** Measurements after this day are not counted (default today). */
  referenceDate: caseDateSchema.optional(),
});
export type FidelityQuery = z.input<typeof fidelityQuerySchema>;

export const createFidelityMeasurementBodySchema = z.object({
  unitId: idSchema,
  measuredOn: caseDateSchema,
  raterType: fidelityRaterTypeSchema,
  collectionMethod: fidelityCollectionMethodSchema,
  methodVersion: z.number().int().min(1).max(1000),
  commonVersion: z.number().int().min(1).max(1000),
  answers: z.array(fidelityAnswerEntrySchema).max(200),
});
export type CreateFidelityMeasurementBody = z.input<typeof createFidelityMeasurementBodySchema>;

export const fidelityRoutes = {
  read: defineRoute({
    name: 'getFidelity',
    method: 'GET',
    path: '/api/fidelity',
    summary:
      'Method fidelity (K14): the support teams the caller may record for, the instruments, the measurements and K14 per team with trend',
    tags: ['fidelity'],
    permission: 'organisation.read',
    audit: 'fidelity_measurement.read',
    shape: 'collection',
    query: fidelityQuerySchema,
    response: fidelityOverviewSchema,
  }),
  create: defineRoute({
    name: 'createFidelityMeasurement',
    method: 'POST',
    path: '/api/fidelity/measurements',
    summary: 'Record a support team’s fidelity measurement: date, rater, data collection, instrument versions and answers',
    tags: ['fidelity'],
    permission: 'organisation.read',
    audit: 'fidelity_measurement.record',
    shape: 'item',
    body: createFidelityMeasurementBodySchema,
    response: fidelityMeasurementSchema,
    status: 201,
  }),
};
