/**
 * Field groups that many schemas share, spread into an object (`...citizenNameFields`), so the
 * same fields are written once.
 */
import { z } from 'zod';
import { isoDateSchema } from './common';

/** A citizen's name as registered: each part may be missing (an alias alone, a first name alone). */
export const citizenNameFields = {
  firstName: z.string().nullable(),
  lastName: z.string().nullable(),
  alias: z.string().nullable(),
};

/** A period of days, both ends included. */
export const periodSchema = z.object({ from: isoDateSchema, to: isoDateSchema });
