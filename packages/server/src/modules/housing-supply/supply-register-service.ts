/**
 * The housing register: the municipality's settings, allocation agreements with quota use,
 * dwellings at its disposal and their vacancies with the rent clock.
 *
 * Escalation of a long vacancy happens on read, in the reading request's transaction: each
 * time vacancies are listed or one is opened, the thresholds it has reached and not yet
 * escalated are recorded (`vacancy_escalations`, primary key = idempotent) and the members of
 * the housing allocation unit get a notification. The background job (`vacancy-escalation-job.ts`)
 * does the same for every municipality, so a vacancy nobody opens escalates too.
 */
import type {
  AllocationAgreement,
  CreateAllocationAgreementBody,
  CreateDwellingBody,
  Dwelling,
  EndVacancyBody,
  HousingSupplySettings,
  ReportVacancyBody,
  UpdateHousingSupplySettingsBody,
  VacancyList,
  VacancySummary,
} from '@hjemvej/contract';
import { isHousingAssociationPartner } from '../housing-allocations/housing-allocation-queries';
import {
  addMonths,
  allocationLegalBasisSources,
  allocationShareCap,
  cheapDwellingRentLimit,
  dailyRent,
  defaultHousingSupplySettings,
  housingSupplySources,
  quotaUse,
  reachedThresholds,
  rentCost,
  vacancyDays,
  vacancyState,
  type IsoDate,
  type PriorityPolicy,
  type RefusalConsequence,
} from '@hjemvej/domain';
import type { Transaction } from 'kysely';
import { abilitiesFor, authorize } from '../../access/policy';
import { formatDate, todayInDenmark } from '../../calendar/danish-time';
import type { Database } from '../../database/schema';
import { NotFoundError, UnprocessableError } from '../../http/errors';
import type { DataContext } from '../../http/secured-route';
import { createNotifications } from '../notifications/notification-service';
import { assertSeenVersion } from '../versioning/version-conflict';
import { dwellingPolicy } from './dwelling-policy';
import {
  countAgreementUse,
  findAgreementRows,
  findCurrentVacancyRows,
  findDwellingRow,
  findDwellingRows,
  findHousingUnitMemberIds,
  findSettingsRow,
  findVacancyRow,
  findVacancyRows,
  insertAgreementRow,
  insertDwellingRow,
  insertEscalations,
  insertVacancyRow,
  updateVacancyRow,
  upsertSettingsRow,
  type AgreementRow,
  type DwellingRow,
  type VacancyRow,
} from './housing-supply-queries';

type Tx = Transaction<Database>;

/** The register itself (no dwelling yet): the actor's own municipality. */
export function registerFacts(ctx: DataContext) {
  return { organisationId: ctx.actor.organisationId, housingOrganisationId: null };
}

// ── Settings ───────────────────────────────────────────────────────────────────────────────

export interface SupplySettings {
  readonly escalationDays: number[];
  readonly priorityPolicy: PriorityPolicy;
  readonly priorityPolicyText: string;
  readonly refusalConsequence: RefusalConsequence;
  readonly refusalPolicyText: string;
  readonly refusalAppealGuidance: string;
  readonly defaultMaxRent: number;
  readonly version: number;
}

function numbersOf(value: unknown): number[] {
  return Array.isArray(value) ? value.filter((n): n is number => typeof n === 'number') : [];
}

/** The municipality's settings, or the defaults (version 0) while it has written none. */
export async function readSupplySettings(tx: Tx, organisationId: string): Promise<SupplySettings> {
  const row = await findSettingsRow(tx, organisationId);
  if (!row)
    return {
      escalationDays: [...defaultHousingSupplySettings.escalationDays],
      priorityPolicy: defaultHousingSupplySettings.priorityPolicy,
      priorityPolicyText: '',
      refusalConsequence: defaultHousingSupplySettings.refusalConsequence,
      refusalPolicyText: '',
      refusalAppealGuidance: '',
      defaultMaxRent: defaultHousingSupplySettings.maxRentDefault,
      version: 0,
    };
  return {
    escalationDays: numbersOf(row.escalation_days),
    priorityPolicy: row.priority_policy,
    priorityPolicyText: row.priority_policy_text,
    refusalConsequence: row.refusal_consequence,
    refusalPolicyText: row.refusal_policy_text,
    refusalAppealGuidance: row.refusal_appeal_guidance,
    defaultMaxRent: row.default_max_rent,
    version: row.version,
  };
}

