/**
 * Flowcards: the organisation's written workflows. A save validates the whole card with the
 * domain's rules (no dependency cycle, every step has a unit that is the organisation's own or
 * a partner's, anchors among the dependencies) and keeps it as a new version; a change carries
 * the version the user saw, and a stale one is refused (409) naming who saved what since.
 * Tasks copy what they need from a step when a flowcard is started, so a new version never
 * changes tasks already started.
 */
import {
  flowcardSchema,
  type ArchiveFlowcardBody,
  type CompareQuery,
  type CreateFlowcardBody,
  type Flowcard,
  type FlowcardComparison,
  type FlowcardStepInput,
  type FlowcardSummary,
  type FlowcardUnit,
  type FlowcardVersion,
  type FlowcardVersionList,
  type FlowcardLane,
  type FlowcardTemplateView,
  type Locale,
  type UpdateFlowcardBody,
} from '@hjemvej/contract';
import {
  flowcardTemplates,
  templateStepDrafts,
  validateFlowcard,
  type FlowcardProblem,
  type FlowcardStep,
  type FlowcardStepDraft,
} from '@hjemvej/domain';
import {
  AppError,
  ConflictError,
  NotFoundError,
  StaleVersionError,
  UnprocessableError,
  type FieldError,
  requireFound,
} from '../../http/errors';
import { translate } from '../../http/messages';
import type { DataContext } from '../../http/secured-route';
import { formatMoment } from '../../calendar/danish-time';
import { compareVersions } from '../versioning/version-diff';
import {
  findFlowcardRow,
  findFlowcardRows,
  findFlowcardUnits,
  findPartnerFlowcardRows,
  findFlowcardVersions,
  insertFlowcard,
  insertFlowcardVersion,
  isFlowcardNameTaken,
  readSteps,
  updateFlowcardAtVersion,
  updateFlowcardRow,
  type FlowcardRow,
  type StoredFlowcardVersion,
} from './flowcard-queries';
import { madeBy } from '../../database/record-stamps';

type StepBody = CreateFlowcardBody['steps'][number];

/** The contract's defaults applied (the route has parsed the body, so they are there; this keeps the types honest). */
function draftOf(step: StepBody): FlowcardStepDraft {
  const input: FlowcardStepInput = step;
  return {
    key: input.key,
    title: input.title,
    description: input.description ?? '',
    responsibleUnitId: input.responsibleUnitId,
    deadlineWorkingDays: input.deadlineWorkingDays,
    urgentDeadlineWorkingDays: input.urgentDeadlineWorkingDays ?? null,
    deadlineFrom: input.deadlineFrom ?? { kind: 'start' },
    dependsOn: input.dependsOn ?? [],
    checklist: input.checklist ?? [],
    requiredDocuments: input.requiredDocuments ?? [],
    notes: input.notes ?? '',
    doneWhen: input.doneWhen ?? null,
  };
}

function fieldErrorOf(problem: FlowcardProblem, locale: Locale): FieldError {
  const untitled = translate(locale, 'flowcard_step_untitled');
  const stepOf = (ref: { index: number; title: string }) => ({
    position: ref.index + 1,
    title: ref.title === '' ? untitled : ref.title,
  });
  switch (problem.code) {
    case 'flowcard_no_steps':
      return { path: problem.path, code: problem.code };
    case 'flowcard_cycle':
      return {
        path: problem.path,
        code: problem.code,
        params: { steps: [...problem.stepTitles, problem.stepTitles[0] ?? ''].map((t) => `«${t || untitled}»`).join(' → ') },
      };
    case 'flowcard_step_key_duplicate':
      return { path: problem.path, code: problem.code, params: { ...stepOf(problem), key: problem.key } };
    case 'flowcard_step_unit_unknown':
      return { path: problem.path, code: problem.code, params: stepOf(problem) };
    case 'flowcard_dependency_unknown':
      return { path: problem.path, code: problem.code, params: { ...stepOf(problem), dependsOn: problem.dependsOn } };
    case 'flowcard_anchor_unknown':
      return { path: problem.path, code: problem.code, params: { ...stepOf(problem), anchor: problem.anchor } };
    case 'flowcard_anchor_not_dependency':
      return { path: problem.path, code: problem.code, params: { ...stepOf(problem), anchorTitle: problem.anchorTitle } };
    case 'flowcard_step_key_empty':
    case 'flowcard_step_title_empty':
    case 'flowcard_step_unit_missing':
    case 'flowcard_step_deadline_invalid':
    case 'flowcard_step_urgent_longer':
    case 'flowcard_dependency_self':
      return { path: problem.path, code: problem.code, params: stepOf(problem) };
  }
}

