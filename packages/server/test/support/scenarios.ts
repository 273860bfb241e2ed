/**
 * The set-ups many test files start from, built from the factories. Each call makes fresh
 * organisations, users and citizens, so a test owns what it uses and depends on no other test
 * nor on what else is in a shared database.
 */
import { expect } from 'vitest';
import type { SupportCourse } from '@hjemvej/contract';
import type { Db } from '../../src/database/connection';
import {
  createCitizen,
  createMunicipalityWithStaff,
  createShelterWithStaff,
  createStay,
  createTask,
  createUnit,
  createUser,
} from './factories';
import { call, signInAs, type TestApp } from './test-app';

type CitizenOverrides = Omit<Parameters<typeof createCitizen>[1], 'handlekommuneId'>;

/** A municipality with its staff (see createMunicipalityWithStaff), the caseworker signed in as `session`. */
export async function signedInMunicipality(t: TestApp) {
  const staff = await createMunicipalityWithStaff(t.db);
  const session = await signInAs(t.app, staff.caseworker);
  return { ...staff, session };
}

/** A municipality with its staff (see createMunicipalityWithStaff), the administrator signed in as `adminSession`. */
export async function signedInAdministrator(t: Pick<TestApp, 'app' | 'db'>) {
  const staff = await createMunicipalityWithStaff(t.db);
  const adminSession = await signInAs(t.app, staff.admin);
  return { ...staff, adminSession };
}

/** A signed-in municipality (above) and a citizen it is handlekommune for. */
export async function municipalityWithCitizen(t: TestApp, citizen: CitizenOverrides = {}) {
  const m = await signedInMunicipality(t);
  return { ...m, citizen: await createCitizen(t.db, { handlekommuneId: m.organisation.id, ...citizen }) };
}

/** A § 110 shelter with its staff member signed in as `session` and its leader as `leaderSession`. */
export async function signedInShelter(t: TestApp) {
  const staff = await createShelterWithStaff(t.db);
  const session = await signInAs(t.app, staff.staff);
  const leaderSession = await signInAs(t.app, staff.leader);
  return { ...staff, session, leaderSession };
}

/** A citizen of a new municipality staying at a new shelter from `stay.admittedOn`. */
export async function residentAtShelter(
  db: Db,
  stay: { admittedOn: string; notifiedOn?: string | null; dischargedOn?: string | null },
  citizen: CitizenOverrides = {},
) {
  const municipality = await createMunicipalityWithStaff(db);
  const shelter = await createShelterWithStaff(db);
  const resident = await createCitizen(db, { handlekommuneId: municipality.organisation.id, ...citizen });
  const created = await createStay(db, { citizenId: resident.id, shelterId: shelter.organisation.id, ...stay });
  return { municipality, shelter, citizen: resident, stay: created };
}

/**
 * A municipality with a support team (a CTI-kind unit) and its support worker signed in as
 * `session`, and a citizen the team reaches: need-to-know lets a team see the citizens of its
 * tasks, here the task of starting the course.
 */
export async function supportTeamWithCitizen(t: TestApp, team: { teamName: string; workerName: string; taskTitle: string }) {
  const staff = await createMunicipalityWithStaff(t.db);
  const unit = await createUnit(t.db, staff.organisation.id, { name: team.teamName, kind: 'cti' });
  const worker = await createUser(t.db, staff.organisation.id, {
    role: 'support_worker',
    unitIds: [unit.id],
    displayName: team.workerName,
  });
  const session = await signInAs(t.app, worker);
  const citizen = await createCitizen(t.db, { handlekommuneId: staff.organisation.id });
  await createTask(t.db, {
    organisationId: staff.organisation.id,
    citizenId: citizen.id,
    unitId: unit.id,
    title: team.taskTitle,
  });
  return { ...staff, team: unit, worker, session, citizen };
}

type SupportTeam = Awaited<ReturnType<typeof supportTeamWithCitizen>>;

/** The support worker starts the team's support course for the citizen (`payload` names method and start); it must be made. */
export async function startSupportCourse(
  t: TestApp,
  m: SupportTeam,
  payload: { method: string; startedOn: string } & Record<string, unknown>,
): Promise<SupportCourse> {
  const response = await call(t.app, m.session, {
    method: 'POST',
    url: `/api/citizens/${m.citizen.id}/support-courses`,
    payload: { teamUnitId: m.team.id, workerUserId: m.worker.id, ...payload },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<SupportCourse>();
}
