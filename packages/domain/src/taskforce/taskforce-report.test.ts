import { describe, expect, it } from 'vitest';
import { developmentPointTitleOf, findTaskforceRecommendationProblem, findTaskforceReportProblem } from './taskforce-report';

const analyses = { housing_supply: 'a', support_methods: 'b', organisation: 'c', legal_quality: 'd' };

describe('findTaskforceReportProblem', () => {
  it('lets a draft lack everything', () => {
    expect(
      findTaskforceReportProblem({
        status: 'draft',
        dataPackageId: null,
        analyses: { ...analyses, housing_supply: '' },
        recommendations: 0,
      }),
    ).toBeNull();
  });

  it('publishes only with a package, an analysis under every theme and a recommendation', () => {
    const published = { status: 'published', dataPackageId: 'p', analyses, recommendations: 1 } as const;
    expect(findTaskforceReportProblem(published)).toBeNull();
    expect(findTaskforceReportProblem({ ...published, dataPackageId: null })?.field).toBe('dataPackageId');
    expect(findTaskforceReportProblem({ ...published, analyses: { ...analyses, organisation: '  ' } })?.field).toBe(
      'analyses.organisation',
    );
    expect(findTaskforceReportProblem({ ...published, recommendations: 0 })?.code).toBe('report_recommendations_required');
  });
});

describe('findTaskforceRecommendationProblem', () => {
  const inPackage = new Set(['k1_lead_time'] as const);
  it('needs a figure or a note', () => {
    expect(
      findTaskforceRecommendationProblem({ evidenceMeasure: null, evidenceNote: ' ', packageMeasures: inPackage })?.field,
    ).toBe('evidenceNote');
    expect(
      findTaskforceRecommendationProblem({ evidenceMeasure: null, evidenceNote: 'Interview', packageMeasures: null }),
    ).toBeNull();
  });

  it('takes a figure only from the report’s package', () => {
    expect(
      findTaskforceRecommendationProblem({ evidenceMeasure: 'k1_lead_time', evidenceNote: '', packageMeasures: null })?.code,
    ).toBe('recommendation_figure_without_package');
    expect(
      findTaskforceRecommendationProblem({ evidenceMeasure: 'k3_retained_12m', evidenceNote: '', packageMeasures: inPackage })
        ?.code,
    ).toBe('recommendation_figure_not_in_package');
    expect(
      findTaskforceRecommendationProblem({ evidenceMeasure: 'k1_lead_time', evidenceNote: '', packageMeasures: inPackage }),
    ).toBeNull();
  });
});

describe('developmentPointTitleOf', () => {
  it('keeps a short title and cuts a long one to 200 characters', () => {
    expect(developmentPointTitleOf(' Boligplan ')).toBe('Boligplan');
    expect(developmentPointTitleOf('x'.repeat(250))).toHaveLength(200);
  });
});
