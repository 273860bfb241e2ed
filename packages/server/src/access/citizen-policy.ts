/**
 * Who may do what with a citizen and the records of their course (assessments, plans,
 * decisions, allocations, support courses, follow-ups, meetings, consents, the course's tasks).
 * The rules are the domain's; this file says how a refusal answers.
 */
import { citizenRules, meetingRules, type CitizenFacts } from '@hjemvej/domain';
import { UnprocessableError } from '../http/errors';
import { policyAbout } from './policy';

export const citizenPolicy = policyAbout<CitizenFacts>()(citizenRules, {
  // Answered as a rule of the consent form (422), as before the policy existed.
  manageConsents: () => new UnprocessableError('consent_only_municipality'),
});

export const meetingPolicy = policyAbout<CitizenFacts>()(meetingRules);