function presentSettings(ctx: DataContext, s: SupplySettings): HousingSupplySettings {
  return {
    ...s,
    defaultMaxRentSource: cheapDwellingRentLimit.source,
    canEdit: canWorkRegister(ctx),
    // The version the next save must send: 1 for a first save over the defaults.
    version: Math.max(1, s.version),
  };
}

export async function getSettings(ctx: DataContext): Promise<HousingSupplySettings> {
  const settings = await readSupplySettings(ctx.tx, ctx.actor.organisationId);
  ctx.describe({
    subjectType: 'organisation',
    subjectId: ctx.actor.organisationId,
    dataOrganisationId: ctx.actor.organisationId,
  });
  return presentSettings(ctx, settings);
}

export async function updateSettings(ctx: DataContext, body: UpdateHousingSupplySettingsBody): Promise<HousingSupplySettings> {
  authorize(ctx, dwellingPolicy.workRegister, registerFacts(ctx));
  const current = await readSupplySettings(ctx.tx, ctx.actor.organisationId);
  await assertSeenVersion(
    ctx,
    { id: ctx.actor.organisationId, version: Math.max(1, current.version) },
    body.version,
    'housing_supply.settings_update',
    () => presentSettings(ctx, current),
  );
  const escalationDays = [...new Set(body.escalationDays)].sort((a, b) => a - b);
  const appealGuidance = body.refusalAppealGuidance ?? current.refusalAppealGuidance;
  // A refusal that takes the citizen off the list is a decision: the guidance it must carry is
  // asked for when the rule is written, not first when a refusal is saved.
  if (body.refusalConsequence === 'removed_from_list' && appealGuidance.trim() === '')
    throw new UnprocessableError('settings_decision_needs_appeal_guidance', 'refusalAppealGuidance');
  await upsertSettingsRow(ctx.tx, {
    organisation_id: ctx.actor.organisationId,
    escalation_days: JSON.stringify(escalationDays),
    priority_policy: body.priorityPolicy,
    priority_policy_text: body.priorityPolicyText,
    refusal_consequence: body.refusalConsequence,
    refusal_policy_text: body.refusalPolicyText,
    // Kept when the body leaves it out (a client that does not know it yet).
    refusal_appeal_guidance: appealGuidance,
    default_max_rent: body.defaultMaxRent,
    updated_by_user_id: ctx.actor.userId,
    version: current.version + 1,
  });
  const after = await readSupplySettings(ctx.tx, ctx.actor.organisationId);
  ctx.describe({
    subjectType: 'organisation',
    subjectId: ctx.actor.organisationId,
    dataOrganisationId: ctx.actor.organisationId,
    changes: { ...body, escalationDays, version: { from: current.version, to: after.version } },
  });
  return presentSettings(ctx, after);
}

// ── Allocation agreements ──────────────────────────────────────────────────────────────────

/** The housing association an agreement or dwelling names, when it is one of ours. */
function housingOrganisationOf(row: {
  readonly housingOrganisationId: string | null;
  readonly housingOrganisationName: string | null;
}): { id: string; name: string } | null {
  return row.housingOrganisationId !== null && row.housingOrganisationName !== null
    ? { id: row.housingOrganisationId, name: row.housingOrganisationName }
    : null;
}

function presentAgreement(row: AgreementRow, use: { used: number; vacancies: number }, today: IsoDate): AllocationAgreement {
  const quota = quotaUse({ dwellingCount: row.dwellingCount, share: row.share }, use.used, use.vacancies);
  return {
    id: row.id,
    title: row.title,
    housingOrganisation: housingOrganisationOf(row),
    landlordName: row.landlordName,
    legalBasis: row.legalBasis,
    legalSource: allocationLegalBasisSources[row.legalBasis],
    share: row.share === null ? null : Number(row.share),
    dwellingCount: row.dwellingCount,
    validFrom: row.validFrom,
    validTo: row.validTo,
    revisitOn: row.revisitOn,
    contactName: row.contactName,
    contactEmail: row.contactEmail,
    contactPhone: row.contactPhone,
    note: row.note,
    quota: { ...quota, vacanciesReported: use.vacancies },
    isRevisitDue: row.revisitOn <= today,
    version: row.version,
  };
}

