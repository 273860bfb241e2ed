/**
 * The taskforce course's analysis report (issue 13 point 5): what a report needs before the
 * municipality may see it, and what a recommendation needs (a theme, and the evidence behind it:
 * a figure of the report's frozen data package, a written reason, or both).
 */
import type { MeasureId } from '../key-figures/definitions';
import { taskforceThemes, type TaskforceTheme } from './taskforce-seasons';

export const taskforceReportStatuses = ['draft', 'published'] as const;
export type TaskforceReportStatus = (typeof taskforceReportStatuses)[number];

export type TaskforceReportProblem =
  | { readonly code: 'report_package_required'; readonly field: 'dataPackageId' }
  | { readonly code: 'report_analysis_required'; readonly field: `analyses.${TaskforceTheme}` }
  | { readonly code: 'report_recommendations_required'; readonly field: 'status' };

/**
 * Why a report cannot be published: it rests on a frozen data package, has the taskforce's
 * written analysis under every theme, and at least one recommendation. A draft may lack all.
 */
export function findTaskforceReportProblem(values: {
  readonly status: TaskforceReportStatus;
  readonly dataPackageId: string | null;
  readonly analyses: Readonly<Record<TaskforceTheme, string>>;
  readonly recommendations: number;
}): TaskforceReportProblem | null {
  if (values.status === 'draft') return null;
  if (values.dataPackageId === null) return { code: 'report_package_required', field: 'dataPackageId' };
  for (const theme of taskforceThemes)
    if (values.analyses[theme].trim() === '') return { code: 'report_analysis_required', field: `analyses.${theme}` };
  if (values.recommendations === 0) return { code: 'report_recommendations_required', field: 'status' };
  return null;
}

export type TaskforceRecommendationProblem =
  | { readonly code: 'recommendation_evidence_required'; readonly field: 'evidenceNote' }
  | { readonly code: 'recommendation_figure_without_package'; readonly field: 'evidenceMeasure' }
  | { readonly code: 'recommendation_figure_not_in_package'; readonly field: 'evidenceMeasure' };

/**
 * Why a recommendation cannot be kept: it names its evidence, a figure of the report's frozen
 * package (which the package must hold) and/or a written note.
 */
export function findTaskforceRecommendationProblem(values: {
  readonly evidenceMeasure: MeasureId | null;
  readonly evidenceNote: string;
  /** The measures the report's package holds; null when the report has no package yet. */
  readonly packageMeasures: ReadonlySet<MeasureId> | null;
}): TaskforceRecommendationProblem | null {
  if (values.evidenceMeasure === null) {
    return values.evidenceNote.trim() === '' ? { code: 'recommendation_evidence_required', field: 'evidenceNote' } : null;
  }
  if (values.packageMeasures === null) return { code: 'recommendation_figure_without_package', field: 'evidenceMeasure' };
  if (!values.packageMeasures.has(values.evidenceMeasure))
    return { code: 'recommendation_figure_not_in_package', field: 'evidenceMeasure' };
  return null;
}

/** A development point's title from a recommendation: its title, cut to the point's 200 characters. */
export function developmentPointTitleOf(recommendationTitle: string): string {
  const title = recommendationTitle.trim();
  return title.length <= 200 ? title : `${title.slice(0, 199)}…`;
}
