/**
 * The partner's consented view: the ONLY way a partner user (NGO, housing association)
 * reaches a citizen. A citizen appears only while a consent to the partner's organisation is
 * valid today; a withdrawn or expired consent cuts access on the next request. The answer
 * carries only the consented categories, each with only the fields its sharing rule lists.
 * A citizen without a valid consent is "not found", exactly like one that does not exist.
 */
import { unsafeFindPersonRecordIds } from '../../course/person-queries';
import {
  consentedCategories,
  revealedCitizenFields,
  revealedRecordKinds,
  type ConsentCategory,
  type ConsentTerms,
} from '@hjemvej/domain';
import type { PartnerCitizenList, PartnerCitizenView } from '@hjemvej/contract';
import { NotFoundError, requireFound } from '../../http/errors';
import type { DataContext } from '../../http/secured-route';
import { todayInDenmark } from '../../calendar/danish-time';
import { categoriesOf, findValidConsentsForPartner, type ConsentRow } from '../consents/consent-queries';
import {
  unsafeFindAllocationsForPartner,
  unsafeFindCitizenForPartner,
  unsafeFindHousingNow,
  unsafeFindMeetingsForPartner,
  unsafeFindPlanGoalsForPartner,
  unsafeFindSupportForPartner,
} from './partner-view-queries';

function termsOf(row: ConsentRow): ConsentTerms {
  return {
    categories: categoriesOf(row.categories),
    givenOn: row.givenOn,
    expiresOn: row.expiresOn,
    withdrawnAt: row.withdrawnAt,
  };
}

function isPartnerActor(ctx: DataContext): boolean {
  return ctx.actor.organisationKind === 'partner';
}

export async function listConsentedCitizens(ctx: DataContext): Promise<PartnerCitizenList> {
  if (!isPartnerActor(ctx)) {
    ctx.describe({ changes: { count: 0 } });
    return { items: [] };
  }
  const today = todayInDenmark();
  const rows = await findValidConsentsForPartner(ctx.tx, ctx.actor.organisationId, today);
  const byCitizen = new Map<string, typeof rows>();
  for (const row of rows) byCitizen.set(row.citizenId, [...(byCitizen.get(row.citizenId) ?? []), row]);
  const items: PartnerCitizenList['items'] = [];
  for (const [citizenId, consents] of byCitizen) {
    const categories = consentedCategories(consents.map(termsOf), today);
    if (categories.length === 0) continue;
    const citizen = await unsafeFindCitizenForPartner(ctx.tx, citizenId);
    if (!citizen) continue;
    items.push({
      id: citizenId,
      firstName: citizen.firstName,
      lastName: citizen.lastName,
      alias: citizen.alias,
      categories,
      expiresOn:
        consents
          .map((c) => c.expiresOn)
          .sort()
          .at(-1) ?? today,
      municipalityName: consents[0]?.handlekommuneName ?? '',
    });
  }
  items.sort((a, b) =>
    `${a.lastName ?? ''} ${a.firstName ?? ''}`.localeCompare(`${b.lastName ?? ''} ${b.firstName ?? ''}`, 'da'),
  );
  ctx.describe({ subjectType: 'partner_view', changes: { count: items.length, citizenIds: items.map((i) => i.id) } });
  return { items };
}

export async function getConsentedCitizen(ctx: DataContext, citizenId: string): Promise<PartnerCitizenView> {
  if (!isPartnerActor(ctx)) throw new NotFoundError();
  const today = todayInDenmark();
  const consents = await findValidConsentsForPartner(ctx.tx, ctx.actor.organisationId, today, citizenId);
  const categories: ConsentCategory[] = consentedCategories(consents.map(termsOf), today);
  const first = consents[0];
  if (!first || categories.length === 0) throw new NotFoundError();
  const rootId = first.citizenId;
  const citizen = requireFound(await unsafeFindCitizenForPartner(ctx.tx, rootId));
  const fields = revealedCitizenFields(categories);
  const records = revealedRecordKinds(categories);
  const recordIds = await unsafeFindPersonRecordIds(ctx.tx, rootId);
  const view: PartnerCitizenView = {
    id: rootId,
    municipalityName: first.handlekommuneName,
    categories,
    purposes: [...new Set(consents.map((c) => c.purpose))],
    expiresOn:
      consents
        .map((c) => c.expiresOn)
        .sort()
        .at(-1) ?? today,
    identity: {
      firstName: fields.has('firstName') ? citizen.firstName : null,
      lastName: fields.has('lastName') ? citizen.lastName : null,
      alias: fields.has('alias') ? citizen.alias : null,
      birthYear: fields.has('birthYear') && citizen.birthDate ? Number(citizen.birthDate.slice(0, 4)) : null,
    },
  };
  if (fields.has('phone') || fields.has('email'))
    view.contact = { phone: fields.has('phone') ? citizen.phone : null, email: fields.has('email') ? citizen.email : null };
  if (records.has('housing_now') || records.has('housing_allocation'))
    view.housing = {
      now: records.has('housing_now') ? await unsafeFindHousingNow(ctx.tx, recordIds, today) : null,
      allocations: records.has('housing_allocation') ? await unsafeFindAllocationsForPartner(ctx.tx, recordIds) : [],
    };
  if (records.has('plan_goal')) view.planGoals = await unsafeFindPlanGoalsForPartner(ctx.tx, recordIds, today);
  if (records.has('support_course')) view.support = await unsafeFindSupportForPartner(ctx.tx, recordIds);
  if (records.has('network_meeting')) view.networkMeetings = await unsafeFindMeetingsForPartner(ctx.tx, recordIds);
  ctx.describe({
    subjectType: 'citizen',
    subjectId: rootId,
    citizenId: rootId,
    // The handlekommune owns the data: its data-protection officer sees every partner read.
    dataOrganisationId: first.organisationId,
    changes: { categories, consentIds: consents.map((c) => c.id) },
  });
  return view;
}