/** The steps as saved, or 422 listing every problem beside its step and field. */
async function validatedSteps(ctx: DataContext, organisationId: string, steps: readonly StepBody[]): Promise<FlowcardStep[]> {
  const allowed = await findFlowcardUnits(ctx.tx, organisationId, { activeOnly: true });
  const result = validateFlowcard(steps.map(draftOf), new Set(allowed.map((unit) => unit.id)));
  if (result.ok) return result.steps;
  const fields = result.problems.map((problem) => fieldErrorOf(problem, ctx.locale));
  throw new AppError(422, 'flowcard_invalid', { count: fields.length }, fields);
}

async function unitsOf(ctx: DataContext, organisationId: string, steps: readonly FlowcardStep[]): Promise<FlowcardUnit[]> {
  const ids = [...new Set(steps.map((step) => step.responsibleUnitId))];
  return findFlowcardUnits(ctx.tx, organisationId, { activeOnly: false, ids });
}

/** Steps as the API shows them (mutable copies for the output schema). */
function presentSteps(steps: readonly FlowcardStep[]) {
  return steps.map((step) => ({
    ...step,
    dependsOn: [...step.dependsOn],
    checklist: [...step.checklist],
    requiredDocuments: [...step.requiredDocuments],
  }));
}

async function presentFlowcard(ctx: DataContext, row: FlowcardRow): Promise<Flowcard> {
  const steps = readSteps(row.steps);
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    isArchived: row.isArchived,
    version: row.version,
    steps: presentSteps(steps),
    units: await unitsOf(ctx, row.organisationId, steps),
    createdBy: row.createdBy,
    updatedBy: row.updatedBy,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

async function requireFlowcard(ctx: DataContext, id: string, forUpdate = false): Promise<FlowcardRow> {
  const row = requireFound(await findFlowcardRow(ctx.tx, ctx.scope, id, { forUpdate }));
  return row;
}

/** What the audit event keeps of a card: its shape, not its free text (which the versions table holds). */
function stepSummary(steps: readonly FlowcardStep[]) {
  return steps.map((step) => ({
    key: step.key,
    unitId: step.responsibleUnitId,
    deadlineWorkingDays: step.deadlineWorkingDays,
    dependsOn: step.dependsOn,
  }));
}

export async function listFlowcards(ctx: DataContext, includeArchived: boolean): Promise<{ items: FlowcardSummary[] }> {
  const rows = await findFlowcardRows(ctx.tx, ctx.scope, includeArchived);
  const items: FlowcardSummary[] = [];
  for (const row of rows) {
    const steps = readSteps(row.steps);
    const units = await unitsOf(ctx, row.organisationId, steps);
    const nameOf = new Map(units.map((unit) => [unit.id, unit.name]));
    items.push({
      id: row.id,
      name: row.name,
      description: row.description,
      isArchived: row.isArchived,
      version: row.version,
      stepCount: steps.length,
      unitNames: [
        ...new Set(steps.map((step) => nameOf.get(step.responsibleUnitId)).filter((n): n is string => n !== undefined)),
      ],
      updatedBy: row.updatedBy ?? row.createdBy,
      updatedAt: row.updatedAt.toISOString(),
    });
  }
  return { items };
}

export async function listFlowcardUnitOptions(ctx: DataContext): Promise<{ items: FlowcardUnit[] }> {
  return { items: await findFlowcardUnits(ctx.tx, ctx.actor.organisationId, { activeOnly: true }) };
}

/**
 * The templates as drafts for the caller's organisation: each step's unit proposed from the
 * organisation's own and partners' active units (the domain's `matchTemplateUnit`). Nothing is
 * saved: the leader adjusts the draft in the editor and saves it like any new card.
 */
export async function listFlowcardTemplates(ctx: DataContext): Promise<{ items: FlowcardTemplateView[] }> {
  const units = await findFlowcardUnits(ctx.tx, ctx.actor.organisationId, { activeOnly: true });
  return {
    items: flowcardTemplates.map((template) => ({
      key: template.key,
      name: template.name,
      description: template.description,
      source: template.source,
      steps: templateStepDrafts(template, units).map((draft) => ({
        ...draft,
        dependsOn: [...draft.dependsOn],
        checklist: [...draft.checklist],
        requiredDocuments: [...draft.requiredDocuments],
        suggestedUnit: { ...draft.suggestedUnit },
      })),
    })),
  };
}

/**
 * "The flowcards I am a lane in" (a partner's start page): the municipalities' cards with a step
 * in one of the caller's units, and those steps. A card names units and deadlines, not citizens.
 */
export async function listMyFlowcardLanes(ctx: DataContext): Promise<{ items: FlowcardLane[] }> {
  const mine = new Map(ctx.actor.units.map((unit) => [unit.id, unit.name]));
  if (mine.size === 0) return { items: [] };
  const rows = await findPartnerFlowcardRows(ctx.tx, ctx.actor.organisationId);
  const items: FlowcardLane[] = [];
  for (const row of rows) {
    const steps = readSteps(row.steps);
    const ownSteps = steps.flatMap((step, index) => {
      const unitName = mine.get(step.responsibleUnitId);
      return unitName === undefined
        ? []
        : [{ key: step.key, position: index + 1, title: step.title, unitName, deadlineWorkingDays: step.deadlineWorkingDays }];
    });
    if (ownSteps.length > 0)
      items.push({
        id: row.id,
        name: row.name,
        organisationName: row.organisationName,
        stepCount: steps.length,
        steps: ownSteps,
      });
  }
  return { items };
}

export async function getFlowcard(ctx: DataContext, id: string): Promise<Flowcard> {
  return presentFlowcard(ctx, await requireFlowcard(ctx, id));
}

export async function createFlowcard(ctx: DataContext, body: CreateFlowcardBody): Promise<Flowcard> {
  const organisationId = ctx.actor.organisationId;
  if (await isFlowcardNameTaken(ctx.tx, organisationId, body.name)) throw new ConflictError('flowcard_name_taken', 'name');
  const steps = await validatedSteps(ctx, organisationId, body.steps);
  const description = body.description ?? '';
  const id = await insertFlowcard(ctx.tx, {
    organisation_id: organisationId,
    name: body.name,
    description,
    ...madeBy(ctx.actor.userId),
  });
  await insertFlowcardVersion(ctx.tx, {
    flowcardId: id,
    version: 1,
    name: body.name,
    description,
    steps,
    changeNote: body.changeNote || null,
    savedBy: ctx.actor,
  });
  ctx.describe({
    subjectType: 'flowcard',
    subjectId: id,
    dataOrganisationId: organisationId,
    changes: { name: body.name, steps: stepSummary(steps), version: 1 },
  });
  return presentFlowcard(ctx, await requireFlowcard(ctx, id));
}

/** Labels of what differs between two versions: 'name', 'description', 'steps.<key>' (for the list and the 409). */
function changedFieldsOf(before: StoredFlowcardVersion, after: StoredFlowcardVersion): string[] {
  const fields = compareVersions(comparableOf(before, new Map()), comparableOf(after, new Map())).map((change) => {
    const [first = '', second] = change.path.split('.');
    return first === 'steps' && second !== undefined ? `steps.${second}` : first;
  });
  return [...new Set(fields)];
}

async function staleError(ctx: DataContext, row: FlowcardRow, sinceVersion: number): Promise<StaleVersionError> {
  const versions = await findFlowcardVersions(ctx.tx, row.id, [sinceVersion, row.version]);
  const seen = versions.find((v) => v.version === sinceVersion);
  const latest = versions.find((v) => v.version === row.version);
  const changedFields = seen && latest ? changedFieldsOf(seen, latest) : [];
  const titles = new Map([...(seen?.steps ?? []), ...(latest?.steps ?? [])].map((step) => [step.key, step.title]));
  const words = changedFields.map((field) =>
    field.startsWith('steps.')
      ? translate(ctx.locale, 'flowcard_change_step', { title: titles.get(field.slice(6)) ?? field.slice(6) })
      : translate(ctx.locale, field === 'name' ? 'flowcard_change_name' : 'flowcard_change_description'),
  );
  const current = flowcardSchema.parse(await presentFlowcard(ctx, row));
  return new StaleVersionError(
    'flowcard_changed_by_other',
    {
      name: latest?.savedByName ?? '–',
      when: latest ? formatMoment(ctx.locale, latest.savedAt) : '–',
      version: row.version,
      changes: words.length > 0 ? words.join(', ') : translate(ctx.locale, 'flowcard_change_nothing'),
    },
    {
      current,
      changedFields,
      changedBy: latest?.savedByName ?? null,
      changedAt: latest?.savedAt.toISOString() ?? null,
    },
  );
}

export async function updateFlowcard(ctx: DataContext, id: string, body: UpdateFlowcardBody): Promise<Flowcard> {
  const row = await requireFlowcard(ctx, id, true);
  if (body.version !== row.version) throw await staleError(ctx, row, body.version);
  if (row.isArchived) throw new UnprocessableError('flowcard_archived_no_edit');
  if (await isFlowcardNameTaken(ctx.tx, row.organisationId, body.name, row.id))
    throw new ConflictError('flowcard_name_taken', 'name');
  const steps = await validatedSteps(ctx, row.organisationId, body.steps);
  const description = body.description ?? '';
  const nextVersion = row.version + 1;
  const updated = await updateFlowcardAtVersion(ctx.tx, row.id, body.version, {
    name: body.name,
    description,
    updated_by_user_id: ctx.actor.userId,
    updated_at: new Date(),
    version: nextVersion,
  });
  if (!updated) throw await staleError(ctx, row, body.version);
  await insertFlowcardVersion(ctx.tx, {
    flowcardId: row.id,
    version: nextVersion,
    name: body.name,
    description,
    steps,
    changeNote: body.changeNote || null,
    savedBy: ctx.actor,
  });
  const before: StoredFlowcardVersion = {
    version: row.version,
    name: row.name,
    description: row.description,
    steps: readSteps(row.steps),
    changeNote: null,
    savedByName: null,
    savedAt: row.updatedAt,
  };
  const after: StoredFlowcardVersion = { ...before, version: nextVersion, name: body.name, description, steps };
  ctx.describe({
    subjectType: 'flowcard',
    subjectId: row.id,
    dataOrganisationId: row.organisationId,
    changes: {
      changed: changedFieldsOf(before, after),
      ...(row.name !== body.name ? { name: { from: row.name, to: body.name } } : {}),
      steps: stepSummary(steps),
      version: { from: row.version, to: nextVersion },
    },
  });
  return presentFlowcard(ctx, await requireFlowcard(ctx, row.id));
}

export async function archiveFlowcard(ctx: DataContext, id: string, body: ArchiveFlowcardBody): Promise<Flowcard> {
  const row = await requireFlowcard(ctx, id, true);
  if (row.isArchived !== body.isArchived) {
    await updateFlowcardRow(ctx.tx, row.id, {
      is_archived: body.isArchived,
      updated_by_user_id: ctx.actor.userId,
      updated_at: new Date(),
    });
  }
  ctx.describe({
    subjectType: 'flowcard',
    subjectId: row.id,
    dataOrganisationId: row.organisationId,
    changes: { isArchived: { from: row.isArchived, to: body.isArchived } },
  });
  return presentFlowcard(ctx, await requireFlowcard(ctx, row.id));
}

/** Every step's title by key, the later versions' titles winning: for naming steps in lists of changes. */
function stepTitlesOf(versions: readonly StoredFlowcardVersion[]): Record<string, string> {
  const titles: Record<string, string> = {};
  for (const version of versions) for (const step of version.steps) titles[step.key] = step.title;
  return titles;
}

export async function listFlowcardVersions(ctx: DataContext, id: string): Promise<FlowcardVersionList> {
  const row = await requireFlowcard(ctx, id);
  const versions = await findFlowcardVersions(ctx.tx, row.id);
  return {
    id: row.id,
    items: versions.map((version, index) => {
      const previous = index > 0 ? versions[index - 1] : undefined;
      return {
        version: version.version,
        savedBy: { name: version.savedByName, at: version.savedAt.toISOString() },
        changeNote: version.changeNote,
        changedFields: previous ? changedFieldsOf(previous, version) : [],
      };
    }),
    stepTitles: stepTitlesOf(versions),
  };
}

export async function getFlowcardVersion(ctx: DataContext, id: string, version: number): Promise<FlowcardVersion> {
  const row = await requireFlowcard(ctx, id);
  const [stored] = await findFlowcardVersions(ctx.tx, row.id, [version]);
  if (!stored) throw new NotFoundError();
  return {
    id: row.id,
    version: stored.version,
    savedBy: { name: stored.savedByName, at: stored.savedAt.toISOString() },
    changeNote: stored.changeNote,
    name: stored.name,
    description: stored.description,
    steps: presentSteps(stored.steps),
    units: await unitsOf(ctx, row.organisationId, stored.steps),
  };
}

/**
 * A version as the comparison reads it: steps by key (so inserting a step does not make every
 * later step look changed), units by name and steps referred to by title.
 */
function comparableOf(version: StoredFlowcardVersion, unitNames: ReadonlyMap<string, string>): Record<string, unknown> {
  const titleOf = (key: string) => version.steps.find((step) => step.key === key)?.title ?? key;
  return {
    name: version.name,
    description: version.description,
    steps: Object.fromEntries(
      version.steps.map((step, index) => [
        step.key,
        {
          position: index + 1,
          title: step.title,
          description: step.description,
          responsibleUnit: unitNames.get(step.responsibleUnitId) ?? step.responsibleUnitId,
          deadlineWorkingDays: step.deadlineWorkingDays,
          urgentDeadlineWorkingDays: step.urgentDeadlineWorkingDays,
          deadlineFrom: step.deadlineFrom.kind === 'start' ? 'start' : titleOf(step.deadlineFrom.stepKey),
          dependsOn: step.dependsOn.map(titleOf),
          checklist: step.checklist,
          requiredDocuments: step.requiredDocuments,
          notes: step.notes,
          doneWhen: step.doneWhen,
        },
      ]),
    ),
  };
}

export async function compareFlowcardVersions(ctx: DataContext, id: string, query: CompareQuery): Promise<FlowcardComparison> {
  const row = await requireFlowcard(ctx, id);
  const stored = await findFlowcardVersions(ctx.tx, row.id, [query.from, query.to]);
  const from = stored.find((v) => v.version === query.from);
  if (!from) throw new UnprocessableError('version_unknown', 'from', { version: query.from });
  const to = stored.find((v) => v.version === query.to);
  if (!to) throw new UnprocessableError('version_unknown', 'to', { version: query.to });
  const units = await unitsOf(ctx, row.organisationId, [...from.steps, ...to.steps]);
  const unitNames = new Map(units.map((unit) => [unit.id, unit.isOwn ? unit.name : `${unit.name} (${unit.organisationName})`]));
  const savedBy = (v: StoredFlowcardVersion) => ({
    version: v.version,
    savedBy: { name: v.savedByName, at: v.savedAt.toISOString() },
  });
  return {
    id: row.id,
    from: savedBy(from),
    to: savedBy(to),
    changes: compareVersions(comparableOf(from, unitNames), comparableOf(to, unitNames)),
    stepTitles: stepTitlesOf([from, to]),
  };
}