export async function findAgreementsWithUse(ctx: DataContext, agreementId?: string): Promise<AllocationAgreement[]> {
  const rows = await findAgreementRows(ctx.tx, ctx.actor, agreementId);
  const use = await countAgreementUse(
    ctx.tx,
    rows.map((r) => r.id),
  );
  const today = todayInDenmark();
  return rows.map((row) => presentAgreement(row, use.get(row.id) ?? { used: 0, vacancies: 0 }, today));
}

export function canWorkRegister(ctx: DataContext): boolean {
  return abilitiesFor(ctx, dwellingPolicy, registerFacts(ctx)).canWorkRegister;
}

export async function listAgreements(ctx: DataContext): Promise<{ items: AllocationAgreement[]; canCreate: boolean }> {
  const items = await findAgreementsWithUse(ctx);
  ctx.describe({
    subjectType: 'allocation_agreement',
    dataOrganisationId: ctx.actor.organisationId,
    changes: { count: items.length },
  });
  return { items, canCreate: canWorkRegister(ctx) };
}

async function assertHousingOrganisation(ctx: DataContext, id: string | undefined, field: string): Promise<void> {
  if (id === undefined) return;
  if (!(await isHousingAssociationPartner(ctx.tx, ctx.actor.organisationId, id)))
    throw new UnprocessableError('housing_organisation_unknown', field);
}

export async function createAgreement(ctx: DataContext, body: CreateAllocationAgreementBody): Promise<AllocationAgreement> {
  authorize(ctx, dwellingPolicy.workRegister, registerFacts(ctx));
  const date = (d: string) => formatDate(ctx.locale, d);
  if (body.validTo !== undefined && body.validTo < body.validFrom)
    throw new UnprocessableError('agreement_period_invalid', 'validTo', {
      validTo: date(body.validTo),
      validFrom: date(body.validFrom),
    });
  if (body.revisitOn <= body.validFrom)
    throw new UnprocessableError('agreement_revisit_before_start', 'revisitOn', { validFrom: date(body.validFrom) });
  const cap = allocationShareCap[body.legalBasis];
  if (body.share !== undefined && cap !== null && body.share > cap + 1e-9)
    throw new UnprocessableError('agreement_share_above_law', 'share', { share: body.share, cap: Number(cap.toFixed(4)) });
  await assertHousingOrganisation(ctx, body.housingOrganisationId, 'housingOrganisationId');
  const id = await insertAgreementRow(ctx.tx, {
    organisation_id: ctx.actor.organisationId,
    housing_organisation_id: body.housingOrganisationId ?? null,
    landlord_name: body.landlordName === undefined || body.landlordName === '' ? null : body.landlordName,
    title: body.title,
    legal_basis: body.legalBasis,
    share: body.share ?? null,
    dwelling_count: body.dwellingCount ?? null,
    valid_from: body.validFrom,
    valid_to: body.validTo ?? null,
    revisit_on: body.revisitOn,
    contact_name: body.contactName ?? '',
    contact_email: body.contactEmail ?? '',
    contact_phone: body.contactPhone ?? '',
    note: body.note ?? '',
    created_by_user_id: ctx.actor.userId,
    updated_by_user_id: ctx.actor.userId,
  });
  const [created] = await findAgreementsWithUse(ctx, id);
  if (!created) throw new NotFoundError();
  ctx.describe({
    subjectType: 'allocation_agreement',
    subjectId: id,
    dataOrganisationId: ctx.actor.organisationId,
    changes: { ...body },
  });
  return created;
}

// ── Vacancies and the clock ────────────────────────────────────────────────────────────────

export function presentVacancy(row: VacancyRow, today: IsoDate): VacancySummary {
  const days = vacancyDays(row.availableFrom, row.endedOn, today);
  return {
    id: row.id,
    dwellingId: row.dwellingId,
    availableFrom: row.availableFrom,
    endedOn: row.endedOn,
    endReason: row.endReason,
    monthlyRent: row.monthlyRent,
    state: vacancyState(row, today),
    clock: {
      days,
      rentCost: rentCost(row.monthlyRent, days),
      dailyRent: Math.round(dailyRent(row.monthlyRent) * 100) / 100,
      escalatedAt: numbersOf(row.escalatedAt),
    },
    reportedBy: row.reportedBy,
    reportedByOrganisation: row.reportedByOrganisation,
    version: row.version,
  };
}

