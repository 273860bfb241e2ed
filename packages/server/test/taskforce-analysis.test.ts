/**
 * The taskforce course's analysis through the API (issue 13 point 3): the taskforce freezes a
 * data package of the course's municipality's figures for a period; only suppressed aggregates
 * are stored, the package never changes, freezing again adds a version and keeps the first as
 * the baseline; both sides read it, another municipality sees nothing; every read is audited.
 */
import { describe, expect, it } from 'vitest';
import type { TaskforceDataPackage, TaskforceDataPackageList } from '@hjemvej/contract';
import { call, signIn, useTestApp, type Session } from './support/test-app';
import {
  createAgreement,
  createCitizen,
  createHousingPeriod,
  createMunicipalityWithStaff,
  createOrganisation,
  createShelterWithStaff,
  createStay,
  createUser,
} from './support/factories';
import { createTaskforceApplication, createTaskforceCourse } from './support/taskforce-factories';

const t = useTestApp();

let address = 0;
/** Each sign-in from its own address: this file signs in more often than the per-address limit allows in a minute. */
function signInAs(user: { readonly email: string; readonly password: string }): Promise<Session> {
  address += 1;
  return signIn(t.app, user.email, user.password, { remoteAddress: `10.25.${Math.floor(address / 250)}.${address % 250}` });
}

type RefusalBody = { error: { code: string; fields: { path: string; message: string }[] } };

/**
 * A municipality in a course with seven citizens at a shelter since January 2025, two of them
 * housed in March; the national taskforce; another municipality.
 */
async function setting() {
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
  const course = await createTaskforceCourse(t.db, { applicationId: application.id, municipalityId: staff.organisation.id });
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
    other,
    leaderSession: await signInAs(leader),
    consultantSession: await signInAs(consultant),
    otherSession: await signInAs(other.admin),
  };
}

const freeze = (session: Session, courseId: string, payload: Record<string, unknown>, headers: Record<string, string> = {}) =>
  call(t.app, session, { method: 'POST', url: `/api/taskforce/courses/${courseId}/data-packages`, payload, headers });

