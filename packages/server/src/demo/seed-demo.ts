/**
 * Loads the fictional "Demo Kommune": its units, a § 110 shelter, two NGOs and a housing
 * association as partners, a second municipality (to show isolation), the national agency,
 * and one user per role. Everything is marked is_demo. Safe to run twice.
 */
import type { UnitKind } from '@hjemvej/domain';
import { appendAuditEvents } from '../audit/audit-writer';
import type { Db } from '../database/connection';
import type { Database } from '../database/schema';
import { insertRow, insertRows } from '../database/row-writes';
import type { Insertable, Transaction } from 'kysely';
import { hashPassword } from '../modules/auth/passwords';
import { demoAccounts, demoPassword, type DemoOrganisationKey } from './demo-accounts';
import { todayInDenmark } from '../calendar/danish-time';
import { seedDemoCitizens } from './seed-demo-citizens';
import { seedDemoHousingSupply } from './housing-supply';
import { seedDemoTasks } from './tasks';
import { seedDemoFlowcards } from './flowcards';
import { seedDemoCollaboration } from './collaboration';
import { seedKeyFigureHistory } from './key-figure-history';
import { seedDemoFidelity } from './fidelity';
import { seedDemoProgrammes } from './programmes';
import { seedDemoTaskforce } from './taskforce';
import { seedDemoCaseReview } from './taskforce-case-review';

const demoKommuneUnits: readonly [string, UnitKind][] = [
  ['Myndighed voksne', 'myndighed'],
  ['Jobcenter – kontanthjælp', 'jobcenter'],
  ['Boliganvisning', 'boliganvisning'],
  ['Tilskud', 'tilskud'],
  ['CTI-team', 'cti'],
  ['ICM-team', 'icm'],
  ['ACT-team', 'act'],
  ['Hjemmepleje', 'hjemmepleje'],
  ['Misbrugsbehandling', 'misbrugsbehandling'],
];

type NewOrganisation = Insertable<Database['organisations']>;

const organisations: Record<DemoOrganisationKey, NewOrganisation> = {
  demo: {
    kind: 'municipality',
    name: 'Demo Kommune',
    municipality_code: '0999',
    partner_type: null,
    shelter_operator: null,
    contact_email: null,
    contact_phone: null,
  },
  shelter: {
    kind: 'shelter',
    name: 'Forsorgshjemmet Havnely',
    municipality_code: null,
    partner_type: null,
    shelter_operator: 'self_governing',
    contact_email: 'kontakt@havnely.demo',
    contact_phone: '70 10 20 30',
  },
  ngo: {
    kind: 'partner',
    name: 'Gadens Værested',
    municipality_code: null,
    partner_type: 'ngo',
    shelter_operator: null,
    contact_email: 'hej@gadensvaerested.demo',
    contact_phone: null,
  },
  nabo: {
    kind: 'municipality',
    name: 'Nabo Kommune',
    municipality_code: '0998',
    partner_type: null,
    shelter_operator: null,
    contact_email: null,
    contact_phone: null,
  },
  agency: {
    kind: 'national_agency',
    name: 'Social- og Boligstyrelsen (demo)',
    municipality_code: null,
    partner_type: null,
    shelter_operator: null,
    contact_email: null,
    contact_phone: null,
  },
  appeals: {
    kind: 'national_agency',
    name: 'Ankestyrelsen (demo)',
    municipality_code: null,
    partner_type: null,
    shelter_operator: null,
    contact_email: null,
    contact_phone: null,
  },
  operator: {
    kind: 'operator',
    name: 'Hjemvej drift (demo)',
    municipality_code: null,
    partner_type: null,
    shelter_operator: null,
    contact_email: null,
    contact_phone: null,
  },
};

const furtherDemoPartners: NewOrganisation[] = [
  {
    kind: 'partner',
    name: 'Natcaféen',
    municipality_code: null,
    partner_type: 'ngo',
    shelter_operator: null,
    contact_email: null,
    contact_phone: '33 44 55 66',
  },
  {
    kind: 'partner',
    name: 'Boligselskabet Fjordbo',
    municipality_code: null,
    partner_type: 'housing_association',
    shelter_operator: null,
    contact_email: 'udlejning@fjordbo.demo',
    contact_phone: null,
  },
];

export type SeedProgress = (step: string) => void;

