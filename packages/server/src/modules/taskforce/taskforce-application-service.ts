/**
 * Taskforce applications: a municipality applies (needs per theme, expectations, contact
 * persons), changes its application while it waits, and the national taskforce answers it:
 * accepted into a season within the season's capacity, deferred or declined with a reason.
 * The seasons' planning shows each coming season's capacity and who starts in it.
 */
import {
  checkSeasonCapacity,
  compareSeasons,
  defaultSeasonCapacity,
  parseSeasonKey,
  seasonKey,
  seasonStartDate,
  upcomingSeasons,
  type Season,
  type TaskforceApplicationFacts,
} from '@hjemvej/domain';
import type {
  CreateTaskforceApplicationBody,
  SetSeasonCapacityBody,
  TaskforceApplication,
  TaskforceApplicationList,
  TaskforceDecisionBody,
  TaskforceSeason,
  TaskforceSeasonList,
  UpdateTaskforceApplicationBody,
} from '@hjemvej/contract';
import { ConflictError, NotFoundError, UnprocessableError } from '../../http/errors';
import { abilitiesFor, authorize, type PolicyAction } from '../../access/policy';
import type { DataContext } from '../../http/secured-route';
import { todayInDenmark } from '../../calendar/danish-time';
import { assertSeenVersion } from '../versioning/version-conflict';
import { taskforceApplicationPolicy } from './taskforce-policy';
import {
  countAcceptedInSeason,
  findOpenTaskforceApplication,
  findSeasonPlanningRows,
  findTaskforceApplicationContacts,
  findTaskforceApplicationRows,
  findTaskforceSeasonRows,
  insertTaskforceApplication,
  lockTaskforceSeason,
  presentTaskforceApplication,
  replaceTaskforceApplicationContacts,
  updateTaskforceApplicationRow,
  upsertTaskforceSeasonCapacity,
  type TaskforceApplicationRow,
} from './taskforce-application-queries';
import { createTaskforceCourseFor, findCourseIdsOfApplications } from './taskforce-course-service';

type Body = CreateTaskforceApplicationBody;

function needColumns(body: Body) {
  const needs = {
    need_housing_supply: body.needs.housingSupply.trim(),
    need_support_methods: body.needs.supportMethods.trim(),
    need_organisation: body.needs.organisation.trim(),
    need_legal_quality: body.needs.legalQuality.trim(),
  };
  if (Object.values(needs).every((need) => need === '')) throw new UnprocessableError('taskforce_needs_required', 'needs');
  return needs;
}

async function presentRows(ctx: DataContext, rows: readonly TaskforceApplicationRow[]): Promise<TaskforceApplication[]> {
  const ids = rows.map((r) => r.id);
  const contacts = await findTaskforceApplicationContacts(ctx.tx, ids);
  const courses = await findCourseIdsOfApplications(ctx, ids);
  return rows.map((row) =>
    presentTaskforceApplication(row, contacts, courses.get(row.id) ?? null, abilitiesFor(ctx, taskforceApplicationPolicy, row)),
  );
}

async function present(ctx: DataContext, applicationId: string): Promise<TaskforceApplication> {
  const rows = await findTaskforceApplicationRows(ctx.tx, ctx.actor, { applicationId });
  const [application] = await presentRows(ctx, rows);
  if (!application) throw new NotFoundError();
  return application;
}

/**
 * The application in the caller's reach, locked for a change (404), the caller allowed `action`
 * (403), and the version they saw still its own (409 with what changed).
 */
async function requireApplicationFor(
  ctx: DataContext,
  applicationId: string,
  action: PolicyAction<TaskforceApplicationFacts>,
  seenVersion: number,
): Promise<TaskforceApplicationRow> {
  const [row] = await findTaskforceApplicationRows(ctx.tx, ctx.actor, { applicationId, forUpdate: true });
  if (!row) throw new NotFoundError();
  authorize(ctx, action, row);
  await assertSeenVersion(ctx, row, seenVersion, ['taskforce_application.update', 'taskforce_application.decide'], () =>
    present(ctx, row.id),
  );
  return row;
}

/** The application's columns as the municipality writes them, on applying and on correcting. */
function writtenColumns(body: Body) {
  return {
    ...needColumns(body),
    expectations: body.expectations,
    preferred_year: body.preferredSeason?.year ?? null,
    preferred_term: body.preferredSeason?.term ?? null,
  };
}

