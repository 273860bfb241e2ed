/**
 * The citizen page in one answer (issue 9): the citizen and each section the page shows, read
 * by the sections' own services inside this one transaction, for this reader only. A section is
 * read only when the reader reads its data category (need-to-know, the same rule the page used
 * to ask by), so nothing is refused half-way. The sections' services describe their own audit
 * subject; here they run in a context that keeps those descriptions, and the route writes one
 * event (`citizen.page`) naming the sections shown.
 */
import type { CitizenPage, CitizenPageSection } from '@hjemvej/contract';
import type { DataCategory } from '@hjemvej/domain';
import type { AuditEventInput } from '../../audit/audit-event';
import type { DataContext } from '../../http/secured-route';
import { rememberPersonsIn } from '../../course/person-queries';
import { rememberReadsIn } from '../../database/remembered-reads';
import { listAssessments } from '../assessments/assessment-service';
import { getCitizenDetail } from '../citizens/citizen-service';
import { listRegistrations } from '../course-registrations/course-registration-service';
import { listDecisions } from '../decisions/decision-service';
import { listEmergencyAccessesOfCitizen } from '../emergency-access/emergency-access-service';
import { listFollowUps } from '../follow-ups/follow-up-service';
import { listAllocations } from '../housing-allocations/housing-allocation-service';
import { listHousingPeriods } from '../housing-periods/housing-period-service';
import { getProfile } from '../housing-supply/profile-service';
import { getLegalChecks } from '../legal-checks/legal-check-service';
import { listMeetings } from '../network-meetings/network-meeting-service';
import { listConsents } from '../consents/consent-service';
import { listPlans } from '../plans/plan-service';
import { listStays } from '../shelter-stays/shelter-stay-service';
import { listCourses } from '../support-courses/support-course-service';
import { getCitizenTaskOverview } from '../tasks/task-inbox-service';
import { getCitizenVersionHistory } from '../versioning/citizen-version-history';

type Subject = Omit<AuditEventInput, 'action'>;

/** The route's context with `describe` kept aside: the sections' own subjects are not the page's event. */
function quietly(ctx: DataContext): { ctx: DataContext; subjects: Subject[] } {
  const subjects: Subject[] = [];
  return { ctx: { ...ctx, describe: (subject) => subjects.push(subject) }, subjects };
}

export async function getCitizenPage(ctx: DataContext, citizenId: string): Promise<CitizenPage> {
  // Every section finds the same person, and several read the same records (the legal checks,
  // tasks and support courses read the allocations and stays again): the page changes nothing,
  // so each person is read once per scope and each statement with the same parameters once.
  rememberPersonsIn(ctx.tx);
  rememberReadsIn(ctx.tx);
  const quiet = quietly(ctx);
  const citizen = await getCitizenDetail(quiet.ctx, citizenId);
  const [citizenSubject] = quiet.subjects;
  const reads = (category: DataCategory) => citizen.access.categories.includes(category);
  // The sections ask by the surviving record, as the page does (a linked record's id resolves to it).
  const id = citizen.id;
  const sections: CitizenPageSection[] = [];
  async function section<T>(name: CitizenPageSection, shown: boolean, read: () => Promise<T>): Promise<T | null> {
    if (!shown) return null;
    sections.push(name);
    return read();
  }
  const q = quiet.ctx;
  const emergencyAccesses = await section('emergencyAccesses', citizen.access.seesEmergencyAccesses, () =>
    listEmergencyAccessesOfCitizen(q, id),
  );
  const legalChecks = await section('legalChecks', reads('stays'), () => getLegalChecks(q, id));
  const tasks = await section('tasks', reads('tasks'), () => getCitizenTaskOverview(q, id));
  const stays = await section('stays', reads('stays'), () => listStays(q, id));
  const housingPeriods = await section('housingPeriods', reads('housing'), () => listHousingPeriods(q, id));
  const assessments = await section('assessments', reads('assessment') || reads('health'), () => listAssessments(q, id));
  const plans = await section('plans', reads('plans'), () => listPlans(q, id));
  const decisions = await section('decisions', reads('decisions'), () => listDecisions(q, id));
  const versionHistory = await section('versionHistory', reads('plans'), () => getCitizenVersionHistory(q, id));
  const housingProfile = await section('housingProfile', reads('housing'), () => getProfile(q, id));
  const housingAllocations = await section('housingAllocations', reads('housing'), () => listAllocations(q, id));
  const supportCourses = await section('supportCourses', reads('support'), () => listCourses(q, id));
  const courseRegistrations = await section('courseRegistrations', supportCourses !== null, async () => {
    const lists = [];
    for (const course of supportCourses?.items ?? []) lists.push(await listRegistrations(q, course.id));
    return lists;
  });
  const followUps = await section('followUps', reads('support'), () => listFollowUps(q, id));
  const networkMeetings = await section('networkMeetings', reads('network_meetings'), () => listMeetings(q, id));
  const consents = await section('consents', reads('consents'), () => listConsents(q, id));
  if (citizenSubject) ctx.describe({ ...citizenSubject, changes: { ...(citizenSubject.changes ?? {}), sections } });
  return {
    citizen,
    sections,
    emergencyAccesses,
    legalChecks,
    tasks,
    stays,
    housingPeriods,
    assessments,
    plans,
    decisions,
    versionHistory,
    housingProfile,
    housingAllocations,
    supportCourses,
    courseRegistrations,
    followUps,
    networkMeetings,
    consents,
  };
}
