/**
 * SQL for collaboration agreements. An agreement belongs to the organisation that wrote it;
 * the organisations that are parties to it read it too. Who signed for each party is checked
 * against the users as they are now (still active, still in the organisation and the unit).
 */
import { sql, type Insertable, type Transaction, type Updateable } from 'kysely';
import { agreementReminders, signerHasLeft, type AgreementSigner } from '@hjemvej/domain';
import type { Agreement } from '@hjemvej/contract';
import type { CollaborationAgreementsTable, Database } from '../../database/schema';
import { insertRow, updateRowById } from '../../database/row-writes';
import { updatedByColumn } from '../../database/record-stamps';

type Tx = Transaction<Database>;

function selectAgreements(tx: Tx) {
  return tx
    .selectFrom('collaboration_agreements as a')
    .select([
      'a.id',
      'a.organisation_id as organisationId',
      'a.title',
      'a.agreed',
      'a.valid_from as validFrom',
      'a.revisit_on as revisitOn',
      updatedByColumn('a'),
      'a.updated_at as updatedAt',
      'a.version',
    ]);
}

export type AgreementRow = Awaited<ReturnType<ReturnType<typeof selectAgreements>['executeTakeFirstOrThrow']>>;

/** Agreements the organisation wrote or is a party to. */
export async function findAgreementRows(
  tx: Tx,
  organisationId: string,
  agreementId?: string,
  forUpdate = false,
): Promise<AgreementRow[]> {
  let query = selectAgreements(tx).where((eb) =>
    eb.or([
      eb('a.organisation_id', '=', organisationId),
      eb.exists(
        eb
          .selectFrom('collaboration_agreement_parties as p')
          .select('p.id')
          .whereRef('p.agreement_id', '=', 'a.id')
          .where('p.party_organisation_id', '=', organisationId),
      ),
    ]),
  );
  if (agreementId !== undefined) query = query.where('a.id', '=', agreementId);
  if (forUpdate) query = query.forUpdate('a');
  return query.orderBy('a.revisit_on').orderBy('a.title').execute();
}

/** Every agreement (for the reminder job, which acts for no user). */
export async function systemFindAllAgreementRows(tx: Tx): Promise<AgreementRow[]> {
  return selectAgreements(tx).orderBy('a.id').execute();
}

export async function findParties(tx: Tx, agreementIds: readonly string[]) {
  if (agreementIds.length === 0) return [];
  return tx
    .selectFrom('collaboration_agreement_parties as p')
    .innerJoin('organisations as o', 'o.id', 'p.party_organisation_id')
    .leftJoin('units as un', 'un.id', 'p.unit_id')
    .leftJoin('users as s', 's.id', 'p.signing_user_id')
    .select([
      'p.id',
      'p.agreement_id as agreementId',
      'p.unit_id as unitId',
      'p.party_organisation_id as organisationId',
      'o.name as organisationName',
      'un.name as unitName',
      'p.signing_user_id as signingUserId',
      'p.signing_name as signingName',
      'p.signed_on as signedOn',
      's.is_active as signerIsActive',
      sql<boolean>`coalesce(s.organisation_id = p.party_organisation_id, false)`.as('signerInPartyOrganisation'),
      sql<boolean | null>`CASE WHEN p.unit_id IS NULL THEN NULL
        ELSE EXISTS (SELECT 1 FROM user_units su WHERE su.user_id = p.signing_user_id AND su.unit_id = p.unit_id) END`.as(
        'signerInPartyUnit',
      ),
    ])
    .where('p.agreement_id', 'in', [...agreementIds])
    .orderBy('p.position')
    .execute();
}

export type PartyRow = Awaited<ReturnType<typeof findParties>>[number];

/** A party signed by a named person without a user record has nobody to check: no reminder. */
export function signerOf(party: PartyRow): AgreementSigner | null {
  if (party.signingUserId === null) return null;
  return {
    partyKey: party.id,
    signerName: party.signingName,
    signerIsActive: party.signerIsActive,
    signerInPartyOrganisation: party.signerInPartyOrganisation,
    signerInPartyUnit: party.signerInPartyUnit,
  };
}

export function partyNameOf(party: PartyRow): string {
  return party.unitName ? `${party.unitName} (${party.organisationName})` : party.organisationName;
}

export function presentAgreement(
  row: AgreementRow,
  parties: readonly PartyRow[],
  organisationId: string,
  today: string,
  abilities: Agreement['abilities'],
): Agreement {
  const own = parties.filter((p) => p.agreementId === row.id);
  const signers = own.map(signerOf).filter((s): s is AgreementSigner => s !== null);
  const reminders = agreementReminders({ revisitOn: row.revisitOn, signers }, today).map((r) => {
    if (r.kind === 'revisit_due') return { kind: 'revisit_due' as const, revisitOn: r.revisitOn };
    const party = own.find((p) => p.id === r.partyKey);
    return { kind: 'signer_left' as const, partyName: party ? partyNameOf(party) : '', signerName: r.signerName };
  });
  return {
    id: row.id,
    title: row.title,
    agreed: row.agreed,
    validFrom: row.validFrom,
    revisitOn: row.revisitOn,
    parties: own.map((p) => {
      const signer = signerOf(p);
      return {
        id: p.id,
        unitId: p.unitId,
        organisationId: p.organisationId,
        name: partyNameOf(p),
        organisationName: p.organisationName,
        signingUserId: p.signingUserId,
        signingName: p.signingName,
        signedOn: p.signedOn,
        signerHasLeft: signer !== null && signerHasLeft(signer),
      };
    }),
    reminders,
    isOwn: row.organisationId === organisationId,
    abilities,
    updatedBy: row.updatedBy,
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

export interface ResolvedParty {
  readonly unitId: string | null;
  readonly organisationId: string;
  readonly signingUserId: string | null;
  readonly signingName: string;
  readonly signedOn: string | null;
}

/** Replaces the agreement's parties, in the given order. */
export async function replaceAgreementParties(tx: Tx, agreementId: string, parties: readonly ResolvedParty[]): Promise<void> {
  await tx.deleteFrom('collaboration_agreement_parties').where('agreement_id', '=', agreementId).execute();
  await tx
    .insertInto('collaboration_agreement_parties')
    .values(
      parties.map((p, position) => ({
        agreement_id: agreementId,
        unit_id: p.unitId,
        party_organisation_id: p.organisationId,
        signing_user_id: p.signingUserId,
        signing_name: p.signingName,
        signed_on: p.signedOn,
        position,
      })),
    )
    .execute();
}

export async function insertAgreement(tx: Tx, values: Insertable<CollaborationAgreementsTable>): Promise<{ id: string }> {
  return { id: await insertRow(tx, 'collaboration_agreements', values) };
}

export function updateAgreementRow(tx: Tx, agreementId: string, values: Updateable<CollaborationAgreementsTable>): Promise<void> {
  return updateRowById(tx, 'collaboration_agreements', agreementId, values);
}
