/**
 * What the caller may do with a record, sent with the record (`abilities: { canEdit, … }`) so
 * the web shows buttons from the server's answer. The names come from the domain's policy
 * rules, which the server also enforces: one list, so schema, server and web cannot drift.
 */
import { z } from 'zod';
import {
  agreementAbilityNames,
  citizenAbilityNames,
  dwellingAbilityNames,
  meetingAbilityNames,
  programmeAbilityNames,
  stayAbilityNames,
  taskAbilityNames,
  taskforceApplicationAbilityNames,
  taskforceCourseAbilityNames,
  taskforceCaseReviewAbilityNames,
} from '@hjemvej/domain';

function abilitiesSchema<const Name extends string>(names: readonly Name[]) {
  const shape = Object.fromEntries(names.map((name) => [name, z.boolean()])) as { [K in Name]: z.ZodBoolean };
  return z.object(shape);
}

export const citizenAbilitiesSchema = abilitiesSchema(citizenAbilityNames);
export type CitizenAbilities = z.infer<typeof citizenAbilitiesSchema>;

export const stayAbilitiesSchema = abilitiesSchema(stayAbilityNames);
export type StayAbilities = z.infer<typeof stayAbilitiesSchema>;

export const taskAbilitiesSchema = abilitiesSchema(taskAbilityNames);
export type TaskAbilities = z.infer<typeof taskAbilitiesSchema>;

export const agreementAbilitiesSchema = abilitiesSchema(agreementAbilityNames);
export type AgreementAbilities = z.infer<typeof agreementAbilitiesSchema>;

export const meetingAbilitiesSchema = abilitiesSchema(meetingAbilityNames);
export type MeetingAbilities = z.infer<typeof meetingAbilitiesSchema>;

export const dwellingAbilitiesSchema = abilitiesSchema(dwellingAbilityNames);
export type DwellingAbilities = z.infer<typeof dwellingAbilitiesSchema>;

export const programmeAbilitiesSchema = abilitiesSchema(programmeAbilityNames);
export type ProgrammeAbilities = z.infer<typeof programmeAbilitiesSchema>;
export const taskforceApplicationAbilitiesSchema = abilitiesSchema(taskforceApplicationAbilityNames);
export type TaskforceApplicationAbilities = z.infer<typeof taskforceApplicationAbilitiesSchema>;

export const taskforceCourseAbilitiesSchema = abilitiesSchema(taskforceCourseAbilityNames);
export type TaskforceCourseAbilities = z.infer<typeof taskforceCourseAbilitiesSchema>;

export const taskforceCaseReviewAbilitiesSchema = abilitiesSchema(taskforceCaseReviewAbilityNames);
export type TaskforceCaseReviewAbilities = z.infer<typeof taskforceCaseReviewAbilitiesSchema>;
