/**
 * The citizen page in one answer: the citizen and every section the page shows, for this
 * reader only (need-to-know: a section whose data category the reader does not read is null and
 * absent from `sections`). One request, one transaction, one audit event (`citizen.page`) naming
 * the sections shown. Each section has the shape of its own route, which stays for the API.
 */
import { z } from 'zod';
import { idParamsSchema } from './common';
import { citizenDetailSchema } from './citizens';
import { housingPeriodListSchema } from './housing-periods';
import { emergencyAccessListSchema } from './emergency-access';
import { legalChecksSchema } from './legal-checks';
import { citizenTaskOverviewSchema } from './tasks';
import { shelterStayListSchema } from './shelter-stays';
import { assessmentListSchema } from './assessments';
import { planListSchema } from './plans';
import { decisionListSchema } from './decisions';
import { citizenVersionHistorySchema } from './versioning';
import { housingProfileSchema } from './housing-supply';
import { housingAllocationListSchema } from './housing-allocations';
import { supportCourseListSchema } from './support-courses';
import { courseRegistrationListSchema } from './course-registrations';
import { followUpScheduleSchema } from './follow-ups';
import { networkMeetingListSchema } from './network-meetings';
import { consentListSchema } from './consents';
import { defineRoute } from './route';

/** The sections of the page, in the order it shows them (and the audit event names them). */
export const citizenPageSections = [
  'emergencyAccesses',
  'legalChecks',
  'tasks',
  'stays',
  'housingPeriods',
  'assessments',
  'plans',
  'decisions',
  'versionHistory',
  'housingProfile',
  'housingAllocations',
  'supportCourses',
  'courseRegistrations',
  'followUps',
  'networkMeetings',
  'consents',
] as const;
export const citizenPageSectionSchema = z.enum(citizenPageSections);
export type CitizenPageSection = z.infer<typeof citizenPageSectionSchema>;

export const citizenPageSchema = z.object({
  citizen: citizenDetailSchema,
  /** The sections shown to this reader; every other section below is null. */
  sections: z.array(citizenPageSectionSchema),
  emergencyAccesses: emergencyAccessListSchema.nullable(),
  legalChecks: legalChecksSchema.nullable(),
  tasks: citizenTaskOverviewSchema.nullable(),
  stays: shelterStayListSchema.nullable(),
  housingPeriods: housingPeriodListSchema.nullable(),
  assessments: assessmentListSchema.nullable(),
  plans: planListSchema.nullable(),
  decisions: decisionListSchema.nullable(),
  versionHistory: citizenVersionHistorySchema.nullable(),
  housingProfile: housingProfileSchema.nullable(),
  housingAllocations: housingAllocationListSchema.nullable(),
  supportCourses: supportCourseListSchema.nullable(),
  /** One list per support course, in the courses' order. */
  courseRegistrations: z.array(courseRegistrationListSchema).nullable(),
  followUps: followUpScheduleSchema.nullable(),
  networkMeetings: networkMeetingListSchema.nullable(),
  consents: consentListSchema.nullable(),
});
export type CitizenPage = z.infer<typeof citizenPageSchema>;

export const citizenPageRoutes = {
  read: defineRoute({
    name: 'getCitizenPage',
    method: 'GET',
    path: '/api/citizens/:id/page',
    summary:
      'The citizen page in one answer: the citizen and each section the reader reads (need-to-know), in one transaction and one audit event',
    tags: ['citizens'],
    permission: 'citizens.read',
    audit: 'citizen.page',
    shape: 'item',
    params: idParamsSchema,
    response: citizenPageSchema,
  }),
};
