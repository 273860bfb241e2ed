/**
 * Method fidelity (K14): the support teams' fidelity measurements and K14 per team with trend.
 * A measurement is about a team, not a citizen. The municipality's leaders and administrators
 * reach every support team; a team's members reach their own team (domain `fidelityRules`).
 * The scoring and K14 are the domain's (`fidelity/fidelity-score.ts`); this module loads, checks
 * and stores.
 */
import type {
  CreateFidelityMeasurementBody,
  FidelityInstrumentOutput,
  FidelityMeasurement,
  FidelityOverview,
  FidelityQuery,
  Locale,
} from '@hjemvej/contract';
import {
  computeK14,
  currentFidelityInstrument,
  type FidelityInstrument,
  fidelityAnswers,
  findFidelityInstrument,
  refuseFidelityAnswers,
  registrationDueState,
  scoreFidelityMeasurement,
  seesAllFidelity,
  supportMethods,
} from '@hjemvej/domain';
import { ForbiddenError, NotFoundError, UnprocessableError } from '../../http/errors';
import type { DataContext } from '../../http/secured-route';
import { authorize, policyActorOf } from '../../access/policy';
import { todayInDenmark } from '../../calendar/danish-time';
import { insertTaskEvent, markTaskDoneByRecord } from '../tasks/task-queries';
import { fidelityPolicy } from './fidelity-policy';
import {
  findMeasurement,
  findMeasurements,
  findSupersededDueTasks,
  findSupportTeams,
  insertMeasurement,
  lockFidelityDueTasks,
  type MeasurementRow,
  type TeamReach,
} from './fidelity-queries';

/** The teams the caller reaches; a caller outside a municipality has no fidelity to see (403). */
function reachOf(ctx: DataContext): TeamReach {
  const actor = policyActorOf(ctx.actor);
  if (actor.organisationKind !== 'municipality') throw new ForbiddenError();
  const supportUnits = ctx.actor.units.filter((u) => (supportMethods as readonly string[]).includes(u.kind)).map((u) => u.id);
  return { organisationId: actor.organisationId, unitIds: seesAllFidelity(actor) ? null : supportUnits };
}

function presentInstrument(instrument: FidelityInstrument, locale: Locale): FidelityInstrumentOutput {
  const da = locale === 'da';
  return {
    id: instrument.id,
    version: instrument.version,
    method: instrument.method,
    name: da ? instrument.nameDa : instrument.nameEn,
    answers: [...fidelityAnswers],
    coreElements: instrument.coreElements.map((e) => ({ id: e.id, name: da ? e.nameDa : e.nameEn })),
    items: instrument.items.map((i) => ({ id: i.id, coreElement: i.coreElement, text: da ? i.textDa : i.textEn })),
    source: da ? instrument.sourceDa : instrument.sourceEn,
    url: instrument.url ?? null,
    placeholder: instrument.placeholder,
  };
}

