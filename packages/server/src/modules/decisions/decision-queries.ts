/**
 * SQL for decisions (afgørelser). Every read is scoped through the citizen (`whereCitizenInScope`);
 * the versions are read and written by the shared versioned-record helper.
 */
import type { Insertable, Transaction, Updateable } from 'kysely';
import { decisionContentSchema, type Decision, type DecisionContent } from '@hjemvej/contract';
import type { Actor } from '../../access/actor';
import { whereCitizenInScope } from '../../access/citizen-scope';
import type { Database } from '../../database/schema';
import { insertRow, updateRowById } from '../../database/row-writes';
import { presentVersionedRecordStamps, versionedRecordStampColumns } from '../../database/record-stamps';
import { readStoredJson } from '../../database/stored-json';
import { citizenRecordReads } from '../../course/citizen-record-queries';

type Tx = Transaction<Database>;

function selectDecisions(tx: Tx, actor: Actor) {
  return tx
    .selectFrom('decisions as d')
    .innerJoin('organisations as o', 'o.id', 'd.organisation_id')
    .select([
      'd.id',
      'd.citizen_id as citizenId',
      'd.organisation_id as organisationId',
      'o.name as organisationName',
      'd.kind',
      'd.method',
      'd.outcome',
      'd.decided_on as decidedOn',
      'd.period_from as periodFrom',
      'd.period_to as periodTo',
      'd.reasons',
      'd.wished_provider as wishedProvider',
      'd.wish_followed as wishFollowed',
      'd.reason_if_not_followed as reasonIfNotFollowed',
      'd.appeal_guidance as appealGuidance',
      ...versionedRecordStampColumns('d'),
    ])
    .where((eb) => whereCitizenInScope(eb, 'd.citizen_id', actor, 'decisions'));
}

export type DecisionRow = Awaited<ReturnType<ReturnType<typeof selectDecisions>['executeTakeFirstOrThrow']>>;

export function decisionContentOf(row: DecisionRow): DecisionContent {
  return {
    kind: row.kind,
    method: row.method,
    outcome: row.outcome,
    decidedOn: row.decidedOn,
    periodFrom: row.periodFrom,
    periodTo: row.periodTo,
    reasons: row.reasons,
    wishedProvider: row.wishedProvider,
    wishFollowed: row.wishFollowed,
    reasonIfNotFollowed: row.reasonIfNotFollowed,
    appealGuidance: row.appealGuidance,
  };
}

export function presentDecision(row: DecisionRow): Decision {
  return {
    ...decisionContentOf(row),
    id: row.id,
    citizenId: row.citizenId,
    organisation: { id: row.organisationId, name: row.organisationName },
    ...presentVersionedRecordStamps(row),
  };
}

/** The columns of a decision's content. */
export function decisionColumnsOf(content: DecisionContent) {
  return {
    kind: content.kind,
    method: content.method,
    outcome: content.outcome,
    decided_on: content.decidedOn,
    period_from: content.periodFrom,
    period_to: content.periodTo,
    reasons: content.reasons,
    wished_provider: content.wishedProvider,
    wish_followed: content.wishFollowed,
    reason_if_not_followed: content.reasonIfNotFollowed,
    appeal_guidance: content.appealGuidance,
  };
}

const decisionReads = citizenRecordReads(selectDecisions, 'd', ['d.decided_on', 'd.created_at']);
export const findDecisionRowById = decisionReads.findById;
/** The visible decisions of the person made of `recordIds`, newest first. */
export const findDecisionRowsOfPerson = decisionReads.findRowsOfPerson;

export function insertDecision(tx: Tx, values: Insertable<Database['decisions']>): Promise<string> {
  return insertRow(tx, 'decisions', values);
}

/** A change to a decision's columns; the caller has read the decision through the scope. */
export function updateDecisionRow(tx: Tx, decisionId: string, values: Updateable<Database['decisions']>): Promise<void> {
  return updateRowById(tx, 'decisions', decisionId, values);
}

export function readDecisionVersionContent(value: unknown): DecisionContent | null {
  return readStoredJson(decisionContentSchema, value, null);
}
