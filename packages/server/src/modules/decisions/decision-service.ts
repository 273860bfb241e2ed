/**
 * Decisions (afgørelser): § 85 a support with its Housing First method, § 85, §§ 107/108 and
 * § 110; outcome, period, reasons, the citizen's wish of provider and, when it is not followed,
 * the reason (Serviceloven § 85 a, stk. 2, checked by the domain's rule); the appeal guidance.
 * Every saved version is kept (decision_versions). Decisions are the municipality's myndighed:
 * a shelter reads those of its residents but makes none.
 */
import {
  decisionSchema,
  type CreateDecisionBody,
  type Decision,
  type DecisionContent,
  type DecisionLetter,
  type UpdateDecisionBody,
} from '@hjemvej/contract';
import { decisionOf, evaluateProviderWish, formatSourceDa, maskCpr } from '@hjemvej/domain';
import { UnprocessableError, requireFound } from '../../http/errors';
import type { DataContext } from '../../http/secured-route';
import { readRowsOfPerson, requirePerson, requireRowOfPerson } from '../../course/person-reads';
import { describeCitizenRecord } from '../../course/citizen-audit';
import type { Person } from '../../course/person-queries';
import { formatDate, todayInDenmark } from '../../calendar/danish-time';
import { authorize } from '../../access/policy';
import { citizenPolicy } from '../../access/citizen-policy';
import { keepFirstVersion, saveNewVersion, versionedChange, versionedRecordRef } from '../versioning/versioned-record';
import { defaultAppealGuidance } from './appeal-guidance';
import { renderDecisionLetter } from './decision-letter';
import {
  decisionColumnsOf,
  decisionContentOf,
  findDecisionRowById,
  findDecisionRowsOfPerson,
  insertDecision,
  presentDecision,
  updateDecisionRow,
  type DecisionRow,
} from './decision-queries';
import { madeBy } from '../../database/record-stamps';

/** Free text is named in the audit event, never copied into it (see auditChangesOf). */
const namedOnlyFields = ['reasons', 'wishedProvider', 'reasonIfNotFollowed', 'appealGuidance'];

async function requireDecision(
  ctx: DataContext,
  decisionId: string,
  forUpdate = false,
): Promise<{ row: DecisionRow; person: Person }> {
  return requireRowOfPerson(ctx, await findDecisionRowById(ctx.tx, ctx.actor, decisionId), { forUpdate, category: 'decisions' });
}

/** Without a wished provider there is nothing to follow; a followed wish needs no reason. */
function normaliseWish(content: DecisionContent): DecisionContent {
  if (content.wishedProvider === null) return { ...content, wishFollowed: null, reasonIfNotFollowed: null };
  if (content.wishFollowed === true) return { ...content, reasonIfNotFollowed: null };
  return content;
}

/** Impossible sequences and the rules of the law, each naming its field. */
function assertDecisionRules(ctx: DataContext, d: DecisionContent): void {
  if (d.decidedOn > todayInDenmark()) throw new UnprocessableError('date_in_future', 'decidedOn');
  if (d.periodFrom !== null && d.periodTo !== null && d.periodTo < d.periodFrom) {
    throw new UnprocessableError('decision_period_reversed', 'periodTo', {
      periodFrom: formatDate(ctx.locale, d.periodFrom),
      periodTo: formatDate(ctx.locale, d.periodTo),
    });
  }
  if (d.kind === '85a' && d.method === null) throw new UnprocessableError('decision_method_required', 'method');
  if (d.kind !== '85a' && d.method !== null) throw new UnprocessableError('decision_method_only_85a', 'method');
  if (d.wishedProvider !== null && d.wishFollowed === null)
    throw new UnprocessableError('decision_wish_followed_required', 'wishFollowed', { provider: d.wishedProvider });
  // A wish is marked followed or not by now (checked above).
  const wish = evaluateProviderWish(decisionOf('new', d));
  if (wish.status === 'missing') {
    throw new UnprocessableError('decision_wish_reason_required', 'reasonIfNotFollowed', {
      provider: d.wishedProvider ?? '',
      source: formatSourceDa(wish.source),
    });
  }
}

export async function listDecisions(ctx: DataContext, citizenId: string): Promise<{ items: Decision[] }> {
  const person = await requirePerson(ctx, citizenId, { category: 'decisions' });
  const rows = await readRowsOfPerson(ctx, person, findDecisionRowsOfPerson);
  return { items: rows.map(presentDecision) };
}

