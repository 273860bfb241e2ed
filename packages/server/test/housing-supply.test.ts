/**
 * Housing supply through the API: agreements with quota, dwellings and vacancies reported by the
 * register or the housing association, the vacancy clock with escalation, matching, offers
 * declined (policy) and accepted (the allocation and the urgent applications), eviction warnings,
 * guarantee cases and the overview. Bad input names the field and writes nothing.
 */
import { describe, expect, it } from 'vitest';
import type {
  AllocationAgreement,
  AnsweredOffer,
  Dwelling,
  HousingOffer,
  HousingProfile,
  SupplyBehind,
  SupplyOverview,
  VacancyDetail,
  VacancyList,
  VacancyMatches,
  VacancySummary,
} from '@hjemvej/contract';
import { addDays, type RefusalConsequence } from '@hjemvej/domain';
import { todayInDenmark } from '../src/calendar/danish-time';
import { call, signInFromOwnAddresses, useTestApp, type Session } from './support/test-app';
import {
  createCitizen,
  createConsent,
  createDecision,
  createMunicipalityWithStaff,
  createOrganisation,
  createSupportCourse,
  createUnit,
  createUser,
} from './support/factories';
import { makeHousingAssociation } from './support/housing-supply-factories';
import { runVacancyEscalations } from '../src/modules/housing-supply/vacancy-escalation-job';
import { auditEvent, auditEvents, newestAuditEvent } from './support/audit-events';

const t = useTestApp();
const today = todayInDenmark();

const signInAs = signInFromOwnAddresses(t, 12);

async function setting() {
  const staff = await createMunicipalityWithStaff(t.db);
  await makeHousingAssociation(t.db, staff.partner.id);
  const housingUnit = await createUnit(t.db, staff.organisation.id, { name: 'Boliganvisningen', kind: 'boliganvisning' });
  const subsidies = await createUnit(t.db, staff.organisation.id, { name: 'Tilskud', kind: 'tilskud' });
  const team = await createUnit(t.db, staff.organisation.id, { name: 'CTI-teamet', kind: 'cti' });
  const allocator = await createUser(t.db, staff.organisation.id, { role: 'caseworker', unitIds: [housingUnit.id] });
  const partnerUser = await createUser(t.db, staff.partner.id, { role: 'partner_member' });
  const otherAssociation = await createOrganisation(t.db, { kind: 'partner', name: 'Anden Boligforening' });
  await makeHousingAssociation(t.db, otherAssociation.id);
  const otherPartnerUser = await createUser(t.db, otherAssociation.id, { role: 'partner_member' });
  return {
    ...staff,
    housingUnit,
    subsidies,
    team,
    allocator,
    sessions: {
      allocator: await signInAs(allocator),
      caseworker: await signInAs(staff.caseworker),
      partner: await signInAs(partnerUser),
      otherPartner: await signInAs(otherPartnerUser),
    },
  };
}
type Setting = Awaited<ReturnType<typeof setting>>;

async function post<T>(session: Session, url: string, payload: unknown, status = 201): Promise<T> {
  const response = await call(t.app, session, { method: 'POST', url, payload: payload as Record<string, unknown> });
  expect(response.statusCode, response.body).toBe(status);
  return response.json<T>();
}

async function get<T>(session: Session, url: string): Promise<T> {
  const response = await call(t.app, session, { method: 'GET', url });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<T>();
}

/** The allocator's answer to an offer, as answered (some answers are refused). */
const answerOffer = (session: Session, offerId: string, payload: Record<string, unknown>) =>
  call(t.app, session, { method: 'POST', url: `/api/housing-supply/offers/${offerId}/answer`, payload });

/** A first answer (version 1) today declining the offer, with the reason and what it means for the citizen's place on the list. */
const declinedToday = (declineReason: string, refusalConsequence: RefusalConsequence) => ({
  answer: 'declined',
  version: 1,
  answeredOn: today,
  declineReason,
  refusalConsequence,
});

function fieldsOf(response: { json: () => unknown }): string[] {
  const body = response.json() as { error: { fields?: { path: string }[] } };
  return (body.error.fields ?? []).map((f) => f.path);
}