export async function listTaskforceApplications(ctx: DataContext): Promise<TaskforceApplicationList> {
  const rows = await findTaskforceApplicationRows(ctx.tx, ctx.actor);
  ctx.describe({
    subjectType: 'taskforce_application',
    dataOrganisationId: ctx.actor.organisationId,
    changes: { count: rows.length },
  });
  return { items: await presentRows(ctx, rows) };
}

export async function getTaskforceApplication(ctx: DataContext, applicationId: string): Promise<TaskforceApplication> {
  const application = await present(ctx, applicationId);
  ctx.describe({
    subjectType: 'taskforce_application',
    subjectId: applicationId,
    dataOrganisationId: application.municipalityId,
  });
  return application;
}

export async function createTaskforceApplication(ctx: DataContext, body: Body): Promise<TaskforceApplication> {
  // The route's permission is the municipality's; a municipality applies for itself.
  authorize(ctx, taskforceApplicationPolicy.edit, { municipalityId: ctx.actor.organisationId, status: 'submitted' });
  const columns = writtenColumns(body);
  if (await findOpenTaskforceApplication(ctx.tx, ctx.actor.organisationId))
    throw new ConflictError('taskforce_application_open_exists');
  const { id } = await insertTaskforceApplication(ctx.tx, {
    municipality_id: ctx.actor.organisationId,
    ...columns,
    submitted_by_user_id: ctx.actor.userId,
    updated_by_user_id: ctx.actor.userId,
  });
  await replaceTaskforceApplicationContacts(ctx.tx, id, body.contacts);
  ctx.describe({
    subjectType: 'taskforce_application',
    subjectId: id,
    dataOrganisationId: ctx.actor.organisationId,
    changes: { contacts: body.contacts.length, preferredSeason: body.preferredSeason ? seasonKey(body.preferredSeason) : null },
  });
  return present(ctx, id);
}

export async function updateTaskforceApplication(
  ctx: DataContext,
  applicationId: string,
  body: UpdateTaskforceApplicationBody,
): Promise<TaskforceApplication> {
  const row = await requireApplicationFor(ctx, applicationId, taskforceApplicationPolicy.edit, body.version);
  const columns = writtenColumns(body);
  await updateTaskforceApplicationRow(ctx.tx, row.id, {
    ...columns,
    updated_by_user_id: ctx.actor.userId,
    updated_at: new Date(),
    version: row.version + 1,
  });
  await replaceTaskforceApplicationContacts(ctx.tx, row.id, body.contacts);
  ctx.describe({
    subjectType: 'taskforce_application',
    subjectId: row.id,
    dataOrganisationId: row.municipalityId,
    changes: { version: { from: row.version, to: row.version + 1 } },
  });
  return present(ctx, row.id);
}

/** A season the taskforce can still plan: one whose start day has not passed. */
function assertComingSeason(season: Season, today: string): void {
  if (seasonStartDate(season) < today) throw new UnprocessableError('taskforce_season_past', 'season');
}

export async function decideTaskforceApplication(
  ctx: DataContext,
  applicationId: string,
  body: TaskforceDecisionBody,
): Promise<TaskforceApplication> {
  const row = await requireApplicationFor(ctx, applicationId, taskforceApplicationPolicy.decide, body.version);
  const today = todayInDenmark();
  const common = {
    decided_by_user_id: ctx.actor.userId,
    decided_at: new Date(),
    updated_at: new Date(),
    version: row.version + 1,
  };
  let season: Season | null = null;
  switch (body.decision) {
    case 'accept': {
      season = body.season;
      assertComingSeason(season, today);
      const capacity = await lockTaskforceSeason(ctx.tx, season.year, season.term, defaultSeasonCapacity);
      const accepted = await countAcceptedInSeason(ctx.tx, season.year, season.term, row.id);
      const check = checkSeasonCapacity(accepted, capacity);
      if (!check.fits)
        throw new UnprocessableError('taskforce_season_full', 'season', { accepted: check.accepted, capacity: check.capacity });
      await updateTaskforceApplicationRow(ctx.tx, row.id, {
        ...common,
        status: 'accepted',
        season_year: season.year,
        season_term: season.term,
        decision_reason: null,
      });
      await createTaskforceCourseFor(ctx, { applicationId: row.id, municipalityId: row.municipalityId, season });
      break;
    }
    case 'defer':
      season = body.season ?? null;
      if (season) assertComingSeason(season, today);
      await updateTaskforceApplicationRow(ctx.tx, row.id, {
        ...common,
        status: 'deferred',
        season_year: season?.year ?? null,
        season_term: season?.term ?? null,
        decision_reason: body.reason,
      });
      break;
    case 'decline':
      await updateTaskforceApplicationRow(ctx.tx, row.id, {
        ...common,
        status: 'declined',
        season_year: null,
        season_term: null,
        decision_reason: body.reason,
      });
      break;
  }
  ctx.describe({
    subjectType: 'taskforce_application',
    subjectId: row.id,
    dataOrganisationId: row.municipalityId,
    changes: {
      status: { from: row.status, to: body.decision },
      season: season ? seasonKey(season) : null,
      version: { from: row.version, to: row.version + 1 },
    },
  });
  return present(ctx, row.id);
}

