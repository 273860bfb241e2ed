/**
 * A programme's key figures per member municipality and pooled, published exactly as the
 * national view publishes (`publishMeasure`: counts and complements through `suppressTable` against the pooled
 * total, shares through `suppressShare`, medians only behind k rows). The member
 * municipalities' rows are read outside any caller's scope (`systemMunicipalities`); no row,
 * no person and no id of a person leaves. § 110 shelters are members without figures of their
 * own here (their residents belong to the municipalities' figures).
 */
import { indexRows, type MeasureId, type MemberRow, periodWindowKey, sliceKey } from '@hjemvej/domain';
import { DEFAULT_SUPPRESSION_THRESHOLD } from '@hjemvej/domain';
import type { KeyFigureQuery, ProgrammeFigures, PublishedFigure } from '@hjemvej/contract';
import { authorize } from '../../access/policy';
import type { DataContext } from '../../http/secured-route';
import { checkRequest, measureHeading, measuresOf, presentDefinitions, readRows } from '../key-figures/key-figure-request';
import { systemMunicipalities } from '../key-figures/key-figures-queries';
import { emptyFigure, publishMeasure } from '../key-figures/national-figures-service';
import { programmePolicy } from './programmes-policy';
import { findMembers } from './programmes-queries';
import { requireProgramme } from './programmes-service';

export async function getProgrammeFigures(
  ctx: DataContext,
  programmeId: string,
  query: KeyFigureQuery,
): Promise<ProgrammeFigures> {
  const programme = await requireProgramme(ctx, programmeId);
  authorize(ctx, programmePolicy.manage, programme);
  const version = checkRequest(query);
  // The municipalities that were members at some time in the period asked for.
  const municipalities = (await findMembers(ctx.tx, programme.id)).filter(
    (m) => m.organisationKind === 'municipality' && m.joinedOn <= query.to && (m.leftOn === null || m.leftOn >= query.from),
  );
  const ids = municipalities.map((m) => m.organisationId);
  const { rows, people } = await readRows(
    ctx,
    systemMunicipalities(ids),
    [{ key: periodWindowKey, from: query.from, to: query.to }],
    query.referenceDate,
  );
  const municipalityOf = new Map(people.map((p) => [p.personId, p.municipalityId]));
  const measures = measuresOf(version, false);
  const index = indexRows(rows);
  const perMeasure = new Map<MeasureId, { cells: PublishedFigure[]; total: PublishedFigure }>();
  for (const id of measures) {
    const slice = index.get(sliceKey(periodWindowKey, id)) ?? [];
    const groups = new Map<string, MemberRow[]>(ids.map((m) => [m, []]));
    for (const row of slice) groups.get(municipalityOf.get(row.personId) ?? '')?.push(row);
    perMeasure.set(
      id,
      publishMeasure(
        ids.map((m) => groups.get(m) ?? []),
        slice,
      ),
    );
  }
  ctx.describe({
    subjectType: 'programme',
    subjectId: programme.id,
    dataOrganisationId: programme.organisationId,
    changes: { from: query.from, to: query.to, referenceDate: query.referenceDate, version, municipalities: ids.length },
  });
  return {
    programmeId: programme.id,
    from: query.from,
    to: query.to,
    referenceDate: query.referenceDate,
    version,
    threshold: DEFAULT_SUPPRESSION_THRESHOLD,
    definitions: presentDefinitions(version, ctx.locale, false),
    measures: measures.map((id) => measureHeading(id, ctx.locale)),
    municipalities: municipalities.map((m, i) => ({
      organisationId: m.organisationId,
      name: m.organisationName,
      figures: Object.fromEntries(measures.map((id) => [id, perMeasure.get(id)?.cells[i] ?? emptyFigure])),
    })),
    pooled: Object.fromEntries(measures.map((id) => [id, perMeasure.get(id)?.total ?? emptyFigure])),
  };
}
