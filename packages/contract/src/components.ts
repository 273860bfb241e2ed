/**
 * The named schemas of the API description: each becomes `#/components/schemas/<Name>` and
 * every route that uses it refers to it with `$ref` instead of repeating it (the error body
 * alone is part of every operation's answers). Names are listed here, in one place, rather
 * than on each schema, so the schema files stay about the domain.
 *
 * An input and an output form are described separately where they differ (`UserInput` is
 * what a caller sends, `User` what the server answers); unused forms are left out.
 *
 * Only the server imports this file (`@hjemvej/contract/components`), so the web bundle
 * carries none of it.
 */
import { z } from 'zod';
import * as contract from './index';

const components: Readonly<Record<string, z.ZodType>> = {
  // Shared by every route
  ErrorBody: contract.errorBodySchema,
  Id: contract.idSchema,
  IsoDate: contract.isoDateSchema,
  IsoDateTime: contract.isoDateTimeSchema,
  Locale: contract.localeSchema,
  // Access and audit vocabularies
  Role: contract.roleSchema,
  Permission: contract.permissionSchema,
  OrganisationKind: contract.organisationKindSchema,
  OrganisationRef: contract.organisationRefSchema,
  UnitRef: contract.unitRefSchema,
  AuditAction: contract.auditActionSchema,
  // Foundation
  SessionUser: contract.sessionUserSchema,
  User: contract.userSchema,
  Organisation: contract.organisationSchema,
  Unit: contract.unitSchema,
  Partner: contract.partnerSchema,
  AuditEvent: contract.auditEventSchema,
  // The citizen's course
  CitizenSummary: contract.citizenSummarySchema,
  Citizen: contract.citizenSchema,
  CitizenDetail: contract.citizenDetailSchema,
  CitizenPage: contract.citizenPageSchema,
  HousingPeriod: contract.housingPeriodSchema,
  ShelterStay: contract.shelterStaySchema,
  Assessment: contract.assessmentSchema,
  Plan: contract.planSchema,
  Decision: contract.decisionSchema,
  HousingAllocation: contract.housingAllocationSchema,
  SupportCourse: contract.supportCourseSchema,
  FollowUp: contract.followUpSchema,
  LegalSource: contract.legalSourceSchema,
  LegalCheck: contract.legalCheckSchema,
  LegalRefusal: contract.legalRefusalSchema,
  VersionList: contract.versionListSchema,
  VersionComparison: contract.versionComparisonSchema,
  // Working together
  Flowcard: contract.flowcardSchema,
  FlowcardSummary: contract.flowcardSummarySchema,
  Task: contract.taskSchema,
  TaskSummary: contract.taskSummarySchema,
  Notification: contract.notificationSchema,
  Consent: contract.consentSchema,
  NetworkMeeting: contract.networkMeetingSchema,
  Agreement: contract.agreementSchema,
  Programme: contract.programmeSchema,
};

/** Names the component schemas in zod's global registry, which the OpenAPI generator reads. Idempotent. */
export function registerApiComponents(): void {
  for (const [id, schema] of Object.entries(components)) {
    const meta = z.globalRegistry.get(schema);
    if (meta?.id === id) continue;
    z.globalRegistry.add(schema, { ...meta, id });
  }
}
