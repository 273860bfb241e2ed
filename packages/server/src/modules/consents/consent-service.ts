/**
 * The citizen's consents to share data with an outside partner (NGO, housing association):
 * recorded by the handlekommune with categories, purpose and expiry, and withdrawable at
 * any time with immediate effect. What a category reveals is the sharing rules' business
 * (domain `sharing-rules.ts`), never this module's.
 */
import {
  actsForMunicipality,
  addMonths,
  consentTermsProblem,
  maxConsentMonths,
  normaliseConsentCategories,
} from '@hjemvej/domain';
import type { Consent, ConsentList, CreateConsentBody, WithdrawConsentBody } from '@hjemvej/contract';
import { NotFoundError, UnprocessableError, requireFound } from '../../http/errors';
import type { DataContext } from '../../http/secured-route';
import { readRowsOfPerson, requirePerson } from '../../course/person-reads';
import { authorize } from '../../access/policy';
import { citizenPolicy } from '../../access/citizen-policy';
import { describeCitizenRecord } from '../../course/citizen-audit';
import { formatDate, formatMoment, todayInDenmark } from '../../calendar/danish-time';
import {
  findConsentForManager,
  findConsentsOfPerson,
  findLinkedPartner,
  insertConsent,
  presentConsent,
  updateConsent,
} from './consent-queries';

export async function listConsents(ctx: DataContext, citizenId: string): Promise<ConsentList> {
  const person = await requirePerson(ctx, citizenId, { category: 'consents' });
  const rows = await readRowsOfPerson(ctx, person, findConsentsOfPerson);
  const today = todayInDenmark();
  return { items: rows.map((row) => presentConsent(row, today)) };
}

export async function createConsent(ctx: DataContext, citizenId: string, body: CreateConsentBody): Promise<Consent> {
  const person = await requirePerson(ctx, citizenId, { forUpdate: true, category: 'consents' });
  authorize(ctx, citizenPolicy.manageConsents, person.root);
  const partner = await findLinkedPartner(ctx.tx, ctx.actor.organisationId, body.partnerId);
  if (!partner) throw new UnprocessableError('consent_partner_unknown', 'partnerId');
  const today = todayInDenmark();
  const maxExpiresOn = addMonths(body.givenOn, maxConsentMonths);
  const problem = consentTermsProblem(body.givenOn, body.expiresOn, today, maxExpiresOn);
  if (problem === 'given_in_future') throw new UnprocessableError('consent_given_in_future', 'givenOn');
  if (problem === 'expires_before_given')
    throw new UnprocessableError('consent_expires_before_given', 'expiresOn', { givenOn: formatDate(ctx.locale, body.givenOn) });
  if (problem === 'too_long')
    throw new UnprocessableError('consent_too_long', 'expiresOn', {
      months: maxConsentMonths,
      maxExpiresOn: formatDate(ctx.locale, maxExpiresOn),
    });
  const categories = normaliseConsentCategories(body.categories);
  const id = await insertConsent(ctx.tx, {
    organisation_id: ctx.actor.organisationId,
    citizen_id: person.root.id,
    partner_id: partner.id,
    categories: JSON.stringify(categories),
    purpose: body.purpose,
    given_on: body.givenOn,
    expires_on: body.expiresOn,
    recorded_by_user_id: ctx.actor.userId,
    recorded_by_name: ctx.actor.displayName,
  });
  const row = requireFound(await findConsentForManager(ctx.tx, ctx.actor, id));
  // The purpose is free text: named, not copied, in the audit log.
  describeCitizenRecord(ctx, person, 'consent', id, {
    partnerId: partner.id,
    categories,
    givenOn: body.givenOn,
    expiresOn: body.expiresOn,
    purpose: 'recorded',
  });
  return presentConsent(row, today);
}

export async function withdrawConsent(ctx: DataContext, consentId: string, body: WithdrawConsentBody): Promise<Consent> {
  // Consents are the handlekommune's: for anyone else there is none to withdraw.
  if (!actsForMunicipality(ctx.actor)) throw new NotFoundError();
  const row = requireFound(await findConsentForManager(ctx.tx, ctx.actor, consentId, true));
  if (row.withdrawnAt !== null)
    throw new UnprocessableError('consent_already_withdrawn', '', { when: formatMoment(ctx.locale, row.withdrawnAt) });
  await updateConsent(ctx.tx, consentId, {
    withdrawn_at: new Date(),
    withdrawn_by_user_id: ctx.actor.userId,
    withdrawn_by_name: ctx.actor.displayName,
    withdrawal_note: body.note === undefined || body.note === '' ? null : body.note,
  });
  const updated = requireFound(await findConsentForManager(ctx.tx, ctx.actor, consentId));
  ctx.describe({
    subjectType: 'consent',
    subjectId: consentId,
    citizenId: row.citizenId,
    dataOrganisationId: row.organisationId,
    changes: { withdrawn: true, partnerId: row.partnerId },
  });
  return presentConsent(updated, todayInDenmark());
}