function presentMeasurement(row: MeasurementRow): FidelityMeasurement {
  return {
    id: row.id,
    unitId: row.unitId,
    unitName: row.unitName,
    method: row.method,
    measuredOn: row.measuredOn,
    raterType: row.raterType,
    collectionMethod: row.collectionMethod,
    methodVersion: row.methodVersion,
    commonVersion: row.commonVersion,
    answers: [...row.answers],
    total: scoreFidelityMeasurement(row).total,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function getFidelity(ctx: DataContext, query: FidelityQuery): Promise<FidelityOverview> {
  const reach = reachOf(ctx);
  const today = todayInDenmark();
  const referenceDate = query.referenceDate ?? today;
  if (referenceDate > today) throw new UnprocessableError('date_in_future', 'referenceDate');
  const teams = await findSupportTeams(ctx.tx, reach);
  const measurements = await findMeasurements(ctx.tx, reach);
  const da = ctx.locale === 'da';
  const k14 = computeK14(measurements, referenceDate).map((team) => ({
    ...team,
    elements: team.elements.map((e) => ({
      instrumentId: e.instrumentId,
      coreElementId: e.coreElementId,
      name: da ? e.nameDa : e.nameEn,
      latest: e.latest,
      previous: e.previous,
      change: e.change,
    })),
    dueState: registrationDueState(team.nextDueOn, today),
  }));
  // The current instruments, and the older versions the listed measurements were answered in.
  const instruments = new Map<string, FidelityInstrument>();
  const add = (instrument: FidelityInstrument | null) => {
    if (instrument) instruments.set(`${instrument.id}@${instrument.version}`, instrument);
  };
  add(currentFidelityInstrument('housing_first'));
  supportMethods.forEach((m) => add(currentFidelityInstrument(m)));
  measurements.forEach((m) => {
    add(findFidelityInstrument('housing_first', m.commonVersion));
    add(findFidelityInstrument(m.method, m.methodVersion));
  });
  ctx.describe({
    subjectType: 'fidelity_measurement',
    dataOrganisationId: reach.organisationId,
    changes: { referenceDate, teams: teams.length, count: measurements.length },
  });
  return {
    referenceDate,
    teams: teams.map((t) => ({
      id: t.id,
      name: t.name,
      method: t.method,
      methodVersion: currentFidelityInstrument(t.method).version,
      commonVersion: currentFidelityInstrument('housing_first').version,
    })),
    instruments: [...instruments.values()].map((i) => presentInstrument(i, ctx.locale)),
    measurements: measurements.reverse().map(presentMeasurement),
    k14,
  };
}

export async function createMeasurement(ctx: DataContext, body: CreateFidelityMeasurementBody): Promise<FidelityMeasurement> {
  const reach = reachOf(ctx);
  // Any team of the municipality is looked up; the rule then decides whether the caller reaches it.
  const [team] = await findSupportTeams(ctx.tx, { organisationId: reach.organisationId, unitIds: [body.unitId] });
  if (!team) throw new UnprocessableError('fidelity_team_unknown', 'unitId');
  authorize(ctx, fidelityPolicy.record, { organisationId: reach.organisationId, unitId: team.id });
  if (body.measuredOn > todayInDenmark()) throw new UnprocessableError('date_in_future', 'measuredOn');
  const refusal = refuseFidelityAnswers(
    { method: team.method, methodVersion: body.methodVersion, commonVersion: body.commonVersion },
    body.answers,
  );
  if (refusal) throw new UnprocessableError(refusal.code, refusal.field, 'itemId' in refusal ? { itemId: refusal.itemId } : {});
  const recorded = {
    measuredOn: body.measuredOn,
    raterType: body.raterType,
    collectionMethod: body.collectionMethod,
    methodVersion: body.methodVersion,
    commonVersion: body.commonVersion,
  };
  // Waits for a due-task round in flight, so it cannot make a task for the measurement this one supersedes.
  await lockFidelityDueTasks(ctx.tx);
  const id = await insertMeasurement(ctx.tx, {
    ...recorded,
    organisationId: reach.organisationId,
    unitId: team.id,
    method: team.method,
    answers: body.answers,
    createdByUserId: ctx.actor.userId,
  });
  const row = await findMeasurement(ctx.tx, { organisationId: reach.organisationId, unitIds: null }, id);
  if (!row) throw new NotFoundError();
  // The team's due task asked for this measurement: done by it (a backdated one, not the latest, closes none).
  const closed = await findSupersededDueTasks(ctx.tx, {
    organisationId: reach.organisationId,
    unitId: team.id,
    method: team.method,
  });
  for (const taskId of closed) {
    await markTaskDoneByRecord(ctx.tx, taskId, { type: 'fidelity_measurement', id }, new Date());
    await insertTaskEvent(
      ctx.tx,
      taskId,
      'done',
      { userId: ctx.actor.userId, name: ctx.actor.displayName },
      'fidelity:measurement',
    );
  }
  ctx.describe({
    subjectType: 'fidelity_measurement',
    subjectId: id,
    dataOrganisationId: reach.organisationId,
    changes: { unitId: team.id, method: team.method, ...recorded, answers: body.answers.length, dueTasksDone: closed.length },
  });
  return presentMeasurement(row);
}
