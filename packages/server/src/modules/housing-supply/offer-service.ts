/**
 * Matching a vacancy to citizens, and offers: offer → viewing → answer within the deadline.
 * A refusal is saved only with the refusal policy the user was shown; an acceptance becomes the
 * housing allocation the course already knows (the housing-allocations service writes it, with
 * its own date rules and audit event), ends the vacancy (the final rent loss) and starts the
 * "Housing First haster" applications (deposit loan, furniture) as urgent tasks for the
 * municipality's subsidies unit. All in the one transaction: nothing half-written.
 */
import type {
  AnswerOfferBody,
  AnsweredOffer,
  CreateOfferBody,
  HousingOffer,
  VacancyDetail,
  VacancyMatches,
} from '@hjemvej/contract';
import {
  consentedCategories,
  isRefusalDecision,
  rankCandidates,
  revealedCitizenFields,
  wouldExceedQuota,
  type IsoDate,
  type MatchCandidate,
} from '@hjemvej/domain';
import { authorize } from '../../access/policy';
import { formatDate, todayInDenmark } from '../../calendar/danish-time';
import { citizenAuditSubject } from '../../course/citizen-audit';
import { AppError, NotFoundError, UnprocessableError } from '../../http/errors';
import type { DataContext } from '../../http/secured-route';
import { requirePerson } from '../../course/person-reads';
import { categoriesOf, findValidConsentsForPartner } from '../consents/consent-queries';
import { createAllocation } from '../housing-allocations/housing-allocation-service';
import { asOwnAuditEvent, readdressed } from '../../course/course-writes';
import { createTask } from '../tasks/task-service';
import { assertSeenVersion } from '../versioning/version-conflict';
import { dwellingPolicy } from './dwelling-policy';
import {
  clearReadyToMove,
  findMatchCandidateRows,
  findOfferRow,
  findOfferRowsOfVacancy,
  findPendingOfferOfPerson,
  insertOfferRow,
  updateOfferRow,
  type OfferRow,
} from './housing-offer-queries';
import { countAgreementUse, findAgreementRows, findOwnUnitOfKind, updateVacancyRow } from './housing-supply-queries';
import { presentDwellings, presentVacancy, readSupplySettings, requireDwelling, requireVacancy } from './supply-register-service';

/** A citizen's name as the register shows it: first and last name, else the alias. */
export function fullName(row: { firstName: string | null; lastName: string | null; alias: string | null }): string {
  const name = [row.firstName, row.lastName].filter((p) => p !== null && p !== '').join(' ');
  return name !== '' ? name : (row.alias ?? '–');
}

/**
 * The offers as the actor may see them. A municipality user sees the citizen (in scope by the
 * query); a housing association sees the name only when the citizen's valid consent to it
 * reveals it, else no name.
 */
async function presentOffers(ctx: DataContext, rows: readonly OfferRow[]): Promise<HousingOffer[]> {
  let revealsName: (citizenId: string) => boolean = () => true;
  if (ctx.actor.organisationKind === 'partner') {
    const today = todayInDenmark();
    const consents = await findValidConsentsForPartner(ctx.tx, ctx.actor.organisationId, today);
    const named = new Set(
      consents
        .filter((c) =>
          revealedCitizenFields(
            consentedCategories(
              [
                {
                  categories: categoriesOf(c.categories),
                  givenOn: c.givenOn,
                  expiresOn: c.expiresOn,
                  withdrawnAt: c.withdrawnAt,
                },
              ],
              today,
            ),
          ).has('firstName'),
        )
        .map((c) => c.citizenId),
    );
    revealsName = (citizenId) => named.has(citizenId);
  }
  return rows.map((row) => ({
    id: row.id,
    vacancyId: row.vacancyId,
    citizen: { id: row.citizenId, name: revealsName(row.citizenId) ? fullName(row) : null },
    address: row.address,
    offeredOn: row.offeredOn,
    answerDeadline: row.answerDeadline,
    viewingOn: row.viewingOn,
    answer: row.answer,
    answeredOn: row.answeredOn,
    declineReason: ctx.actor.organisationKind === 'partner' ? null : row.declineReason,
    refusalConsequence: ctx.actor.organisationKind === 'partner' ? null : row.refusalConsequence,
    decisionReasons: ctx.actor.organisationKind === 'partner' ? null : row.decisionReasons,
    appealGuidance: ctx.actor.organisationKind === 'partner' ? null : row.appealGuidance,
    housingAllocationId: ctx.actor.organisationKind === 'partner' ? null : row.housingAllocationId,
    quotaWarningAcknowledged: row.quotaWarningAcknowledged,
    version: row.version,
  }));
}

