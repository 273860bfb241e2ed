/**
 * The supply overview for the housing unit and leaders: offers per month, acceptance rate,
 * median days from ready-to-move to move-in, vacancy days and rent loss, quota use per
 * agreement, subsidy periods ending in the next six months, eviction warnings and guarantee
 * payments. The definitions are the domain's pure functions (`supply-figures.ts`).
 */
import type { SupplyOverview } from '@hjemvej/contract';
import { acceptanceRate, addMonths, medianReadyToMoveIn, offersPerMonth } from '@hjemvej/domain';
import { authorize } from '../../access/policy';
import { todayInDenmark } from '../../calendar/danish-time';
import type { DataContext } from '../../http/secured-route';
import { dwellingPolicy } from './dwelling-policy';
import { findOfferFiguresRows } from './housing-offer-queries';
import { countRiskFigures } from './housing-risk-queries';
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