async function agreement(s: Setting, overrides: Record<string, unknown> = {}) {
  return post<AllocationAgreement>(s.sessions.allocator, '/api/housing-supply/agreements', {
    title: 'Anvisningsaftale 2025–2027',
    housingOrganisationId: s.partner.id,
    legalBasis: 'voluntary_agreement',
    dwellingCount: 2,
    validFrom: '2025-01-01',
    revisitOn: '2027-01-01',
    contactName: 'Udlejningschef',
    ...overrides,
  });
}

const postAgreement = (session: Session, payload: Record<string, unknown>) =>
  call(t.app, session, { method: 'POST', url: '/api/housing-supply/agreements', payload });

/** The body of a 'decision_quarter' agreement with the partner, with the given share. */
const quarterAgreement = (s: Setting, share: number) => ({
  title: 'x',
  housingOrganisationId: s.partner.id,
  legalBasis: 'decision_quarter',
  share,
  validFrom: '2025-01-01',
  revisitOn: '2026-01-01',
});

async function dwelling(s: Setting, overrides: Record<string, unknown> = {}) {
  return post<Dwelling>(s.sessions.allocator, '/api/housing-supply/dwellings', {
    housingOrganisationId: s.partner.id,
    department: 'Afdeling 12',
    address: 'Granvej 4, st. th.',
    area: 'Vollsmose',
    dwellingType: 'family',
    sizeM2: 48,
    rooms: 2,
    floor: 0,
    monthlyRent: 3650,
    utilitiesEstimate: 550,
    deposit: 11000,
    isAccessible: true,
    ...overrides,
  });
}

/** A vacancy reported on the dwelling (by the allocator unless `session` is given); it must be made. */
const reportVacancy = (s: Setting, dwellingId: string, availableFrom: string, session: Session = s.sessions.allocator) =>
  post<VacancySummary>(session, `/api/housing-supply/dwellings/${dwellingId}/vacancies`, { availableFrom });

/** An agreement for `dwellingCount` dwellings, one of them (`d`) reported vacant `daysAgo` days ago. */
async function vacancyUnderAgreement(s: Setting, dwellingCount: number, daysAgo: number) {
  const a = await agreement(s, { dwellingCount });
  const d = await dwelling(s, { agreementId: a.id });
  const vacancy = await reportVacancy(s, d.id, addDays(today, -daysAgo));
  return { a, d, vacancy };
}