export async function getVacancy(ctx: DataContext, vacancyId: string): Promise<VacancyDetail> {
  const row = await requireVacancy(ctx, vacancyId);
  const [dwelling] = await presentDwellings(ctx, [await requireDwelling(ctx, row.dwellingId)]);
  if (!dwelling) throw new NotFoundError();
  const offers = await presentOffers(ctx, await findOfferRowsOfVacancy(ctx.tx, ctx.actor, row.id));
  ctx.describe({
    subjectType: 'vacancy',
    subjectId: row.id,
    dataOrganisationId: row.organisationId,
    changes: { offers: offers.length },
  });
  return { vacancy: presentVacancy(row, todayInDenmark()), dwelling, offers };
}

// ── Matching ───────────────────────────────────────────────────────────────────────────────

function stringsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((s): s is string => typeof s === 'string') : [];
}

/** At most this many who fit are listed (in policy order); the total is given beside them. */
const maxFittingShown = 100;

export async function listMatches(ctx: DataContext, vacancyId: string): Promise<VacancyMatches> {
  const vacancy = await requireVacancy(ctx, vacancyId);
  authorize(ctx, dwellingPolicy.seeMatches, vacancy);
  const dwelling = await requireDwelling(ctx, vacancy.dwellingId);
  const settings = await readSupplySettings(ctx.tx, vacancy.organisationId);
  const today = todayInDenmark();
  const rows = await findMatchCandidateRows(ctx.tx, ctx.actor);
  const candidates = rows.map((r) => ({
    citizenId: r.citizenId,
    name: fullName(r),
    affordableRent: r.affordableRent,
    householdSize: r.householdSize,
    wishedAreas: stringsOf(r.wishedAreas),
    excludedAreas: stringsOf(r.excludedAreas),
    needsAccessible: r.needsAccessible,
    readyToMoveOn: r.readyToMoveOn,
    supportInPlace: r.supportInPlace,
    supportPlanned: r.supportPlanned,
    homelessSince: r.homelessSince,
  })) satisfies (MatchCandidate & { name: string })[];
  const ranked = rankCandidates(
    {
      monthlyRent: dwelling.monthlyRent,
      utilitiesEstimate: dwelling.utilitiesEstimate,
      rooms: dwelling.rooms,
      area: dwelling.area,
      isAccessible: dwelling.isAccessible,
    },
    candidates,
    settings.priorityPolicy,
    settings.defaultMaxRent,
    today,
  );
  // Everyone who fits, and the nearest misses (so the user sees why the list is short).
  const fitting = ranked.filter((r) => r.mismatches.length === 0);
  // The first who fit, in policy order (the offer goes to the first), and the nearest misses.
  const shown = [...fitting.slice(0, maxFittingShown), ...ranked.filter((r) => r.mismatches.length > 0).slice(0, 20)];
  ctx.describe({
    subjectType: 'vacancy',
    subjectId: vacancy.id,
    dataOrganisationId: vacancy.organisationId,
    changes: { candidates: candidates.length, fitting: fitting.length, shown: shown.map((r) => r.candidate.citizenId) },
  });
  return {
    priorityPolicy: settings.priorityPolicy,
    priorityPolicyText: settings.priorityPolicyText,
    defaultMaxRent: settings.defaultMaxRent,
    items: shown.map((r) => ({
      citizenId: r.candidate.citizenId,
      name: r.candidate.name,
      fits: r.mismatches.length === 0,
      mismatches: r.mismatches,
      priorityDays: r.priorityDays,
      readyToMoveOn: r.candidate.readyToMoveOn,
      householdSize: r.candidate.householdSize,
      affordableRent: r.candidate.affordableRent,
    })),
    withoutProfile: 0,
    fittingTotal: fitting.length,
  };
}

// ── Offers ─────────────────────────────────────────────────────────────────────────────────

function assertNotFuture(date: IsoDate, field: string): void {
  if (date > todayInDenmark()) throw new UnprocessableError('date_in_future', field);
}

