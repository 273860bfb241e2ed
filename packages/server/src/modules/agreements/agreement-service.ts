/**
 * Collaboration agreements (samarbejdsaftaler) between units and partners: the parties and
 * the leader who signed for each, what was agreed, valid from, revisit on. The page shows the
 * reminders an agreement needs now (revisit due, a signer who left); the reminder job sends
 * each once as a notification.
 */
import { findActiveUserInOrganisation } from '../users/user-queries';
import type { AgreementList, AgreementPartyInput, Agreement, CreateAgreementBody, UpdateAgreementBody } from '@hjemvej/contract';
import { NotFoundError, UnprocessableError } from '../../http/errors';
import { abilitiesFor, authorize } from '../../access/policy';
import { agreementPolicy } from './agreement-policy';
import type { DataContext } from '../../http/secured-route';
import { formatDate, todayInDenmark } from '../../calendar/danish-time';
import { assertSeenVersion } from '../versioning/version-conflict';
import { findLinkedUnit, findLinkedOrganisation, findUnitMember } from '../organisation/linked-units-queries';
import {
  findAgreementRows,
  findParties,
  insertAgreement,
  presentAgreement,
  replaceAgreementParties,
  updateAgreementRow,
  type ResolvedParty,
} from './agreement-queries';

async function resolveParties(ctx: DataContext, parties: readonly AgreementPartyInput[]): Promise<ResolvedParty[]> {
  const resolved: ResolvedParty[] = [];
  const seen = new Set<string>();
  for (const [index, party] of parties.entries()) {
    let unitId: string | null = null;
    let organisationId: string;
    if (party.unitId !== undefined) {
      const unit = await findLinkedUnit(ctx.tx, ctx.actor.organisationId, party.unitId);
      if (!unit) throw new UnprocessableError('agreement_party_unknown', `parties.${index}.unitId`);
      unitId = unit.id;
      organisationId = unit.organisationId;
    } else {
      const org = party.organisationId
        ? await findLinkedOrganisation(ctx.tx, ctx.actor.organisationId, party.organisationId)
        : null;
      if (!org) throw new UnprocessableError('agreement_party_unknown', `parties.${index}.organisationId`);
      organisationId = org.id;
    }
    const key = unitId ?? `org:${organisationId}`;
    if (seen.has(key)) throw new UnprocessableError('agreement_party_duplicate', `parties.${index}`);
    seen.add(key);
    let signingName = party.signingName ?? '';
    let signingUserId: string | null = null;
    if (party.signingUserId !== undefined) {
      const signer = await findActiveUserInOrganisation(ctx.tx, organisationId, party.signingUserId);
      // A unit's signer is one of its members (moving out of the unit later prompts a revisit).
      const inUnit = unitId === null || (await findUnitMember(ctx.tx, unitId, party.signingUserId)) !== null;
      if (!signer || !inUnit) throw new UnprocessableError('agreement_signer_unknown', `parties.${index}.signingUserId`);
      signingUserId = signer.id;
      signingName = signer.display_name;
    }
    if (signingName === '') throw new UnprocessableError('agreement_signer_name_required', `parties.${index}.signingName`);
    resolved.push({ unitId, organisationId, signingUserId, signingName, signedOn: party.signedOn ?? null });
  }
  return resolved;
}

function assertDates(ctx: DataContext, validFrom: string, revisitOn: string): void {
  if (revisitOn <= validFrom)
    throw new UnprocessableError('agreement_revisit_before_valid', 'revisitOn', { validFrom: formatDate(ctx.locale, validFrom) });
}

async function present(ctx: DataContext, agreementId: string): Promise<Agreement> {
  const [row] = await findAgreementRows(ctx.tx, ctx.actor.organisationId, agreementId);
  if (!row) throw new NotFoundError();
  return presentAgreement(
    row,
    await findParties(ctx.tx, [row.id]),
    ctx.actor.organisationId,
    todayInDenmark(),
    abilitiesFor(ctx, agreementPolicy, row),
  );
}

export async function listAgreements(ctx: DataContext): Promise<AgreementList> {
  const rows = await findAgreementRows(ctx.tx, ctx.actor.organisationId);
  const parties = await findParties(
    ctx.tx,
    rows.map((r) => r.id),
  );
  const today = todayInDenmark();
  ctx.describe({ subjectType: 'agreement', dataOrganisationId: ctx.actor.organisationId, changes: { count: rows.length } });
  return {
    items: rows.map((row) =>
      presentAgreement(row, parties, ctx.actor.organisationId, today, abilitiesFor(ctx, agreementPolicy, row)),
    ),
  };
}

export async function getAgreement(ctx: DataContext, agreementId: string): Promise<Agreement> {
  const agreement = await present(ctx, agreementId);
  ctx.describe({ subjectType: 'agreement', subjectId: agreementId, dataOrganisationId: ctx.actor.organisationId });
  return agreement;
}

export async function createAgreement(ctx: DataContext, body: CreateAgreementBody): Promise<Agreement> {
  assertDates(ctx, body.validFrom, body.revisitOn);
  const parties = await resolveParties(ctx, body.parties);
  const { id } = await insertAgreement(ctx.tx, {
    organisation_id: ctx.actor.organisationId,
    title: body.title,
    agreed: body.agreed,
    valid_from: body.validFrom,
    revisit_on: body.revisitOn,
    created_by_user_id: ctx.actor.userId,
    updated_by_user_id: ctx.actor.userId,
  });
  await replaceAgreementParties(ctx.tx, id, parties);
  ctx.describe({
    subjectType: 'agreement',
    subjectId: id,
    dataOrganisationId: ctx.actor.organisationId,
    changes: { title: body.title, validFrom: body.validFrom, revisitOn: body.revisitOn, parties: parties.length },
  });
  return present(ctx, id);
}

export async function updateAgreement(ctx: DataContext, agreementId: string, body: UpdateAgreementBody): Promise<Agreement> {
  const [row] = await findAgreementRows(ctx.tx, ctx.actor.organisationId, agreementId, true);
  if (!row) throw new NotFoundError();
  authorize(ctx, agreementPolicy.edit, row);
  await assertSeenVersion(ctx, row, body.version, 'agreement.update', () => present(ctx, agreementId));
  const validFrom = body.validFrom ?? row.validFrom;
  const revisitOn = body.revisitOn ?? row.revisitOn;
  assertDates(ctx, validFrom, revisitOn);
  const changes: Record<string, unknown> = {};
  if (body.title !== undefined && body.title !== row.title) changes.title = { from: row.title, to: body.title };
  if (body.agreed !== undefined && body.agreed !== row.agreed) changes.agreed = 'changed';
  if (validFrom !== row.validFrom) changes.validFrom = { from: row.validFrom, to: validFrom };
  if (revisitOn !== row.revisitOn) changes.revisitOn = { from: row.revisitOn, to: revisitOn };
  if (body.parties !== undefined) {
    await replaceAgreementParties(ctx.tx, row.id, await resolveParties(ctx, body.parties));
    changes.parties = 'changed';
  }
  await updateAgreementRow(ctx.tx, row.id, {
    title: body.title ?? row.title,
    agreed: body.agreed ?? row.agreed,
    valid_from: validFrom,
    revisit_on: revisitOn,
    updated_by_user_id: ctx.actor.userId,
    updated_at: new Date(),
    version: row.version + 1,
  });
  ctx.describe({
    subjectType: 'agreement',
    subjectId: row.id,
    dataOrganisationId: ctx.actor.organisationId,
    changes: { ...changes, version: { from: row.version, to: row.version + 1 } },
  });
  return present(ctx, row.id);
}