export async function createDecision(ctx: DataContext, citizenId: string, body: CreateDecisionBody): Promise<Decision> {
  const person = await requirePerson(ctx, citizenId, { forUpdate: true, category: 'decisions' });
  authorize(ctx, citizenPolicy.writeCourse, person.root);
  const content = normaliseWish({
    kind: body.kind,
    method: body.method ?? null,
    outcome: body.outcome,
    decidedOn: body.decidedOn,
    periodFrom: body.periodFrom ?? null,
    periodTo: body.periodTo ?? null,
    reasons: body.reasons ?? null,
    wishedProvider: body.wishedProvider ?? null,
    wishFollowed: body.wishFollowed ?? null,
    reasonIfNotFollowed: body.reasonIfNotFollowed ?? null,
    appealGuidance: body.appealGuidance ?? defaultAppealGuidance(ctx.actor.organisationName),
  });
  assertDecisionRules(ctx, content);
  const id = await insertDecision(ctx.tx, {
    ...decisionColumnsOf(content),
    citizen_id: person.root.id,
    organisation_id: ctx.actor.organisationId,
    ...madeBy(ctx.actor.userId),
  });
  await keepFirstVersion(ctx, person, 'decision', id, content, {
    kind: content.kind,
    method: content.method,
    outcome: content.outcome,
    decidedOn: content.decidedOn,
    periodFrom: content.periodFrom,
    periodTo: content.periodTo,
    wishFollowed: content.wishFollowed,
  });
  return presentDecision(requireFound(await findDecisionRowById(ctx.tx, ctx.actor, id)));
}

export async function getDecision(ctx: DataContext, decisionId: string): Promise<Decision> {
  const { row, person } = await requireDecision(ctx, decisionId);
  describeCitizenRecord(ctx, person, 'decision', row.id, { version: row.version });
  return presentDecision(row);
}

export async function updateDecision(ctx: DataContext, decisionId: string, body: UpdateDecisionBody): Promise<Decision> {
  const { row, person } = await requireDecision(ctx, decisionId, true);
  authorize(ctx, citizenPolicy.writeCourse, person.root);
  const before = decisionContentOf(row);
  const pick = <K extends keyof DecisionContent>(key: K): DecisionContent[K] => {
    const value = body[key];
    return value !== undefined ? (value as DecisionContent[K]) : before[key];
  };
  const saved = await saveNewVersion(ctx, {
    ...versionedChange('decision', row, body.version, () => decisionSchema.parse(presentDecision(row)), before, namedOnlyFields),
    next: () => {
      const next = normaliseWish({
        kind: pick('kind'),
        // A decision changed away from § 85 a drops its method unless one is given.
        method:
          body.method !== undefined
            ? (body.method ?? null)
            : body.kind !== undefined && body.kind !== '85a'
              ? null
              : before.method,
        outcome: pick('outcome'),
        decidedOn: pick('decidedOn'),
        periodFrom: pick('periodFrom'),
        periodTo: pick('periodTo'),
        reasons: pick('reasons'),
        wishedProvider: pick('wishedProvider'),
        wishFollowed: pick('wishFollowed'),
        reasonIfNotFollowed: pick('reasonIfNotFollowed'),
        appealGuidance:
          body.appealGuidance !== undefined
            ? (body.appealGuidance ?? defaultAppealGuidance(row.organisationName))
            : before.appealGuidance,
      });
      assertDecisionRules(ctx, next);
      return next;
    },
    write: async (next) => {
      await updateDecisionRow(ctx.tx, row.id, decisionColumnsOf(next));
    },
  });
  describeCitizenRecord(ctx, person, 'decision', row.id, saved.auditChanges);
  const afterRow = requireFound(await findDecisionRowById(ctx.tx, ctx.actor, row.id));
  return presentDecision(afterRow);
}

/** The decision in the actor's scope, for its version routes. */
export async function loadDecisionRef(ctx: DataContext, decisionId: string) {
  return versionedRecordRef(ctx, await requireDecision(ctx, decisionId));
}

/** The decision as a letter to the citizen (Danish, plain language); audited as its own action. */
export async function getDecisionLetter(ctx: DataContext, decisionId: string): Promise<DecisionLetter> {
  const { row, person } = await requireDecision(ctx, decisionId);
  const root = person.root;
  const name = [root.firstName, root.lastName].filter((part): part is string => part !== null).join(' ') || root.alias;
  const letter = renderDecisionLetter({
    municipalityName: row.organisationName,
    letterDate: todayInDenmark(),
    citizen: { name, maskedCpr: root.cpr === null ? null : maskCpr(root.cpr) },
    decision: decisionContentOf(row),
    caseworkerName: row.updatedBy,
  });
  describeCitizenRecord(ctx, person, 'decision', row.id, { version: row.version });
  return letter;
}
