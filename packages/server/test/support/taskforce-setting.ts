/** The setting the taskforce analysis, plan and status-meeting tests share. */
import { expect } from 'vitest';
import { addDays } from '@hjemvej/domain';
import type { TaskforceDataPackage, TaskforcePlan } from '@hjemvej/contract';
import { todayInDenmark } from '../../src/calendar/danish-time';
import { call, type Session, type SignInAs, type useTestApp } from './test-app';
import {
  createAgreement,
  createCitizen,
  createHousingPeriod,
  createMunicipalityWithStaff,
  createOrganisation,
  createShelterWithStaff,
  createStay,
  createUser,
} from './factories';
import { createTaskforceApplication, createTaskforceCourse } from './taskforce-factories';

/** The taskforce tests sign in with it beside their setting. */
export { signInFromOwnAddresses } from './test-app';

type TestApp = ReturnType<typeof useTestApp>;

/**
 * A municipality in a course with seven citizens at a shelter since January 2025, two of them
 * housed in March; the national taskforce; another municipality.
 */
export async function taskforceSetting(t: TestApp, signInAs: SignInAs) {
  const staff = await createMunicipalityWithStaff(t.db);
  const leader = await createUser(t.db, staff.organisation.id, { role: 'leader', unitIds: [staff.unit.id] });
  const agency = await createOrganisation(t.db, { kind: 'national_agency', name: 'Social- og Boligstyrelsen (test)' });
  const consultant = await createUser(t.db, agency.id, { role: 'national_consultant' });
  const other = await createMunicipalityWithStaff(t.db);
  const shelter = await createShelterWithStaff(t.db);
  const application = await createTaskforceApplication(t.db, {
    municipalityId: staff.organisation.id,
    status: 'accepted',
    season: { year: 2025, term: 'autumn' },
  });
  const course = await createTaskforceCourse(t.db, {
    applicationId: application.id,
    municipalityId: staff.organisation.id,
    staff: [consultant.id],
  });
  for (let i = 0; i < 7; i++) {
    const citizen = await createCitizen(t.db, { handlekommuneId: staff.organisation.id });
    const housed = i < 2;
    await createHousingPeriod(t.db, {
      citizenId: citizen.id,
      category: 'shelter_110',
      fromDate: '2025-01-10',
      toDate: housed ? '2025-03-15' : null,
    });
    if (housed)
      await createHousingPeriod(t.db, { citizenId: citizen.id, category: 'own_home_with_lease', fromDate: '2025-03-15' });
    await createStay(t.db, {
      citizenId: citizen.id,
      shelterId: shelter.organisation.id,
      admittedOn: '2025-01-10',
      dischargedOn: housed ? '2025-03-15' : null,
      notifiedOn: '2025-01-12',
    });
  }
  // One citizen sleeping rough: a count of one, hidden.
  const rough = await createCitizen(t.db, { handlekommuneId: staff.organisation.id });
  await createHousingPeriod(t.db, { citizenId: rough.id, category: 'rough_sleeping', fromDate: '2025-02-01' });
  const agreement = await createAgreement(t.db, {
    organisationId: staff.organisation.id,
    parties: [{ organisationId: staff.organisation.id, unitId: staff.unit.id }],
  });
  return {
    ...staff,
    course,
    agreement,
    agency,
    consultant,
    other,
    leader,
    leaderSession: await signInAs(leader),
    caseworkerSession: await signInAs(staff.caseworker),
    consultantSession: await signInAs(consultant),
    otherSession: await signInAs(other.admin),
  };
}

/** The setting with a data package the taskforce froze for the first half of 2025, and a figure it shows a median of. */
export async function taskforceSettingWithPackage(t: TestApp, signInAs: SignInAs) {
  const s = await taskforceSetting(t, signInAs);
  const frozen = (
    await call(t.app, s.consultantSession, {
      method: 'POST',
      url: `/api/taskforce/courses/${s.course.id}/data-packages`,
      payload: { from: '2025-01-01', to: '2025-06-30' },
    })
  ).json<TaskforceDataPackage>();
  const shown = frozen.figures.find((f) => f.display === 'days' && f.published.median !== null);
  if (!shown) throw new Error('the package shows no median');
  return { ...s, frozen, shown };
}

type PackageSetting = Awaited<ReturnType<typeof taskforceSettingWithPackage>>;

/** The consultant writes a development point on the course's plan; its id. */
export async function addDevelopmentPoint(
  t: TestApp,
  s: Pick<PackageSetting, 'course' | 'consultantSession'>,
  point: { theme: string; title: string; description?: string },
): Promise<string> {
  const written = await call(t.app, s.consultantSession, {
    method: 'POST',
    url: `/api/taskforce/courses/${s.course.id}/plan/points`,
    payload: point,
  });
  expect(written.statusCode, written.body).toBe(201);
  return written.json<TaskforcePlan>().points[0]?.id ?? '';
}

/** A valid goal on the package's shown measure with its baseline, owned by the leader. */
export const goalPayload = (s: PackageSetting) => ({
  measure: s.shown.measure,
  baselinePackageId: s.frozen.id,
  target: 30,
  targetOn: '2027-06-30',
  ownerUserId: s.leader.id,
});

/** A goal on the point posted (by the leader unless `session` is given): `goalPayload` with `change`; the answer, unchecked. */
export const postGoal = (
  t: TestApp,
  s: PackageSetting,
  pointId: string,
  change: Record<string, unknown> = {},
  session: Session = s.leaderSession,
) =>
  call(t.app, session, {
    method: 'POST',
    url: `/api/taskforce/courses/${s.course.id}/plan/points/${pointId}/goals`,
    payload: { ...goalPayload(s), ...change },
  });

/** A development point on housing supply (written by the consultant) with a goal from `goalPayload` (written by the leader). */
export async function addPointWithGoal(t: TestApp, s: PackageSetting, title: string) {
  const pointId = await addDevelopmentPoint(t, s, { theme: 'housing_supply', title });
  const goal = await postGoal(t, s, pointId);
  expect(goal.statusCode, goal.body).toBe(201);
  return { pointId, goalId: goal.json<TaskforcePlan>().points[0]?.goals[0]?.id ?? '' };
}

/**
 * The package's setting with a development point and a goal on the shown measure owned by the
 * leader (`addPointWithGoal`): the start of the plan and status tests.
 */
export async function taskforceSettingWithGoal(t: TestApp, signInAs: SignInAs) {
  const s = await taskforceSettingWithPackage(t, signInAs);
  const planUrl = `/api/taskforce/courses/${s.course.id}/plan`;
  return { ...s, planUrl, ...(await addPointWithGoal(t, s, 'Kortere ophold på forsorgshjem')) };
}

/**
 * A day counted from today in Denmark, as the server counts due dates (from 23:00 or 22:00 UTC the
 * UTC date is still yesterday there, and a due date "today" would be refused as passed).
 */
export const fromToday = (days: number): string => addDays(todayInDenmark(), days);
