/**
 * The stamps a stored record is answered with: its version (sent back on change, optimistic
 * concurrency) and when it was created and last changed. Spread into a record's schema
 * (`...recordStamps`); a versioned record also says who wrote it (`versionedRecordStamps`).
 */
import { z } from 'zod';
import { isoDateTimeSchema } from './common';

/** A record's version and when it last changed: on records that do not say when they were made. */
export const changeStamps = {
  version: z.number().int(),
  updatedAt: isoDateTimeSchema,
};

export const recordStamps = {
  ...changeStamps,
  createdAt: isoDateTimeSchema,
};
