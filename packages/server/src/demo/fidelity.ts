/**
 * Demo Kommune's CTI team has two fidelity measurements (K14) so the dashboard's radar chart
 * shows a trend: a self-assessment eight months ago and Social- og Boligstyrelsen's visit two
 * months ago, which finds the team closer to the method. The answers are fixed, not random.
 */
import type { Transaction } from 'kysely';
import { addMonths, currentFidelityInstrument, type FidelityAnswer, type IsoDate } from '@hjemvej/domain';
import type { Database } from '../database/schema';
import { insertMeasurement } from '../modules/fidelity/fidelity-queries';

/** The answers that are not "ja" in each measurement; every other item is answered "ja". */
const earlier: Readonly<Record<string, FidelityAnswer>> = {
  'housing_first.as_long_as_needed.1': 'partly',
  'housing_first.harm_reduction.1': 'no',
  'housing_first.scattered_housing.1': 'partly',
  'cti.time_limited.1': 'no',
  'cti.phased.1': 'partly',
  'cti.decreasing_intensity.1': 'no',
  'cti.community.1': 'partly',
  'cti.community.2': 'no',
  'cti.trained_staff.1': 'partly',
  'cti.trained_staff.2': 'no',
};
const later: Readonly<Record<string, FidelityAnswer>> = {
  'housing_first.harm_reduction.1': 'partly',
  'cti.decreasing_intensity.1': 'partly',
  'cti.community.2': 'partly',
  'cti.trained_staff.2': 'partly',
};

export async function seedDemoFidelity(
  tx: Transaction<Database>,
  today: IsoDate,
  ids: { readonly demoKommuneId: string; readonly ctiTeamId: string },
): Promise<void> {
  const common = currentFidelityInstrument('housing_first');
  const cti = currentFidelityInstrument('cti');
  const items = [...common.items, ...cti.items];
  const measured = [
    { on: addMonths(today, -8), rater: 'self', method: 'self_report', differ: earlier },
    { on: addMonths(today, -2), rater: 'sbst', method: 'site_visit', differ: later },
  ] as const;
  for (const m of measured)
    await insertMeasurement(tx, {
      organisationId: ids.demoKommuneId,
      unitId: ids.ctiTeamId,
      method: 'cti',
      measuredOn: m.on,
      raterType: m.rater,
      collectionMethod: m.method,
      methodVersion: cti.version,
      commonVersion: common.version,
      answers: items.map((i) => ({ itemId: i.id, answer: m.differ[i.id] ?? 'yes' })),
      createdByUserId: null,
    });
}