export async function isDemoLoaded(db: Db): Promise<boolean> {
  const row = await db
    .selectFrom('organisations')
    .select('id')
    .where('is_demo', '=', true)
    .where('name', '=', 'Demo Kommune')
    .executeTakeFirst();
  return row !== undefined;
}

export async function seedDemo(db: Db, progress: SeedProgress = () => undefined): Promise<{ created: boolean }> {
  if (await isDemoLoaded(db)) return { created: false };
  progress('hashing demo password');
  const passwordHash = await hashPassword(demoPassword);
  await db.transaction().execute(async (tx) => {
    progress('organisations');
    const ids = {} as Record<DemoOrganisationKey, string>;
    for (const [key, values] of Object.entries(organisations) as [DemoOrganisationKey, NewOrganisation][]) {
      ids[key] = await insertOrganisation(tx, values);
    }
    const partnerIds = [ids.shelter, ids.ngo];
    for (const values of furtherDemoPartners) partnerIds.push(await insertOrganisation(tx, values));
    await tx
      .insertInto('organisation_partners')
      .values(partnerIds.map((partner_id) => ({ organisation_id: ids.demo, partner_id })))
      .execute();
    await tx.insertInto('organisation_partners').values({ organisation_id: ids.nabo, partner_id: ids.shelter }).execute();

    progress('units');
    const unitIds = new Map<string, string>();
    const unitPlan: [DemoOrganisationKey, string, UnitKind][] = [
      ...demoKommuneUnits.map(([name, kind]): [DemoOrganisationKey, string, UnitKind] => ['demo', name, kind]),
      ['shelter', 'Døgnteamet', 'shelter'],
      ['nabo', 'Myndighed voksne', 'myndighed'],
      ['nabo', 'ICM-team', 'icm'],
    ];
    for (const [org, name, kind] of unitPlan) {
      const id = await insertRow(tx, 'units', { organisation_id: ids[org], name, kind });
      unitIds.set(`${org}/${name}`, id);
    }

    progress('users');
    for (const account of demoAccounts) {
      const id = await insertRow(tx, 'users', {
        organisation_id: ids[account.organisation],
        email: account.email,
        display_name: account.displayName,
        role: account.role,
        password_hash: passwordHash,
        is_demo: true,
      });
      const memberships = account.units
        .map((name) => unitIds.get(`${account.organisation}/${name}`))
        .filter((u): u is string => u !== undefined);
      await insertRows(
        tx,
        'user_units',
        memberships.map((unit_id) => ({ user_id: id, unit_id })),
      );
    }
    await seedDemoFlowcards(tx, ids.demo);
    await seedDemoCitizens(tx, todayInDenmark(), progress);
    await seedDemoTasks(tx, todayInDenmark());
    await seedDemoCollaboration(tx, todayInDenmark());
    await seedDemoHousingSupply(tx, todayInDenmark(), passwordHash);
    progress('two years of history for the key figures');
    const team = (name: string) => unitIds.get(`demo/${name}`) ?? '';
    await seedKeyFigureHistory(tx, todayInDenmark(), {
      demoKommuneId: ids.demo,
      shelterId: ids.shelter,
      demoTeams: { cti: team('CTI-team'), icm: team('ICM-team'), act: team('ACT-team'), m_act: team('ACT-team') },
    });
    progress("the CTI team's fidelity measurements");
    await seedDemoFidelity(tx, todayInDenmark(), { demoKommuneId: ids.demo, ctiTeamId: team('CTI-team') });
    progress('a programme for the national agency');
    await seedDemoProgrammes(tx, todayInDenmark(), ids.agency);
    progress('the taskforce course');
    await seedDemoTaskforce(tx, todayInDenmark());
    progress("the taskforce course's legal case review");
    await seedDemoCaseReview(tx, todayInDenmark());
    await appendAuditEvents(tx, { actor: null, ip: null }, [
      {
        action: 'system.seed_demo',
        subjectType: 'organisation',
        subjectId: ids.demo,
        dataOrganisationId: ids.demo,
        changes: { users: demoAccounts.length },
      },
    ]);
  });
  progress('done');
  return { created: true };
}

async function insertOrganisation(tx: Transaction<Database>, values: NewOrganisation): Promise<string> {
  const id = await insertRow(tx, 'organisations', { ...values, is_demo: true });
  return id;
}