describe('the frozen data package', () => {
  it('freezes the municipality’s suppressed figures for the period, with the definitions’ versions, who and when', async () => {
    const s = await setting();
    const response = await freeze(s.consultantSession, s.course.id, { from: '2025-01-01', to: '2025-06-30' });
    expect(response.statusCode, response.body).toBe(201);
    const frozen = response.json<TaskforceDataPackage>();
    expect(frozen).toMatchObject({ version: 1, isBaseline: true, from: '2025-01-01', to: '2025-06-30', threshold: 5 });
    expect(frozen.frozenBy).toBeTruthy();
    expect(frozen.definitions.map((d) => d.id)).toContain('K5');
    expect(frozen.definitions.every((d) => d.version >= 1)).toBe(true);

    // Flow: seven at the shelter in January; from February one sleeping rough, hidden as '<5', and
    // the shelter's count beside it hidden as '..' (the month's total would tell the one).
    expect(frozen.flow.map((m) => m.month)).toEqual(['2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06']);
    expect(frozen.flow[0]?.categories.shelter_110).toEqual({ kind: 'value', value: 7 });
    expect(frozen.flow[0]?.total).toEqual({ kind: 'value', value: 7 });
    expect(frozen.flow[1]?.categories.rough_sleeping).toEqual({ kind: 'suppressed', label: '<5' });
    expect(frozen.flow[2]?.categories.shelter_110).toEqual({ kind: 'suppressed', label: '..' });
    expect(frozen.flow[2]?.total).toEqual({ kind: 'value', value: 6 });
    expect(frozen.flow[0]?.inflow).toEqual({ kind: 'value', value: 7 });
    expect(frozen.flow[2]?.outflow).toEqual({ kind: 'suppressed', label: '<5' });

    // § 110 stays: K8 notification on time for the seven admissions.
    const notified = frozen.figures.find((f) => f.measure === 'k8_notified_on_time');
    expect(notified).toMatchObject({ figure: 'K8', section: 'organisation' });
    expect(notified?.published.denominator).toEqual({ kind: 'value', value: 7 });
    expect(frozen.figures.find((f) => f.measure === 'k5_ended_over_120')?.section).toBe('stays');
    expect(frozen.support.municipalityName).toBe(s.organisation.name);
    expect(frozen.organisation.agreements.map((a) => a.title)).toContain(s.agreement.title);

    // No person leaves: no citizen's name or id in the package.
    const citizens = await t.db
      .selectFrom('citizens')
      .select(['id', 'first_name'])
      .where('handlekommune_id', '=', s.organisation.id)
      .execute();
    for (const c of citizens) {
      expect(response.body).not.toContain(c.id);
      expect(response.body).not.toContain(c.first_name ?? '§');
    }

    // The municipality's own people read it too; another municipality sees nothing (404).
    const read = await call(t.app, s.leaderSession, {
      method: 'GET',
      url: `/api/taskforce/courses/${s.course.id}/data-packages/${frozen.id}`,
    });
    expect(read.statusCode, read.body).toBe(200);
    expect(read.json<TaskforceDataPackage>().flow).toEqual(frozen.flow);
    for (const url of [
      `/api/taskforce/courses/${s.course.id}/data-packages`,
      `/api/taskforce/courses/${s.course.id}/data-packages/${frozen.id}`,
    ])
      expect((await call(t.app, s.otherSession, { method: 'GET', url })).statusCode).toBe(404);
    // Only the taskforce freezes (a municipality lacks the permission altogether).
    expect((await freeze(s.otherSession, s.course.id, { from: '2025-01-01', to: '2025-06-30' })).statusCode).toBe(403);
    expect((await freeze(s.leaderSession, s.course.id, { from: '2025-01-01', to: '2025-06-30' })).statusCode).toBe(403);

    // The freeze and every read are audited for the municipality.
    const events = await t.db
      .selectFrom('audit_events')
      .select(['action', 'data_organisation_id'])
      .where('subject_id', '=', frozen.id)
      .orderBy('occurred_at')
      .execute();
    expect(events).toEqual([
      { action: 'taskforce_data_package.freeze', data_organisation_id: s.organisation.id },
      { action: 'taskforce_data_package.read', data_organisation_id: s.organisation.id },
    ]);
  });

  it('never changes: a new citizen does not move a frozen package, and the row refuses an update', async () => {
    const s = await setting();
    const frozen = (
      await freeze(s.consultantSession, s.course.id, { from: '2025-01-01', to: '2025-03-31' })
    ).json<TaskforceDataPackage>();
    const late = await createCitizen(t.db, { handlekommuneId: s.organisation.id });
    await createHousingPeriod(t.db, { citizenId: late.id, category: 'shelter_110', fromDate: '2025-01-05' });
    const again = await call(t.app, s.consultantSession, {
      method: 'GET',
      url: `/api/taskforce/courses/${s.course.id}/data-packages/${frozen.id}`,
    });
    expect(again.json<TaskforceDataPackage>().flow).toEqual(frozen.flow);
    await expect(
      t.db.updateTable('taskforce_data_packages').set({ frozen_by_name: 'someone else' }).where('id', '=', frozen.id).execute(),
    ).rejects.toThrow(/frozen/);
  });

  it('freezing again adds the next version and keeps the first as the baseline', async () => {
    const s = await setting();
    const first = (
      await freeze(s.consultantSession, s.course.id, { from: '2025-01-01', to: '2025-03-31' })
    ).json<TaskforceDataPackage>();
    const second = await freeze(s.consultantSession, s.course.id, { from: '2025-01-01', to: '2025-06-30' });
    expect(second.statusCode).toBe(201);
    expect(second.json<TaskforceDataPackage>()).toMatchObject({ version: 2, isBaseline: false });
    const list = await call(t.app, s.leaderSession, {
      method: 'GET',
      url: `/api/taskforce/courses/${s.course.id}/data-packages`,
    });
    expect(list.json<TaskforceDataPackageList>().items.map((p) => [p.version, p.isBaseline, p.id === first.id])).toEqual([
      [2, false, false],
      [1, true, true],
    ]);
  });

  it('refuses a period that ends before it begins or after today, naming the field, and writes nothing', async () => {
    const s = await setting();
    const reversed = await freeze(s.consultantSession, s.course.id, { from: '2025-06-01', to: '2025-05-31' });
    expect(reversed.statusCode).toBe(422);
    expect(reversed.json<RefusalBody>().error.fields[0]?.path).toBe('to');
    expect(reversed.json<RefusalBody>().error.fields[0]?.message).toContain('01.06.2025');
    const english = await freeze(
      s.consultantSession,
      s.course.id,
      { from: '2025-06-01', to: '2025-05-31' },
      { 'accept-language': 'en' },
    );
    expect(english.json<RefusalBody>().error.fields[0]?.message).toContain('must end on or after');
    const future = await freeze(s.consultantSession, s.course.id, { from: '2025-06-01', to: '2099-05-31' });
    expect(future.json<RefusalBody>().error.fields[0]?.path).toBe('to');
    expect(await t.db.selectFrom('taskforce_data_packages').select('id').where('course_id', '=', s.course.id).execute()).toEqual(
      [],
    );
  });
});