export async function createOffer(ctx: DataContext, vacancyId: string, body: CreateOfferBody): Promise<HousingOffer> {
  const vacancy = await requireVacancy(ctx, vacancyId, true);
  authorize(ctx, dwellingPolicy.workRegister, vacancy);
  const person = await requirePerson(ctx, body.citizenId, { forUpdate: true });
  const date = (d: string) => formatDate(ctx.locale, d);
  if (vacancy.endedOn !== null)
    throw new UnprocessableError(vacancy.endReason === 'let_by_allocation' ? 'vacancy_let' : 'vacancy_ended', 'citizenId', {
      endedOn: date(vacancy.endedOn),
    });
  if (vacancy.hasPendingOffer) throw new UnprocessableError('offer_already_pending', 'citizenId');
  assertNotFuture(body.offeredOn, 'offeredOn');
  if (body.answerDeadline < body.offeredOn)
    throw new UnprocessableError('offer_deadline_before_offer', 'answerDeadline', {
      answerDeadline: date(body.answerDeadline),
      offeredOn: date(body.offeredOn),
    });
  if (body.viewingOn !== undefined && body.viewingOn < body.offeredOn)
    throw new UnprocessableError('offer_viewing_before_offer', 'viewingOn', {
      viewingOn: date(body.viewingOn),
      offeredOn: date(body.offeredOn),
    });
  const pending = await findPendingOfferOfPerson(ctx.tx, person.recordIds);
  if (pending) throw new UnprocessableError('offer_citizen_has_offer', 'citizenId', { address: pending.address });
  const dwelling = await requireDwelling(ctx, vacancy.dwellingId);
  let quotaAcknowledged = false;
  if (dwelling.agreementId !== null) {
    const [agreement] = await findAgreementRows(ctx.tx, ctx.actor, dwelling.agreementId);
    const use = (await countAgreementUse(ctx.tx, [dwelling.agreementId])).get(dwelling.agreementId);
    if (
      agreement &&
      use &&
      wouldExceedQuota({ dwellingCount: agreement.dwellingCount, share: agreement.share }, use.used, use.vacancies)
    ) {
      // A warning, not a rule: the user confirms and the municipality allocates anyway.
      if (body.acknowledgeQuota !== true) {
        const agreed = agreement.dwellingCount ?? Math.floor(Number(agreement.share) * use.vacancies);
        throw new UnprocessableError('offer_quota_exceeded', 'acknowledgeQuota', {
          agreement: agreement.title,
          used: use.used,
          agreed,
        });
      }
      quotaAcknowledged = true;
    }
  }
  const id = await insertOfferRow(ctx.tx, {
    organisation_id: vacancy.organisationId,
    vacancy_id: vacancy.id,
    citizen_id: person.root.id,
    offered_on: body.offeredOn,
    answer_deadline: body.answerDeadline,
    viewing_on: body.viewingOn ?? null,
    quota_warning_acknowledged: quotaAcknowledged,
    created_by_user_id: ctx.actor.userId,
  });
  const row = await findOfferRow(ctx.tx, ctx.actor, id);
  if (!row) throw new NotFoundError();
  const [offer] = await presentOffers(ctx, [row]);
  if (!offer) throw new NotFoundError();
  ctx.describe({
    subjectType: 'housing_offer',
    subjectId: id,
    ...citizenAuditSubject(ctx, person),
    changes: { vacancyId: vacancy.id, address: dwelling.address, ...body, quotaWarningAcknowledged: quotaAcknowledged },
  });
  return offer;
}

/** Task titles of the urgent applications, in the language of the user who starts them. */
const urgentApplicationTitles = {
  da: ['Ansøg om indskudslån – Housing First haster', 'Ansøg om hjælp til møbler og etablering – Housing First haster'],
  en: ['Apply for a deposit loan – Housing First urgent', 'Apply for help with furniture and setting up – Housing First urgent'],
} as const;

async function startUrgentApplications(ctx: DataContext, citizenId: string, address: string): Promise<string[]> {
  const subsidies = await findOwnUnitOfKind(ctx.tx, ctx.actor.organisationId, 'tilskud');
  if (!subsidies) return [];
  const ids: string[] = [];
  for (const title of urgentApplicationTitles[ctx.locale]) {
    const task = await createTask(asOwnAuditEvent(ctx, 'task.create'), citizenId, {
      title,
      description: address,
      unitId: subsidies.id,
      isUrgent: true,
    });
    ids.push(task.id);
  }
  return ids;
}

