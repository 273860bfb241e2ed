/**
 * The supply overview for the housing unit and leaders: offers per month, acceptance rate,
 * median days from ready-to-move to move-in, vacancy days and rent loss, quota use per
 * agreement, subsidy periods ending in the next six months, eviction warnings and guarantee
 * payments. The definitions are the domain's pure functions (`supply-figures.ts`).
 */
import { supplyFigures, type SupplyBehind, type SupplyBehindItem, type SupplyOverview } from '@hjemvej/contract';
import { acceptanceRate, addMonths, daysBetween, medianReadyToMoveIn, offersPerMonth } from '@hjemvej/domain';
import { authorize } from '../../access/policy';
import { todayInDenmark } from '../../calendar/danish-time';
import type { DataContext } from '../../http/secured-route';
import { dwellingPolicy } from './dwelling-policy';
import { UnprocessableError } from '../../http/errors';
import { findAgreementUseRows, findOfferFiguresRows, findOfferRowsBehind } from './housing-offer-queries';
import { fullName } from './offer-service';
import { countRiskFigures, findWarningRows } from './housing-risk-queries';
import { findSubsidyEnding } from './housing-supply-queries';
import { findAgreementsWithUse, findYearVacancies, registerFacts } from './supply-register-service';

export async function getOverview(ctx: DataContext, query: { year?: number | undefined }): Promise<SupplyOverview> {
  authorize(ctx, dwellingPolicy.workRegister, registerFacts(ctx));
  const today = todayInDenmark();
  const year = query.year ?? Number(today.slice(0, 4));
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const offers = await findOfferFiguresRows(ctx.tx, ctx.actor.organisationId, from, to);
  const vacancies = await findYearVacancies(ctx, year);
  const agreements = await findAgreementsWithUse(ctx);
  const ending = await findSubsidyEnding(ctx.tx, ctx.actor, today, addMonths(today, 6));
  const risks = await countRiskFigures(ctx.tx, ctx.actor.organisationId, from, to);
  const movedIn = offers.filter((o) => o.answer === 'accepted' && o.moveInOn !== null);
  ctx.describe({
    subjectType: 'organisation',
    subjectId: ctx.actor.organisationId,
    dataOrganisationId: ctx.actor.organisationId,
    changes: { year },
  });
  return {
    year,
    offersPerMonth: offersPerMonth(offers),
    offers: offers.length,
    acceptanceRate: acceptanceRate(offers),
    medianDaysReadyToMoveIn: medianReadyToMoveIn(movedIn),
    movedIn: movedIn.length,
    vacancyDays: vacancies.vacancyDays,
    rentLoss: vacancies.rentLoss,
    quota: agreements.map((a) => ({ agreementId: a.id, title: a.title, used: a.quota.used, agreed: a.quota.agreed })),
    subsidyEnding: ending.flatMap((d) =>
      d.subsidyEndsOn !== null ? [{ dwellingId: d.id, address: d.address, subsidyEndsOn: d.subsidyEndsOn }] : [],
    ),
    evictionWarnings: risks.evictionWarnings,
    guaranteePaid: risks.guaranteePaid,
  };
}

// ── The rows behind a figure ───────────────────────────────────────────────────────────────

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const noRow = { citizen: null, vacancyId: null, date: null, answer: null, days: null, amount: null } as const;

type OfferLike = {
  citizenId: string;
  firstName: string | null;
  lastName: string | null;
  alias: string | null;
  address: string;
  vacancyId: string;
  offeredOn: string;
  answer: SupplyBehindItem['answer'];
};

function offerItem(o: OfferLike, extra: Partial<SupplyBehindItem> = {}): SupplyBehindItem {
  return {
    ...noRow,
    citizen: { id: o.citizenId, name: fullName(o) },
    address: o.address,
    vacancyId: o.vacancyId,
    date: o.offeredOn,
    answer: o.answer,
    ...extra,
  };
}

/**
 * The dwellings or citizens behind one figure of the overview, for the same year: each figure
 * opens onto its rows. Citizens are read through the citizen scope (a figure counts the
 * municipality's; the rows are those the user may see), and the citizens shown are audited.
 */
export async function getOverviewBehind(
  ctx: DataContext,
  query: { year?: number | undefined; figure: string },
): Promise<SupplyBehind> {
  authorize(ctx, dwellingPolicy.workRegister, registerFacts(ctx));
  const today = todayInDenmark();
  const year = query.year ?? Number(today.slice(0, 4));
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const figure = query.figure;
  const quotaId = figure.startsWith('quota:') ? figure.slice('quota:'.length) : null;
  if (quotaId !== null ? !uuidPattern.test(quotaId) : !(supplyFigures as readonly string[]).includes(figure))
    throw new UnprocessableError('supply_figure_unknown', 'figure');
  let items: SupplyBehindItem[];
  if (quotaId !== null) {
    items = (await findAgreementUseRows(ctx.tx, ctx.actor, quotaId)).map((o) => offerItem(o, { date: o.answeredOn }));
  } else if (figure === 'offers' || figure === 'acceptance' || figure === 'moved_in') {
    const offers = await findOfferRowsBehind(ctx.tx, ctx.actor, from, to);
    if (figure === 'offers') items = offers.map((o) => offerItem(o));
    else if (figure === 'acceptance')
      items = offers.filter((o) => o.answer === 'accepted' || o.answer === 'declined').map((o) => offerItem(o));
    else
      items = offers
        .filter((o) => o.answer === 'accepted' && o.moveInOn !== null)
        .map((o) =>
          offerItem(o, {
            date: o.moveInOn,
            days: o.readyToMoveOn !== null && o.moveInOn !== null ? Math.max(0, daysBetween(o.readyToMoveOn, o.moveInOn)) : null,
          }),
        );
  } else if (figure === 'vacancies') {
    const vacancies = await findYearVacancies(ctx, year);
    items = vacancies.items
      .filter((v) => v.daysInYear > 0)
      .sort((a, b) => b.rentLossInYear - a.rentLossInYear)
      .map((v) => ({
        ...noRow,
        address: v.row.address,
        vacancyId: v.row.id,
        date: v.row.availableFrom,
        days: v.daysInYear,
        amount: v.rentLossInYear,
      }));
  } else if (figure === 'eviction_warnings') {
    items = (await findWarningRows(ctx.tx, ctx.actor))
      .filter((w) => w.receivedOn >= from && w.receivedOn <= to)
      .map((w) => ({
        ...noRow,
        citizen: w.visibleCitizenId !== null ? { id: w.visibleCitizenId, name: fullName(w) } : null,
        address: w.tenantAddress,
        date: w.receivedOn,
        amount: w.arrears,
      }));
  } else {
    items = (await findSubsidyEnding(ctx.tx, ctx.actor, today, addMonths(today, 6))).map((d) => ({
      ...noRow,
      address: d.address,
      date: d.subsidyEndsOn,
    }));
  }
  ctx.describe({
    subjectType: 'organisation',
    subjectId: ctx.actor.organisationId,
    dataOrganisationId: ctx.actor.organisationId,
    changes: {
      year,
      figure,
      rows: items.length,
      citizenIds: items.flatMap((i) => (i.citizen ? [i.citizen.id] : [])),
    },
  });
  return { year, figure, items };
}
