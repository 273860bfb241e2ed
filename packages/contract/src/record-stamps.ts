/**
 * The stamps a stored record is answered with: its version (sent back on change, optimistic
 * concurrency) and when it was created and last changed. Spread into a record's schema
 * (`...recordStamps`); a versioned record also says who wrote it (`versionedRecordStamps`).
 */
import { z } from 'zod';
import { isoDateTimeSchema } from './common';

export const recordStamps = {
  version: z.number().int(),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
};