async function profile(s: Setting, citizenId: string, overrides: Record<string, unknown> = {}) {
  const response = await call(t.app, s.sessions.caseworker, {
    method: 'PUT',
    url: `/api/citizens/${citizenId}/housing-profile`,
    payload: {
      version: 0,
      wishedAreas: [],
      excludedAreas: [],
      householdSize: 1,
      affordableRent: 4000,
      needsAccessible: false,
      needs: '',
      readyToMoveOn: addDays(today, -30),
      supportPlanned: true,
      ...overrides,
    },
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<HousingProfile>();
}

/** A citizen of the municipality, named as `names` say, with a housing profile (see profile). */
async function homeSeeker(s: Setting, names: { firstName?: string; lastName?: string }, overrides: Record<string, unknown> = {}) {
  const citizen = await createCitizen(t.db, { handlekommuneId: s.organisation.id, ...names });
  await profile(s, citizen.id, overrides);
  return citizen;
}

describe('housing supply', () => {
  it('records agreements with quota use, and refuses a share above the law and a revisit before the start', async () => {
    const s = await setting();
    const a = await agreement(s);
    expect(a).toMatchObject({ legalSource: 'almenboligloven § 59 stk. 1 (aftale)', quota: { used: 0, agreed: 2, remaining: 2 } });
    const tooMuch = await postAgreement(s.sessions.allocator, quarterAgreement(s, 0.5));
    expect(tooMuch.statusCode).toBe(422);
    expect(fieldsOf(tooMuch)).toEqual(['share']);
    const revisit = await postAgreement(s.sessions.allocator, {
      title: 'x',
      landlordName: 'Privat udlejer',
      legalBasis: 'private_rental',
      dwellingCount: 3,
      validFrom: '2025-01-01',
      revisitOn: '2024-01-01',
    });
    expect(fieldsOf(revisit)).toEqual(['revisitOn']);
    // A caseworker outside the housing unit reads the register but does not write it.
    const list = await get<{ items: AllocationAgreement[]; canCreate: boolean }>(
      s.sessions.caseworker,
      '/api/housing-supply/agreements',
    );
    expect(list).toMatchObject({ canCreate: false, items: [{ id: a.id }] });
    const refused = await postAgreement(s.sessions.caseworker, quarterAgreement(s, 0.25));
    expect(refused.statusCode).toBe(403);
  });

  it('refuses negative or absurd rent and size naming the field, and writes nothing', async () => {
    const s = await setting();
    for (const [field, value] of [
      ['monthlyRent', -1],
      ['monthlyRent', 900_000],
      ['sizeM2', 0],
      ['rooms', 40],
    ] as const) {
      const response = await call(t.app, s.sessions.allocator, {
        method: 'POST',
        url: '/api/housing-supply/dwellings',
        payload: {
          housingOrganisationId: s.partner.id,
          address: 'x',
          area: 'y',
          dwellingType: 'family',
          sizeM2: 40,
          rooms: 1,
          monthlyRent: 3000,
          [field]: value,
        },
      });
      expect(response.statusCode).toBe(400);
      expect(fieldsOf(response)).toContain(field);
    }
    const rows = await t.db.selectFrom('dwellings').select('id').where('organisation_id', '=', s.organisation.id).execute();
    expect(rows).toEqual([]);
  });

  it('lets the housing association report a vacancy of its own dwelling only; the clock runs and escalates once per threshold', async () => {
    const s = await setting();
    const d = await dwelling(s);
    // The other housing association does not see the dwelling at all.
    const foreign = await call(t.app, s.sessions.otherPartner, {
      method: 'POST',
      url: `/api/housing-supply/dwellings/${d.id}/vacancies`,
      payload: { availableFrom: today },
    });
    expect(foreign.statusCode).toBe(404);
    expect((await get<{ items: Dwelling[] }>(s.sessions.otherPartner, '/api/housing-supply/dwellings')).items).toEqual([]);
    const own = await get<{ items: Dwelling[] }>(s.sessions.partner, '/api/housing-supply/dwellings');
    expect(own.items.map((x) => x.id)).toEqual([d.id]);
    expect(own.items[0]?.abilities).toMatchObject({ canReportVacancy: true, canWorkRegister: false });

    const availableFrom = addDays(today, -15);
    const vacancy = await reportVacancy(s, d.id, availableFrom, s.sessions.partner);
    expect(vacancy).toMatchObject({
      state: 'vacant',
      clock: { days: 15, rentCost: 1800 },
      reportedByOrganisation: s.partner.name,
    });
    const again = await call(t.app, s.sessions.partner, {
      method: 'POST',
      url: `/api/housing-supply/dwellings/${d.id}/vacancies`,
      payload: { availableFrom: today },
    });
    expect(again.statusCode).toBe(422);
    expect(fieldsOf(again)).toEqual(['availableFrom']);

    // Reported 15 days back: the 7- and 14-day thresholds escalate in the report's own transaction,
    // once, to the housing unit's members; the job run twice adds nothing, and reading escalates nothing.
    // The job runs over the whole database (on PostgreSQL other test files' vacancies are there
    // too), so what it did is read from this vacancy's own escalations.
    const escalations = async () =>
      (
        await t.db
          .selectFrom('vacancy_escalations')
          .select('threshold_days')
          .where('vacancy_id', '=', vacancy.id)
          .orderBy('threshold_days')
          .execute()
      ).map((e) => e.threshold_days);
    expect(vacancy.clock.escalatedAt).toEqual([7, 14]);
    await runVacancyEscalations(t.db);
    await runVacancyEscalations(t.db);
    expect(await escalations()).toEqual([7, 14]);
    const first = await get<VacancyList>(s.sessions.allocator, '/api/housing-supply/vacancies');
    expect(first.items[0]?.clock.escalatedAt).toEqual([7, 14]);
    const notes = () =>
      t.db
        .selectFrom('notifications')
        .select(['kind', 'title'])
        .where('user_id', '=', s.allocator.id)
        .orderBy('created_at')
        .execute();
    expect(await notes()).toEqual([{ kind: 'vacancy_escalated', title: `Ledig bolig i 14 dage: ${d.address}` }]);
    expect(first.yearRentLoss).toBeGreaterThan(0);
    // Twenty days on, the calendar reaches 30 days: the job escalates it once, however often it runs.
    const later = new Date(Date.now() + 20 * 86_400_000);
    expect((await runVacancyEscalations(t.db, later)).escalated).toBeGreaterThanOrEqual(1);
    await runVacancyEscalations(t.db, later);
    expect(await escalations()).toEqual([7, 14, 30]);
    expect(await notes()).toEqual([
      { kind: 'vacancy_escalated', title: `Ledig bolig i 14 dage: ${d.address}` },
      { kind: 'vacancy_escalated', title: `Ledig bolig i 30 dage: ${d.address}` },
    ]);
    const audited = await auditEvents(t.db, { action: 'vacancy.escalate', subjectId: vacancy.id }, ['actor_user_id', 'changes']);
    expect(audited.map((e) => [e.actor_user_id, e.changes])).toEqual([
      [s.sessions.partner.userId, { thresholds: [7, 14] }],
      [null, { thresholds: [30] }],
    ]);

    const ended = await call(t.app, s.sessions.allocator, {
      method: 'POST',
      url: `/api/housing-supply/vacancies/${vacancy.id}/end`,
      payload: { version: 1, endedOn: addDays(availableFrom, -1), endReason: 'returned' },
    });
    expect(ended.statusCode).toBe(422);
    expect(fieldsOf(ended)).toEqual(['endedOn']);
    const done = await post<VacancySummary>(
      s.sessions.allocator,
      `/api/housing-supply/vacancies/${vacancy.id}/end`,
      { version: 1, endedOn: today, endReason: 'returned' },
      200,
    );
    expect(done).toMatchObject({ state: 'returned', clock: { days: 15, rentCost: 1800 } });
  });

  it('matches by hard criteria and the written policy, offers, records a refusal with the policy, then an acceptance that becomes the allocation', async () => {
    const s = await setting();
    const { a, d, vacancy } = await vacancyUnderAgreement(s, 1, 3);
    const first = await homeSeeker(s, { firstName: 'Første', lastName: 'Borger' }, { readyToMoveOn: addDays(today, -60) });
    const second = await homeSeeker(
      s,
      { firstName: 'Anden', lastName: 'Borger' },
      { readyToMoveOn: addDays(today, -20), supportPlanned: false },
    );
    await createDecision(t.db, { citizenId: second.id, organisationId: s.organisation.id, kind: '85a', outcome: 'granted' });
    const tooPoor = await homeSeeker(s, {}, { affordableRent: 3000 });

    const matches = await get<VacancyMatches>(s.sessions.caseworker, `/api/housing-supply/vacancies/${vacancy.id}/matches`);
    expect(matches.priorityPolicy).toBe('ready_longest');
    expect(matches.items.map((m) => [m.citizenId, m.fits])).toEqual([
      [first.id, true],
      [second.id, true],
      [tooPoor.id, false],
    ]);
    expect(matches.items[2]?.mismatches).toEqual(['rent_above_affordable']);
    expect(matches.fittingTotal).toBe(2);
    // The housing association never matches citizens.
    const partnerMatches = await call(t.app, s.sessions.partner, {
      method: 'GET',
      url: `/api/housing-supply/vacancies/${vacancy.id}/matches`,
    });
    expect(partnerMatches.statusCode).toBe(403);

    const offered = addDays(today, -2);
    const offer = await post<HousingOffer>(s.sessions.allocator, `/api/housing-supply/vacancies/${vacancy.id}/offers`, {
      citizenId: first.id,
      offeredOn: offered,
      answerDeadline: addDays(offered, 7),
      viewingOn: addDays(offered, 1),
    });
    const twice = await call(t.app, s.sessions.allocator, {
      method: 'POST',
      url: `/api/housing-supply/vacancies/${vacancy.id}/offers`,
      payload: { citizenId: second.id, offeredOn: offered, answerDeadline: addDays(offered, 7) },
    });
    expect(twice.statusCode).toBe(422);
    expect(fieldsOf(twice)).toEqual(['citizenId']);

    // The partner sees the offer, but not the name without the citizen's consent to share identity.
    const partnerView = await get<VacancyDetail>(s.sessions.partner, `/api/housing-supply/vacancies/${vacancy.id}`);
    expect(partnerView.offers[0]?.citizen.name).toBeNull();
    await createConsent(t.db, {
      organisationId: s.organisation.id,
      citizenId: first.id,
      partnerId: s.partner.id,
      categories: ['identity'],
    });
    expect(
      (await get<VacancyDetail>(s.sessions.partner, `/api/housing-supply/vacancies/${vacancy.id}`)).offers[0]?.citizen.name,
    ).toBe('Første Borger');

    const stalePolicy = await answerOffer(
      s.sessions.allocator,
      offer.id,
      declinedToday('For langt fra netværket', 'removed_from_list'),
    );
    expect(stalePolicy.statusCode).toBe(422);
    expect(fieldsOf(stalePolicy)).toEqual(['refusalConsequence']);
    const declined = await post<AnsweredOffer>(
      s.sessions.allocator,
      `/api/housing-supply/offers/${offer.id}/answer`,
      declinedToday('For langt fra netværket', 'kept_on_list'),
      200,
    );
    expect(declined).toMatchObject({ answer: 'declined', refusalConsequence: 'kept_on_list', urgentTaskIds: [] });

    const offer2 = await post<HousingOffer>(s.sessions.allocator, `/api/housing-supply/vacancies/${vacancy.id}/offers`, {
      citizenId: second.id,
      offeredOn: today,
      answerDeadline: addDays(today, 5),
    });
    // A move-in before the lease: named, and nothing written (no allocation, the offer still open).
    const early = await answerOffer(s.sessions.allocator, offer2.id, {
      answer: 'accepted',
      version: 1,
      answeredOn: today,
      leaseSignedOn: today,
      plannedMoveInOn: addDays(today, -1),
    });
    expect(early.statusCode).toBe(422);
    expect(fieldsOf(early)).toEqual(['plannedMoveInOn']);
    expect(await t.db.selectFrom('housing_allocations').select('id').where('citizen_id', '=', second.id).execute()).toEqual([]);

    const accepted = await post<AnsweredOffer>(
      s.sessions.allocator,
      `/api/housing-supply/offers/${offer2.id}/answer`,
      { answer: 'accepted', version: 1, answeredOn: today, leaseSignedOn: today, plannedMoveInOn: addDays(today, 10) },
      200,
    );
    expect(accepted.answer).toBe('accepted');
    expect(accepted.urgentTaskIds).toHaveLength(2);
    const allocation = await t.db
      .selectFrom('housing_allocations')
      .selectAll()
      .where('citizen_id', '=', second.id)
      .executeTakeFirstOrThrow();
    expect(allocation).toMatchObject({
      address: d.address,
      partner_id: s.partner.id,
      monthly_rent: 3650,
      lease_signed_on: today,
    });
    const tasks = await t.db
      .selectFrom('tasks')
      .select(['unit_id', 'is_urgent', 'title'])
      .where('citizen_id', '=', second.id)
      .execute();
    expect(tasks).toHaveLength(2);
    expect(tasks.every((task) => task.unit_id === s.subsidies.id && task.is_urgent)).toBe(true);
    const detail = await get<VacancyDetail>(s.sessions.allocator, `/api/housing-supply/vacancies/${vacancy.id}`);
    expect(detail.vacancy).toMatchObject({ state: 'let', endedOn: today, clock: { days: 3 } });

    const secondAcceptance = await answerOffer(s.sessions.allocator, offer2.id, {
      answer: 'accepted',
      version: 2,
      answeredOn: today,
    });
    expect(secondAcceptance.statusCode).toBe(422);
    expect(fieldsOf(secondAcceptance)).toEqual(['answer']);
    const letAgain = await call(t.app, s.sessions.allocator, {
      method: 'POST',
      url: `/api/housing-supply/vacancies/${vacancy.id}/offers`,
      payload: { citizenId: first.id, offeredOn: today, answerDeadline: today },
    });
    expect(letAgain.statusCode).toBe(422);

    // The agreement (1 dwelling) is now used: a new allocation under it warns, naming the agreement.
    const d2 = await dwelling(s, { agreementId: a.id, address: 'Granvej 6' });
    const v2 = await reportVacancy(s, d2.id, today);
    const beyond = await call(t.app, s.sessions.allocator, {
      method: 'POST',
      url: `/api/housing-supply/vacancies/${v2.id}/offers`,
      payload: { citizenId: first.id, offeredOn: today, answerDeadline: today },
    });
    expect(beyond.statusCode).toBe(422);
    expect(fieldsOf(beyond)).toEqual(['acknowledgeQuota']);
    expect(beyond.body).toContain(a.title);
    const confirmed = await post<HousingOffer>(s.sessions.allocator, `/api/housing-supply/vacancies/${v2.id}/offers`, {
      citizenId: first.id,
      offeredOn: today,
      answerDeadline: today,
      acknowledgeQuota: true,
    });
    expect(confirmed.quotaWarningAcknowledged).toBe(true);

    const overview = await get<SupplyOverview>(s.sessions.allocator, `/api/housing-supply/overview`);
    expect(overview).toMatchObject({ offers: 3, acceptanceRate: 0.5 });
    expect(overview.quota).toEqual([{ agreementId: a.id, title: a.title, used: 1, agreed: 1 }]);
  });

  it('a refusal that takes the citizen off the list is a decision: saved only with its reasons and the appeal guidance, both stored and audited', async () => {
    const s = await setting();
    const d = await dwelling(s);
    const vacancy = await reportVacancy(s, d.id, addDays(today, -3));
    const citizen = await homeSeeker(s, { firstName: 'Afslag', lastName: 'Borger' });
    const policy = (guidance: string | undefined, version: number, refusalConsequence = 'removed_from_list') =>
      call(t.app, s.sessions.allocator, {
        method: 'PUT',
        url: '/api/housing-supply/settings',
        payload: {
          version,
          escalationDays: [7, 14, 30],
          priorityPolicy: 'ready_longest',
          priorityPolicyText: '',
          refusalConsequence,
          refusalPolicyText: 'Siger borgeren nej, tages borgeren af listen.',
          defaultMaxRent: 3500,
          ...(guidance === undefined ? {} : { refusalAppealGuidance: guidance }),
        },
      });
    // The rule itself is refused without appeal guidance, naming the field.
    const refused = await policy(undefined, 1);
    expect(refused.statusCode).toBe(422);
    expect(fieldsOf(refused)).toEqual(['refusalAppealGuidance']);
    // A policy kept from before that check (no guidance) is caught again when a refusal is saved.
    expect((await policy(undefined, 1, 'kept_on_list')).statusCode).toBe(200);
    await t.db
      .updateTable('housing_supply_settings')
      .set({ refusal_consequence: 'removed_from_list' })
      .where('organisation_id', '=', s.organisation.id)
      .execute();
    const offer = await post<HousingOffer>(s.sessions.allocator, `/api/housing-supply/vacancies/${vacancy.id}/offers`, {
      citizenId: citizen.id,
      offeredOn: today,
      answerDeadline: addDays(today, 7),
    });
    const decline = (decisionReasons?: string) =>
      answerOffer(s.sessions.allocator, offer.id, {
        ...declinedToday('Vil ikke bo i Vollsmose', 'removed_from_list'),
        ...(decisionReasons === undefined ? {} : { decisionReasons }),
      });
    // No appeal guidance in the policy: the decision cannot be saved, and nothing is written.
    const withoutGuidance = await decline('Borgeren har sagt nej til en bolig, der opfylder de faste krav.');
    expect(withoutGuidance.statusCode).toBe(422);
    expect(fieldsOf(withoutGuidance)).toEqual(['refusalConsequence']);
    expect(withoutGuidance.body).toContain('klagevejledning');

    const guidance = 'Du kan klage over afgørelsen til Demo Kommune, Boliganvisningen, inden 4 uger.';
    const settings = await policy(guidance, 1);
    expect(settings.json<{ refusalAppealGuidance: string }>().refusalAppealGuidance).toBe(guidance);
    // Without reasons: named next to the field.
    const withoutReasons = await decline('  ');
    expect(withoutReasons.statusCode).toBe(422);
    expect(fieldsOf(withoutReasons)).toEqual(['decisionReasons']);
    const stillPending = await t.db.selectFrom('housing_offers').selectAll().where('id', '=', offer.id).executeTakeFirstOrThrow();
    expect(stillPending).toMatchObject({ answer: 'pending', decision_reasons: null, appeal_guidance: null });

    const reasons = 'Borgeren har sagt nej til en bolig, der opfylder de faste krav i profilen.';
    const declined = await decline(reasons);
    expect(declined.statusCode, declined.body).toBe(200);
    expect(declined.json<AnsweredOffer>()).toMatchObject({
      answer: 'declined',
      refusalConsequence: 'removed_from_list',
      decisionReasons: reasons,
      appealGuidance: guidance,
    });
    // Off the list: the profile is no longer ready to move.
    const after = await get<HousingProfile>(s.sessions.caseworker, `/api/citizens/${citizen.id}/housing-profile`);
    expect(after.readyToMoveOn).toBeNull();
    expect(after.offers[0]).toMatchObject({ decisionReasons: reasons, appealGuidance: guidance });
    // A later change of the guidance does not rewrite what the citizen was given.
    expect((await policy('Ny klagevejledning.', 2)).statusCode).toBe(200);
    const again = await get<HousingProfile>(s.sessions.caseworker, `/api/citizens/${citizen.id}/housing-profile`);
    expect(again.offers[0]?.appealGuidance).toBe(guidance);
    const event = await newestAuditEvent(t.db, { action: 'housing_offer.answer', subjectId: offer.id }, ['changes']);
    expect(JSON.stringify(event.changes)).toContain(reasons);
    expect(JSON.stringify(event.changes)).toContain('klage over afgørelsen');
  });

  it('opens each figure of the overview onto the dwellings or citizens behind it, audited, and refuses an unknown figure', async () => {
    const s = await setting();
    const { a, d, vacancy } = await vacancyUnderAgreement(s, 3, 5);
    const citizen = await homeSeeker(s, { firstName: 'Bag', lastName: 'Tallet' }, { readyToMoveOn: addDays(today, -40) });
    const offer = await post<HousingOffer>(s.sessions.allocator, `/api/housing-supply/vacancies/${vacancy.id}/offers`, {
      citizenId: citizen.id,
      offeredOn: today,
      answerDeadline: addDays(today, 7),
    });
    await post<AnsweredOffer>(
      s.sessions.allocator,
      `/api/housing-supply/offers/${offer.id}/answer`,
      { answer: 'accepted', version: 1, answeredOn: today, leaseSignedOn: today },
      200,
    );
    const year = today.slice(0, 4);
    const behind = (figure: string) =>
      get<SupplyBehind>(
        s.sessions.allocator,
        `/api/housing-supply/overview/behind?year=${year}&figure=${encodeURIComponent(figure)}`,
      );
    const offers = await behind('offers');
    expect(offers.items).toEqual([
      expect.objectContaining({ citizen: { id: citizen.id, name: 'Bag Tallet' }, address: d.address, answer: 'accepted' }),
    ]);
    expect((await behind('acceptance')).items.map((i) => i.citizen?.id)).toEqual([citizen.id]);
    expect((await behind(`quota:${a.id}`)).items.map((i) => i.citizen?.id)).toEqual([citizen.id]);
    const vacancies = await behind('vacancies');
    expect(vacancies.items).toEqual([
      expect.objectContaining({ vacancyId: vacancy.id, address: d.address, days: 5, citizen: null }),
    ]);
    expect(vacancies.items[0]?.amount).toBeGreaterThan(0);
    // The citizens shown are in the audit trail.
    const event = await auditEvent(t.db, { action: 'housing_supply.overview_behind', actorUserId: s.sessions.allocator.userId }, [
      'changes',
    ]);
    expect(JSON.stringify(event.changes)).toContain(citizen.id);

    const unknown = await call(t.app, s.sessions.allocator, {
      method: 'GET',
      url: `/api/housing-supply/overview/behind?year=${year}&figure=everything`,
    });
    expect(unknown.statusCode).toBe(422);
    expect(fieldsOf(unknown)).toEqual(['figure']);
    // The housing association has no overview, nor the rows behind it.
    const partner = await call(t.app, s.sessions.partner, {
      method: 'GET',
      url: `/api/housing-supply/overview/behind?year=${year}&figure=offers`,
    });
    expect(partner.statusCode).toBe(403);
  });

  it('registers an eviction warning: found by CPR, an urgent task for the support team, shown on the citizen page', async () => {
    const s = await setting();
    const citizen = await createCitizen(t.db, { handlekommuneId: s.organisation.id });
    await createSupportCourse(t.db, {
      citizenId: citizen.id,
      teamUnitId: s.team.id,
      workerUserId: null,
      startedOn: '2025-01-01',
    });
    const warning = await post<{ citizen: { id: string } | null; taskId: string | null; supportUnit: string | null }>(
      s.sessions.allocator,
      '/api/housing-supply/eviction-warnings',
      {
        cpr: citizen.cpr ?? undefined,
        tenantName: 'Ukendt Navn',
        tenantAddress: 'Granvej 4, st. th.',
        landlordName: 'Boligforeningen',
        receivedOn: today,
        courtDate: addDays(today, 21),
        arrears: 14500,
      },
    );
    expect(warning.citizen?.id).toBe(citizen.id);
    expect(warning.supportUnit).toBe('CTI-teamet');
    const task = await t.db
      .selectFrom('tasks')
      .select(['unit_id', 'is_urgent'])
      .where('id', '=', warning.taskId ?? '')
      .executeTakeFirstOrThrow();
    expect(task).toEqual({ unit_id: s.team.id, is_urgent: true });
    const page = await get<HousingProfile>(s.sessions.caseworker, `/api/citizens/${citizen.id}/housing-profile`);
    expect(page.evictionWarnings).toHaveLength(1);
    const courtBefore = await call(t.app, s.sessions.allocator, {
      method: 'POST',
      url: '/api/housing-supply/eviction-warnings',
      payload: { tenantName: 'x', tenantAddress: 'y', landlordName: 'z', receivedOn: today, courtDate: addDays(today, -1) },
    });
    expect(fieldsOf(courtBefore)).toEqual(['courtDate']);
  });

  it('keeps guarantee cases: claim, payment, recovery; more recovered than claimed is refused', async () => {
    const s = await setting();
    const d = await dwelling(s);
    const g = await post<{ id: string; version: number }>(s.sessions.allocator, '/api/housing-supply/guarantee-cases', {
      dwellingId: d.id,
      movedOutOn: '2025-06-30',
      repairClaim: 18000,
      municipalPayment: 18000,
      paidOn: '2025-08-01',
    });
    const bad = await call(t.app, s.sessions.allocator, {
      method: 'PATCH',
      url: `/api/housing-supply/guarantee-cases/${g.id}`,
      payload: { version: 1, recoveryClaimed: 5000, recovered: 6000 },
    });
    expect(fieldsOf(bad)).toEqual(['recovered']);
    const ok = await call(t.app, s.sessions.allocator, {
      method: 'PATCH',
      url: `/api/housing-supply/guarantee-cases/${g.id}`,
      payload: { version: 1, recoveryClaimed: 18000, recovered: 2000 },
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ recovered: 2000, version: 2 });
  });
});