/**
 * Escalates the open vacancies that reached a threshold not yet escalated: records it (once,
 * whoever reads first) and notifies the housing allocation unit. System work in the caller's
 * transaction: escalation follows from the calendar, not from the reader's rights.
 */
export async function systemEscalateVacancies(
  tx: Tx,
  organisationId: string,
  vacancies: readonly Pick<VacancyRow, 'id' | 'organisationId' | 'availableFrom' | 'endedOn' | 'address'>[],
  today: IsoDate,
): Promise<{ vacancyId: string; thresholds: number[] }[]> {
  const settings = await readSupplySettings(tx, organisationId);
  const escalated: { vacancyId: string; thresholds: number[] }[] = [];
  let recipients: string[] | null = null;
  for (const v of vacancies) {
    if (v.endedOn !== null || v.organisationId !== organisationId) continue;
    const reached = reachedThresholds(vacancyDays(v.availableFrom, null, today), settings.escalationDays);
    const fresh = await insertEscalations(tx, v.id, reached);
    if (fresh.length === 0) continue;
    recipients ??= await findHousingUnitMemberIds(tx, organisationId);
    await createNotifications(tx, {
      userIds: recipients,
      kind: 'vacancy_escalated',
      link: `/housing-supply/vacancies/${v.id}`,
      words: { task: v.address, text: String(Math.max(...fresh)) },
    });
    escalated.push({ vacancyId: v.id, thresholds: fresh });
  }
  return escalated;
}

/**
 * Escalates, in the writing transaction, the vacancies just written that are already past a
 * threshold (a report backdated beyond 7 days): each escalation audited as an event of its own.
 * The calendar's later thresholds are the escalation job's (vacancy-escalation-job.ts).
 */
async function escalateInTransaction(ctx: DataContext, rows: VacancyRow[], today: IsoDate): Promise<void> {
  const byOrganisation = new Map<string, VacancyRow[]>();
  for (const row of rows) byOrganisation.set(row.organisationId, [...(byOrganisation.get(row.organisationId) ?? []), row]);
  for (const [organisationId, list] of byOrganisation) {
    for (const e of await systemEscalateVacancies(ctx.tx, organisationId, list, today)) {
      ctx.audit({
        action: 'vacancy.escalate',
        subjectType: 'vacancy',
        subjectId: e.vacancyId,
        dataOrganisationId: organisationId,
        changes: { thresholds: e.thresholds },
      });
    }
  }
}

function yearBounds(year: number): { start: IsoDate; end: IsoDate } {
  return { start: `${year}-01-01`, end: `${year}-12-31` };
}

/** Days of one vacancy inside the year (to today while it runs). */
function daysInYear(v: VacancySummary, year: number, today: IsoDate): number {
  const { start } = yearBounds(year);
  const dayAfterYear = `${year + 1}-01-01`;
  const from = v.availableFrom > start ? v.availableFrom : start;
  const end = v.endedOn ?? today;
  const until = end < dayAfterYear ? end : dayAfterYear;
  return from >= until ? 0 : vacancyDays(from, until, today);
}

/** The vacancies of the year with their days and rent loss inside it (§ 104 stk. 2 count). */
export async function findYearVacancies(ctx: DataContext, year: number) {
  const today = todayInDenmark();
  const { start, end } = yearBounds(year);
  const rows = await findVacancyRows(ctx.tx, ctx.actor, start, end);
  const items = rows.map((row) => {
    const summary = presentVacancy(row, today);
    const days = daysInYear(summary, year, today);
    return { row, summary, daysInYear: days, rentLossInYear: rentCost(row.monthlyRent, days) };
  });
  return {
    items,
    vacancyDays: items.reduce((a, v) => a + v.daysInYear, 0),
    rentLoss: items.reduce((a, v) => a + v.rentLossInYear, 0),
    vacantDwellings: new Set(items.filter((v) => v.rentLossInYear > 0).map((v) => v.row.dwellingId)).size,
  };
}

