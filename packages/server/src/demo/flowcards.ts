/**
 * Demo Kommune's flowcards, built from seed 004 (Odense Kommune and the shelter Store
 * Dannesbo): "Fra forsorgshjem til egen bolig", the whole way from the shelter's call to the
 * support course in the new home within two months, and a shorter one for a citizen released
 * from prison or discharged from hospital without a housing solution.
 *
 * The steps go to the municipality's own units and to its partners' (the shelter's Døgnteamet,
 * the NGO's furniture depot, the housing association's letting office); the partner units are
 * added here, and the demo partner user becomes a member of the NGO's unit so that the
 * partner's inbox has something to show. Every card is validated by the domain's own rules
 * before it is written, like a card saved in the browser.
 */
import type { Transaction } from 'kysely';
import {
  draftTemplateSteps,
  flowcardTemplateByKey,
  validateFlowcard,
  type FlowcardTemplate,
  type UnitKind,
} from '@hjemvej/domain';
import type { Database } from '../database/schema';
import { insertFlowcard } from './records/flowcard-records';
import { demoOrganisationId, demoUnitId, demoUser } from './records/demo-lookup-queries';
import { selectOwnAndPartnerUnits } from '../modules/organisation/linked-units-queries';

type Tx = Transaction<Database>;

function template(key: string): FlowcardTemplate {
  const found = flowcardTemplateByKey(key);
  if (!found) throw new Error(`flowcard template "${key}" is missing`);
  return found;
}
const shelterToHome = template('shelter-to-home');
const releaseWithoutHousing = template('release-without-housing');

// Spelled out (not read from the templates) so tests and the demo can name them as literal types;
// `template()` above and the demo-seed test hold them to the templates' names.
export const demoFlowcardNames = {
  shelterToHome: 'Fra forsorgshjem til egen bolig',
  releaseWithoutHousing: 'Løsladelse eller udskrivning uden boligløsning',
} as const;
if (
  shelterToHome.name !== demoFlowcardNames.shelterToHome ||
  releaseWithoutHousing.name !== demoFlowcardNames.releaseWithoutHousing
) {
  throw new Error("the demo flowcards' names differ from their templates'");
}
export type DemoFlowcardName = (typeof demoFlowcardNames)[keyof typeof demoFlowcardNames];

/** Partner units the flowcards need: [organisation name, unit name, kind]. */
const partnerUnits: readonly [string, string, UnitKind][] = [
  ['Gadens Værested', 'Møbeldepotet', 'other'],
  ['Boligselskabet Fjordbo', 'Udlejningen', 'other'],
];

async function insertDemoFlowcard(
  tx: Tx,
  values: {
    organisationId: string;
    leaderId: string;
    leaderName: string;
    template: FlowcardTemplate;
  },
  unitIdByName: ReadonlyMap<string, string>,
): Promise<string> {
  const { name, description } = values.template;
  const drafts = draftTemplateSteps(values.template, (unit) => unitIdByName.get(unit.name) ?? null);
  const result = validateFlowcard(drafts, new Set(unitIdByName.values()));
  if (!result.ok) throw new Error(`demo flowcard "${name}" is invalid: ${result.problems.map((p) => p.code).join(', ')}`);
  const { id } = await insertFlowcard(tx, {
    organisationId: values.organisationId,
    name,
    description,
    steps: result.steps,
    changeNote: 'Skrevet på netværksmødet med forsorgshjemmet, boligselskabet og værestedet.',
    by: { id: values.leaderId, name: values.leaderName },
  });
  return id;
}

/** Demo Kommune's two flowcards (and the partner units they need). Runs inside the demo seed's transaction. */
export async function seedDemoFlowcards(tx: Tx, municipalityId: string): Promise<void> {
  for (const [organisation, name, kind] of partnerUnits) {
    const organisationId = await demoOrganisationId(tx, organisation);
    await tx.insertInto('units').values({ organisation_id: organisationId, name, kind }).execute();
  }
  const partner = await tx.selectFrom('users').select('id').where('email', '=', 'partner@demo.hjemvej.dk').executeTakeFirst();
  const depotId = await demoUnitId(tx, await demoOrganisationId(tx, 'Gadens Værested'), 'Møbeldepotet');
  if (partner) await tx.insertInto('user_units').values({ user_id: partner.id, unit_id: depotId }).execute();

  // The units a step may be given to: the municipality's own and its partners'.
  const units = await selectOwnAndPartnerUnits(tx, municipalityId).select(['u.id', 'u.name']).execute();
  const unitIdByName = new Map(units.map((unit) => [unit.name, unit.id]));
  const leader = await demoUser(tx, 'leder@demo.hjemvej.dk');
  const common = { organisationId: municipalityId, leaderId: leader.id, leaderName: leader.name };
  await insertDemoFlowcard(tx, { ...common, template: shelterToHome }, unitIdByName);
  await insertDemoFlowcard(tx, { ...common, template: releaseWithoutHousing }, unitIdByName);
}

/** The demo flowcards' ids by name, e.g. for starting them for demo citizens. */
export async function findDemoFlowcardIds(tx: Tx, municipalityId: string): Promise<Record<DemoFlowcardName, string>> {
  const rows = await tx
    .selectFrom('flowcards')
    .select(['id', 'name'])
    .where('organisation_id', '=', municipalityId)
    .where('name', 'in', Object.values(demoFlowcardNames))
    .execute();
  const idOf = (name: DemoFlowcardName) => {
    const row = rows.find((r) => r.name === name);
    if (!row) throw new Error(`demo flowcard "${name}" is missing`);
    return row.id;
  };
  return {
    [demoFlowcardNames.shelterToHome]: idOf(demoFlowcardNames.shelterToHome),
    [demoFlowcardNames.releaseWithoutHousing]: idOf(demoFlowcardNames.releaseWithoutHousing),
  };
}
