/**
 * "Where time goes": for a period, the lead time from first contact to move-in and the time
 * tasks waited per flowcard step and unit, each bar opening the citizens behind it.
 */
import { z } from 'zod';
import { caseDateSchema, idSchema, isoDateSchema } from './common';
import { defineRoute } from './route';
import { citizenNameFields } from './shared';

export const timeReportQuerySchema = z.object({ from: caseDateSchema, to: caseDateSchema });
export type TimeReportQuery = z.infer<typeof timeReportQuerySchema>;

/**
 * The deadline the law sets for a step (from the domain's legal rules), beside the step's waits
 * in calendar days: `calendarDaysAtMost` is the most calendar days it can span, and the mean
 * or median past it is marked over.
 */
export const timeReportLegalDeadlineSchema = z.object({
  days: z.number().int(),
  kind: z.enum(['working', 'calendar']),
  /** 'Serviceloven'. */
  law: z.string(),
  /** '§ 110, stk. 6'. */
  paragraph: z.string(),
  calendarDaysAtMost: z.number().int(),
  meanOver: z.boolean(),
  medianOver: z.boolean(),
});
export type TimeReportLegalDeadline = z.infer<typeof timeReportLegalDeadlineSchema>;

export const timeReportBarSchema = z.object({
  /**
   * The drill-down key: 'step:<flowcardId>:<stepKey>', 'manual:title:<title, trimmed and in
   * lower case>' (tasks made by hand under a title used more than once), 'manual:unit:<unitId>'
   * (the unit's other tasks made by hand), 'unit:<unitId>' or 'offer:<step>'.
   */
  key: z.string(),
  label: z.string(),
  /** The flowcard or the unit's organisation, to tell bars apart. */
  context: z.string().nullable(),
  taskCount: z.number().int(),
  openCount: z.number().int(),
  meanDays: z.number(),
  medianDays: z.number(),
  totalDays: z.number(),
  /** The legal deadline of a flowcard step that has one; null for every other bar. */
  legalDeadline: timeReportLegalDeadlineSchema.nullable(),
});
export type TimeReportBar = z.infer<typeof timeReportBarSchema>;

export const timeReportSchema = z.object({
  from: isoDateSchema,
  to: isoDateSchema,
  goalDays: z.number().int(),
  leadTime: z.object({
    count: z.number().int(),
    medianDays: z.number().nullable(),
    p75Days: z.number().nullable(),
    shareWithinGoal: z.number().nullable(),
  }),
  steps: z.array(timeReportBarSchema),
  units: z.array(timeReportBarSchema),
  /**
   * Housing offers made in the period, step by step ('offer:answer', 'offer:lease',
   * 'offer:move_in'): days from offer to answer, acceptance to lease, lease to move-in (to today
   * while a step is open). `taskCount` counts offers.
   */
  offerSteps: z.array(timeReportBarSchema),
});
export type TimeReport = z.infer<typeof timeReportSchema>;

export const timeReportCitizensQuerySchema = timeReportQuerySchema.extend({
  bar: z.string().trim().min(1).max(300),
});
export type TimeReportCitizensQuery = z.infer<typeof timeReportCitizensQuerySchema>;

export const timeReportCitizensSchema = z.object({
  bar: z.string(),
  label: z.string(),
  items: z.array(
    z.object({
      id: idSchema,
      ...citizenNameFields,
      /** Days waited (lead time for the lead-time bar), longest first. */
      days: z.number(),
      isOpen: z.boolean(),
    }),
  ),
});
export type TimeReportCitizens = z.infer<typeof timeReportCitizensSchema>;

export const timeReportRoutes = {
  read: defineRoute({
    name: 'getTimeReport',
    method: 'GET',
    path: '/api/time-report',
    summary: 'Where time goes in a period: lead time to move-in (median, p75, share within goal), waits per step and unit',
    tags: ['time report'],
    permission: 'tasks.oversee',
    audit: 'time_report.read',
    shape: 'collection',
    query: timeReportQuerySchema,
    response: timeReportSchema,
  }),
  citizens: defineRoute({
    name: 'listTimeReportCitizens',
    method: 'GET',
    path: '/api/time-report/citizens',
    summary:
      'The citizens behind one bar of the report (?bar=lead_time | step:<flowcard>:<key> | manual:title:<title> | manual:unit:<id> | unit:<id> | offer:<answer|lease|move_in>)',
    tags: ['time report'],
    permission: 'tasks.oversee',
    audit: 'time_report.citizens',
    shape: 'collection',
    query: timeReportCitizensQuerySchema,
    response: timeReportCitizensSchema,
  }),
};