export async function listVacancies(ctx: DataContext, query: { year?: number | undefined }): Promise<VacancyList> {
  const year = query.year ?? Number(todayInDenmark().slice(0, 4));
  const figures = await findYearVacancies(ctx, year);
  ctx.describe({
    subjectType: 'vacancy',
    dataOrganisationId: ctx.actor.organisationId,
    changes: { count: figures.items.length, year },
  });
  return {
    items: figures.items.map(({ row, summary }) => ({
      ...summary,
      dwelling: {
        id: row.dwellingId,
        address: row.address,
        area: row.area,
        rooms: row.rooms,
        dwellingType: row.dwellingType,
        housingOrganisation: row.housingOrganisationName,
      },
    })),
    year,
    yearRentLoss: figures.rentLoss,
    yearVacantDwellings: figures.vacantDwellings,
    legalSource: housingSupplySources.yearlyVacancyCount,
  };
}

export async function requireVacancy(ctx: DataContext, vacancyId: string, forUpdate = false): Promise<VacancyRow> {
  const row = await findVacancyRow(ctx.tx, ctx.actor, vacancyId, forUpdate);
  if (!row) throw new NotFoundError();
  return row;
}

export async function endVacancy(ctx: DataContext, vacancyId: string, body: EndVacancyBody): Promise<VacancySummary> {
  const row = await requireVacancy(ctx, vacancyId, true);
  authorize(ctx, dwellingPolicy.workRegister, row);
  const today = todayInDenmark();
  await assertSeenVersion(ctx, row, body.version, 'vacancy.end', () => presentVacancy(row, today));
  if (row.endedOn !== null)
    throw new UnprocessableError('vacancy_ended', 'endedOn', { endedOn: formatDate(ctx.locale, row.endedOn) });
  if (row.hasPendingOffer) throw new UnprocessableError('vacancy_has_pending_offer', 'endedOn');
  if (body.endedOn < row.availableFrom)
    throw new UnprocessableError('vacancy_end_before_start', 'endedOn', {
      endedOn: formatDate(ctx.locale, body.endedOn),
      availableFrom: formatDate(ctx.locale, row.availableFrom),
    });
  if (body.endedOn > today) throw new UnprocessableError('date_in_future', 'endedOn');
  await updateVacancyRow(ctx.tx, row.id, { ended_on: body.endedOn, end_reason: body.endReason, version: row.version + 1 });
  const after = presentVacancy(await requireVacancy(ctx, row.id), today);
  ctx.describe({
    subjectType: 'vacancy',
    subjectId: row.id,
    dataOrganisationId: row.organisationId,
    changes: {
      endedOn: body.endedOn,
      endReason: body.endReason,
      rentLoss: after.clock.rentCost,
      version: { from: row.version, to: after.version },
    },
  });
  return after;
}

// ── Dwellings ──────────────────────────────────────────────────────────────────────────────

function presentDwelling(ctx: DataContext, row: DwellingRow, vacancy: VacancyRow | undefined, today: IsoDate): Dwelling {
  return {
    id: row.id,
    agreementId: row.agreementId,
    agreementTitle: row.agreementTitle,
    housingOrganisation: housingOrganisationOf(row),
    landlordName: row.landlordName,
    department: row.department,
    address: row.address,
    area: row.area,
    dwellingType: row.dwellingType,
    sizeM2: row.sizeM2,
    rooms: row.rooms,
    floor: row.floor,
    monthlyRent: row.monthlyRent,
    utilitiesEstimate: row.utilitiesEstimate,
    deposit: row.deposit,
    isAccessible: row.isAccessible,
    subsidyEndsOn: row.subsidyEndsOn,
    note: row.note,
    currentVacancy: vacancy ? presentVacancy(vacancy, today) : null,
    abilities: abilitiesFor(ctx, dwellingPolicy, row),
    version: row.version,
  };
}

export async function presentDwellings(ctx: DataContext, rows: DwellingRow[]): Promise<Dwelling[]> {
  const vacancies = await findCurrentVacancyRows(
    ctx.tx,
    ctx.actor,
    rows.map((r) => r.id),
  );
  const today = todayInDenmark();
  return rows.map((row) =>
    presentDwelling(
      ctx,
      row,
      vacancies.find((v) => v.dwellingId === row.id),
      today,
    ),
  );
}