// ── The seasons' planning ─────────────────────────────────────────────────────────────────

async function planSeasons(ctx: DataContext): Promise<TaskforceSeason[]> {
  const set = await findTaskforceSeasonRows(ctx.tx);
  const planning = await findSeasonPlanningRows(ctx.tx, ctx.actor);
  const courses = await findCourseIdsOfApplications(
    ctx,
    planning.map((p) => p.id),
  );
  const today = todayInDenmark();
  const seasons = new Map<string, Season>();
  // The next four seasons that can still be planned, any further ahead the taskforce has set a
  // capacity for, and every season with accepted courses.
  for (const s of upcomingSeasons(today, 5)
    .filter((s) => seasonStartDate(s) >= today)
    .slice(0, 4))
    seasons.set(seasonKey(s), s);
  for (const s of set) if (seasonStartDate(s) >= today) seasons.set(seasonKey(s), { year: s.year, term: s.term });
  for (const p of planning)
    if (p.status === 'accepted' && p.seasonYear !== null && p.seasonTerm !== null)
      seasons.set(seasonKey({ year: p.seasonYear, term: p.seasonTerm }), { year: p.seasonYear, term: p.seasonTerm });
  return [...seasons.values()].sort(compareSeasons).map((season) => {
    const stored = set.find((s) => s.year === season.year && s.term === season.term);
    const isIn = (year: number | null, term: string | null) => year === season.year && term === season.term;
    return {
      key: seasonKey(season),
      year: season.year,
      term: season.term,
      capacity: stored?.capacity ?? defaultSeasonCapacity,
      isCapacitySet: stored !== undefined,
      accepted: planning
        .filter((p) => p.status === 'accepted' && isIn(p.seasonYear, p.seasonTerm))
        .map((p) => ({ applicationId: p.id, municipalityName: p.municipalityName, courseId: courses.get(p.id) ?? null })),
      preferredBy: planning.filter((p) => p.status !== 'accepted' && isIn(p.preferredYear, p.preferredTerm)).length,
    };
  });
}

export async function listTaskforceSeasons(ctx: DataContext): Promise<TaskforceSeasonList> {
  const items = await planSeasons(ctx);
  ctx.describe({
    subjectType: 'taskforce_season',
    dataOrganisationId: ctx.actor.organisationId,
    changes: { count: items.length },
  });
  return { items, defaultCapacity: defaultSeasonCapacity };
}

export async function setTaskforceSeasonCapacity(
  ctx: DataContext,
  key: string,
  body: SetSeasonCapacityBody,
): Promise<TaskforceSeason> {
  const season = parseSeasonKey(key);
  if (!season) throw new NotFoundError();
  assertComingSeason(season, todayInDenmark());
  const capacity = await lockTaskforceSeason(ctx.tx, season.year, season.term, defaultSeasonCapacity);
  const accepted = await countAcceptedInSeason(ctx.tx, season.year, season.term);
  if (body.capacity < accepted) throw new UnprocessableError('taskforce_capacity_below_accepted', 'capacity', { accepted });
  await upsertTaskforceSeasonCapacity(ctx.tx, { ...season, capacity: body.capacity, userId: ctx.actor.userId });
  ctx.describe({
    subjectType: 'taskforce_season',
    subjectId: null,
    dataOrganisationId: ctx.actor.organisationId,
    changes: { season: key, capacity: { from: capacity, to: body.capacity } },
  });
  const seasons = await planSeasons(ctx);
  const answer = seasons.find((s) => s.key === key);
  if (!answer) throw new NotFoundError();
  return answer;
}