export async function answerOffer(ctx: DataContext, offerId: string, body: AnswerOfferBody): Promise<AnsweredOffer> {
  const row = await findOfferRow(ctx.tx, ctx.actor, offerId, true);
  if (!row) throw new NotFoundError();
  const vacancy = await requireVacancy(ctx, row.vacancyId, true);
  authorize(ctx, dwellingPolicy.workRegister, vacancy);
  const person = await requirePerson(ctx, row.citizenId, { forUpdate: true });
  const date = (d: string) => formatDate(ctx.locale, d);
  await assertSeenVersion(ctx, row, body.version, 'housing_offer.answer', async () => (await presentOffers(ctx, [row]))[0] ?? {});
  if (row.answer !== 'pending') {
    throw new UnprocessableError('offer_already_answered', 'answer', {
      answer: row.answeredOn !== null ? date(row.answeredOn) : row.answer,
    });
  }
  assertNotFuture(body.answeredOn, 'answeredOn');
  if (body.answeredOn < row.offeredOn)
    throw new UnprocessableError('offer_answer_before_offer', 'answeredOn', {
      answeredOn: date(body.answeredOn),
      offeredOn: date(row.offeredOn),
    });
  let urgentTaskIds: string[] = [];
  let housingAllocationId: string | null = null;
  if (body.answer === 'declined') {
    const settings = await readSupplySettings(ctx.tx, row.organisationId);
    if (settings.refusalConsequence !== body.refusalConsequence)
      throw new UnprocessableError('refusal_policy_changed', 'refusalConsequence');
    // Off the list is a decision about the citizen: it is saved only with its reasons and the
    // municipality's appeal guidance (forvaltningsloven §§ 22–25), never without.
    const isDecision = isRefusalDecision(settings.refusalConsequence);
    const decisionReasons = body.decisionReasons?.trim() ?? '';
    if (isDecision && settings.refusalAppealGuidance.trim() === '')
      throw new UnprocessableError('refusal_decision_without_appeal_guidance', 'refusalConsequence');
    if (isDecision && decisionReasons === '') throw new UnprocessableError('refusal_decision_reasons_missing', 'decisionReasons');
    await updateOfferRow(ctx.tx, row.id, {
      answer: 'declined',
      answered_on: body.answeredOn,
      decline_reason: body.declineReason,
      refusal_consequence: settings.refusalConsequence,
      decision_reasons: isDecision ? decisionReasons : null,
      appeal_guidance: isDecision ? settings.refusalAppealGuidance : null,
      answered_by_user_id: ctx.actor.userId,
      version: row.version + 1,
    });
    // Removed from the list: not ready to move until the profile says so again.
    if (settings.refusalConsequence === 'removed_from_list') await clearReadyToMove(ctx.tx, person.root.id);
  } else {
    if (body.leaseSignedOn !== undefined && body.leaseSignedOn < body.answeredOn)
      throw new UnprocessableError('lease_before_answer', 'leaseSignedOn', {
        leaseSignedOn: date(body.leaseSignedOn),
        answeredOn: date(body.answeredOn),
      });
    let allocation;
    try {
      allocation = await createAllocation(asOwnAuditEvent(ctx, 'housing_allocation.create'), person.root.id, {
        address: row.address,
        landlord: row.landlordName ?? undefined,
        partnerId: row.housingOrganisationId ?? undefined,
        monthlyRent: row.monthlyRent,
        rooms: row.rooms,
        allocatedOn: body.answeredOn,
        leaseSignedOn: body.leaseSignedOn,
        plannedMoveInOn: body.plannedMoveInOn,
        note: `Tilbud ${formatDate('da', row.offeredOn)}`,
      });
    } catch (error) {
      // The allocation's own rules name its fields; `allocatedOn` is this answer's date.
      throw error instanceof AppError && error.fields.some((f) => f.path === 'allocatedOn')
        ? readdressed(error, 'answeredOn')
        : error;
    }
    housingAllocationId = allocation.id;
    await updateOfferRow(ctx.tx, row.id, {
      answer: 'accepted',
      answered_on: body.answeredOn,
      housing_allocation_id: allocation.id,
      answered_by_user_id: ctx.actor.userId,
      version: row.version + 1,
    });
    // Let: the municipality's rent liability ends (never before the vacancy began).
    const letOn = body.leaseSignedOn ?? body.answeredOn;
    await updateVacancyRow(ctx.tx, vacancy.id, {
      ended_on: letOn > vacancy.availableFrom ? letOn : vacancy.availableFrom,
      end_reason: 'let_by_allocation',
      version: vacancy.version + 1,
    });
    urgentTaskIds = await startUrgentApplications(ctx, person.root.id, row.address);
  }
  const after = await findOfferRow(ctx.tx, ctx.actor, row.id);
  if (!after) throw new NotFoundError();
  const [offer] = await presentOffers(ctx, [after]);
  if (!offer) throw new NotFoundError();
  ctx.describe({
    subjectType: 'housing_offer',
    subjectId: row.id,
    ...citizenAuditSubject(ctx, person),
    changes: {
      answer: { from: 'pending', to: body.answer },
      answeredOn: body.answeredOn,
      ...(body.answer === 'declined'
        ? {
            declineReason: body.declineReason,
            refusalConsequence: body.refusalConsequence,
            ...(after.decisionReasons !== null
              ? { decisionReasons: after.decisionReasons, appealGuidance: after.appealGuidance }
              : {}),
          }
        : { housingAllocationId, urgentTaskIds }),
      version: { from: row.version, to: after.version },
    },
  });
  return { ...offer, urgentTaskIds };
}

/** The offers of a person, for the citizen page (the profile service). */
export { presentOffers };