export async function listDwellings(ctx: DataContext): Promise<{ items: Dwelling[]; canCreate: boolean }> {
  const items = await presentDwellings(ctx, await findDwellingRows(ctx.tx, ctx.actor));
  ctx.describe({ subjectType: 'dwelling', dataOrganisationId: ctx.actor.organisationId, changes: { count: items.length } });
  return { items, canCreate: canWorkRegister(ctx) };
}

export async function requireDwelling(ctx: DataContext, dwellingId: string, forUpdate = false): Promise<DwellingRow> {
  const row = await findDwellingRow(ctx.tx, ctx.actor, dwellingId, forUpdate);
  if (!row) throw new NotFoundError();
  return row;
}

export async function createDwelling(ctx: DataContext, body: CreateDwellingBody): Promise<Dwelling> {
  authorize(ctx, dwellingPolicy.workRegister, registerFacts(ctx));
  await assertHousingOrganisation(ctx, body.housingOrganisationId, 'housingOrganisationId');
  if (body.agreementId !== undefined && (await findAgreementRows(ctx.tx, ctx.actor, body.agreementId)).length === 0)
    throw new UnprocessableError('agreement_unknown', 'agreementId');
  const id = await insertDwellingRow(ctx.tx, {
    organisation_id: ctx.actor.organisationId,
    agreement_id: body.agreementId ?? null,
    housing_organisation_id: body.housingOrganisationId ?? null,
    landlord_name: body.landlordName === undefined || body.landlordName === '' ? null : body.landlordName,
    department: body.department ?? '',
    address: body.address,
    area: body.area,
    dwelling_type: body.dwellingType,
    size_m2: body.sizeM2,
    rooms: body.rooms,
    floor: body.floor ?? null,
    monthly_rent: body.monthlyRent,
    utilities_estimate: body.utilitiesEstimate ?? 0,
    deposit: body.deposit ?? 0,
    is_accessible: body.isAccessible ?? false,
    subsidy_ends_on: body.subsidyEndsOn ?? null,
    note: body.note ?? '',
    created_by_user_id: ctx.actor.userId,
    updated_by_user_id: ctx.actor.userId,
  });
  const [created] = await presentDwellings(ctx, [await requireDwelling(ctx, id)]);
  if (!created) throw new NotFoundError();
  ctx.describe({ subjectType: 'dwelling', subjectId: id, dataOrganisationId: ctx.actor.organisationId, changes: { ...body } });
  return created;
}

export async function reportVacancy(ctx: DataContext, dwellingId: string, body: ReportVacancyBody): Promise<VacancySummary> {
  const dwelling = await requireDwelling(ctx, dwellingId, true);
  authorize(ctx, dwellingPolicy.reportVacancy, dwelling);
  const [open] = await findCurrentVacancyRows(ctx.tx, ctx.actor, [dwelling.id]);
  if (open)
    throw new UnprocessableError('vacancy_already_open', 'availableFrom', {
      availableFrom: formatDate(ctx.locale, open.availableFrom),
    });
  // A vacancy is reported when it is known: up to six months ahead, and not invented backwards beyond a year.
  const today = todayInDenmark();
  if (body.availableFrom > addMonths(today, 6) || body.availableFrom < addMonths(today, -12))
    throw new UnprocessableError('vacancy_date_out_of_range', 'availableFrom');
  const id = await insertVacancyRow(ctx.tx, {
    organisation_id: dwelling.organisationId,
    dwelling_id: dwelling.id,
    available_from: body.availableFrom,
    monthly_rent: dwelling.monthlyRent,
    reported_by_organisation_id: ctx.actor.organisationId,
    reported_by_user_id: ctx.actor.userId,
    reported_by_name: ctx.actor.displayName,
  });
  await escalateInTransaction(ctx, [await requireVacancy(ctx, id)], today);
  const created = presentVacancy(await requireVacancy(ctx, id), today);
  ctx.describe({
    subjectType: 'vacancy',
    subjectId: id,
    dataOrganisationId: dwelling.organisationId,
    changes: { dwellingId: dwelling.id, availableFrom: body.availableFrom, monthlyRent: dwelling.monthlyRent },
  });
  return created;
}
