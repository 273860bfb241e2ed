/**
 * Demo data for working together across parties, in Demo Kommune:
 * - consents for the NGO Gadens Værested on two citizens (housing and plan goals for one,
 *   support for the other), so partner@demo.hjemvej.dk has something to see;
 * - two collaboration agreements: "Housing First haster" between the authority, the subsidies
 *   unit and the NGO, due for a revisit; and the discharge agreement with Havnely, revisited
 *   next year;
 * - a network meeting about the citizen ready to move, with two decisions;
 * - the first contact of the municipality's citizens (the earliest registered homelessness or
 *   § 110 admission) and a year of finished tasks per unit, so "where time goes" has a history.
 */
import { addDays, type IsoDate } from '@hjemvej/domain';
import type { Transaction } from 'kysely';
import type { Database } from '../database/schema';
import { demoKeyCitizens } from './seed-demo-citizens';
import { demoCitizenId, demoOrganisationId, demoUnitId, demoUser } from './records/demo-lookup-queries';
import { insertTask } from '../modules/tasks/task-queries';
import { insertConsent } from '../modules/consents/consent-queries';
import { insertRow } from '../database/row-writes';

type Tx = Transaction<Database>;

/** Copenhagen noon on a date, as an instant. */
const noon = (date: IsoDate, hour = 11) => new Date(`${date}T${String(hour).padStart(2, '0')}:00:00Z`);

export async function seedDemoCollaboration(tx: Tx, today: IsoDate): Promise<void> {
  const demo = await demoOrganisationId(tx, 'Demo Kommune');
  const ngo = await demoOrganisationId(tx, 'Gadens Værested');
  const havnely = await demoOrganisationId(tx, 'Forsorgshjemmet Havnely');
  const myndighed = await demoUnitId(tx, demo, 'Myndighed voksne');
  const tilskud = await demoUnitId(tx, demo, 'Tilskud');
  const boliganvisning = await demoUnitId(tx, demo, 'Boliganvisning');
  const jobcenter = await demoUnitId(tx, demo, 'Jobcenter – kontanthjælp');
  const cti = await demoUnitId(tx, demo, 'CTI-team');
  const caseworker = await demoUser(tx, 'sagsbehandler@demo.hjemvej.dk');
  const leader = await demoUser(tx, 'leder@demo.hjemvej.dk');
  const partner = await demoUser(tx, 'partner@demo.hjemvej.dk');
  const forstander = await demoUser(tx, 'forstander@demo.hjemvej.dk');
  const boligUser = await demoUser(tx, 'boliganvisning@demo.hjemvej.dk');

  // Consents for the NGO.
  const ready = await demoCitizenId(tx, demo, demoKeyCitizens.readyToMove);
  const cti2 = await demoCitizenId(tx, demo, demoKeyCitizens.ctiPhase2);
  const consents: [string | null, string[], string][] = [
    [ready, ['identity', 'housing', 'plan_goals', 'network_meetings'], 'Gadens Værested hjælper med møbler og indflytning.'],
    [cti2, ['identity', 'support'], 'Gadens Værested er med i CTI-forløbet som fast kontakt.'],
  ];
  for (const [id, categories, purpose] of consents) {
    if (!id) continue;
    await insertConsent(tx, {
      organisation_id: demo,
      citizen_id: id,
      partner_id: ngo,
      categories: JSON.stringify(categories),
      purpose,
      given_on: addDays(today, -20),
      expires_on: addDays(today, 345),
      recorded_by_user_id: caseworker.id,
      recorded_by_name: caseworker.name,
    });
  }

  // Agreements: one due for a revisit, one revisited next year.
  const agreements: {
    title: string;
    agreed: string;
    validFrom: IsoDate;
    revisitOn: IsoDate;
    parties: [string | null, string, { id: string | null; name: string }][];
  }[] = [
    {
      title: 'Housing First haster',
      agreed:
        'Ansøgninger til Tilskud om depositumslån og møbler mærkes »Housing First haster« og behandles inden for 2 arbejdsdage.\nGadens Værested hjælper borgeren med møbler, når Tilskud har bevilget dem.',
      validFrom: addDays(today, -400),
      revisitOn: addDays(today, -10),
      parties: [
        [myndighed, demo, leader],
        [tilskud, demo, { id: null, name: 'Birgitte Holm, afdelingsleder i Tilskud' }],
        [null, ngo, partner],
      ],
    },
    {
      title: 'Udskrivning fra Havnely til egen bolig',
      agreed:
        'Havnely orienterer handlekommunen inden for 3 arbejdsdage. Myndighed træffer afgørelse om støtte, før borgeren udskrives (§ 110 stk. 5).',
      validFrom: addDays(today, -200),
      revisitOn: addDays(today, 165),
      parties: [
        [myndighed, demo, leader],
        [null, havnely, forstander],
      ],
    },
  ];
  for (const a of agreements) {
    const id = await insertRow(tx, 'collaboration_agreements', {
      organisation_id: demo,
      title: a.title,
      agreed: a.agreed,
      valid_from: a.validFrom,
      revisit_on: a.revisitOn,
      created_by_user_id: leader.id,
      updated_by_user_id: leader.id,
    });
    await tx
      .insertInto('collaboration_agreement_parties')
      .values(
        a.parties.map(([unit, organisation, signer], position) => ({
          agreement_id: id,
          unit_id: unit,
          party_organisation_id: organisation,
          signing_user_id: signer.id,
          signing_name: signer.name,
          signed_on: a.validFrom,
          position,
        })),
      )
      .execute();
  }

  // A network meeting about the citizen ready to move.
  if (ready) {
    const heldOn = addDays(today, -6);
    const meetingId = await insertRow(tx, 'network_meetings', {
      organisation_id: demo,
      citizen_id: ready,
      held_at: noon(heldOn, 9),
      title: 'Netværksmøde før indflytning',
      participants: JSON.stringify([
        {
          kind: 'unit',
          unitId: myndighed,
          organisationId: demo,
          label: 'Myndighed voksne (Demo Kommune)',
          name: caseworker.name,
          role: null,
        },
        {
          kind: 'unit',
          unitId: boliganvisning,
          organisationId: demo,
          label: 'Boliganvisning (Demo Kommune)',
          name: null,
          role: null,
        },
        {
          kind: 'partner',
          unitId: null,
          organisationId: havnely,
          label: 'Forsorgshjemmet Havnely',
          name: forstander.name,
          role: null,
        },
        { kind: 'partner', unitId: null, organisationId: ngo, label: 'Gadens Værested', name: partner.name, role: null },
        { kind: 'citizen', unitId: null, organisationId: null, label: null, name: null, role: null },
      ]),
      agenda: JSON.stringify(['Indflytning og nøgler', 'Møbler', 'Støtte efter indflytning']),
      notes: 'Borgeren glæder sig til at flytte. Møbler mangler stadig; Tilskud er ansøgt med »Housing First haster«.',
      created_by_user_id: caseworker.id,
      updated_by_user_id: caseworker.id,
    });
    // Each decision is a task of its owner unit (as the meeting page creates them).
    const decisions: [string, string, { id: string } | null, IsoDate][] = [
      ['Bevilge depositumslån og møbler', tilskud, null, addDays(today, 2)],
      ['Aftale dato for nøgleoverdragelse', boliganvisning, boligUser, addDays(today, 5)],
    ];
    for (const [text, unit, owner, dueOn] of decisions) {
      const task = {
        id: await insertTask(tx, {
          organisation_id: demo,
          citizen_id: ready,
          unit_id: unit,
          title: text,
          description: 'Beslutning fra netværksmødet »Netværksmøde før indflytning«.',
          status: owner ? 'in_progress' : 'open',
          assignee_user_id: owner?.id ?? null,
          due_on: dueOn,
          normal_due_on: dueOn,
          opened_at: noon(heldOn, 10),
          created_by_user_id: caseworker.id,
          created_at: noon(heldOn, 10),
        }),
      };
      await tx
        .insertInto('network_meeting_decisions')
        .values({
          meeting_id: meetingId,
          text,
          owner_unit_id: unit,
          owner_user_id: owner?.id ?? null,
          due_on: dueOn,
          task_id: task.id,
          created_by_user_id: caseworker.id,
        })
        .execute();
    }
  }

  // First contact: the earliest registered homelessness or § 110 admission, where none is recorded.
  await tx
    .updateTable('citizens as c')
    .set((eb) => ({
      first_contact_on: eb.fn.coalesce(
        eb
          .selectFrom('housing_periods as hp')
          .select((s) => s.fn.min('hp.from_date').as('d'))
          .whereRef('hp.citizen_id', '=', 'c.id'),
        eb
          .selectFrom('shelter_stays as s')
          .select((s) => s.fn.min('s.admitted_on').as('d'))
          .whereRef('s.citizen_id', '=', 'c.id'),
      ),
    }))
    .where('c.handlekommune_id', '=', demo)
    .where('c.first_contact_on', 'is', null)
    .execute();

  // A year of finished work per unit for the citizens who moved in, so the chart has a history.
  const movedIn = await tx
    .selectFrom('housing_allocations as ha')
    .innerJoin('citizens as c', 'c.id', 'ha.citizen_id')
    .select(['c.id', 'ha.move_in_on as moveInOn'])
    .where('c.handlekommune_id', '=', demo)
    .where('ha.move_in_on', 'is not', null)
    .orderBy('c.last_name')
    .execute();
  const steps: [string, string, number][] = [
    [jobcenter, 'Afklare indtægt og starte kontanthjælp', 6],
    [myndighed, 'Udredning og plan', 12],
    [boliganvisning, 'Skrive op til boliganvisning', 4],
    [tilskud, 'Depositumslån og møbler (Housing First haster)', 9],
    [cti, 'Første møde i CTI-forløbet', 3],
  ];
  for (const [index, c] of movedIn.entries()) {
    if (!c.moveInOn) continue;
    // Every third course went the good way (seed 004: "inden for to måneder").
    if (index % 3 === 0)
      await tx
        .updateTable('citizens')
        .set({ first_contact_on: addDays(c.moveInOn, -(38 + (index % 20))) })
        .where('id', '=', c.id)
        .execute();
    let cursor = addDays(c.moveInOn, -45);
    for (const [stepIndex, [unit, title, days]] of steps.entries()) {
      const wait = days + ((index * 7 + stepIndex * 3) % 9);
      const opened = noon(cursor);
      const done = noon(addDays(cursor, wait));
      await insertTask(tx, {
        organisation_id: demo,
        citizen_id: c.id,
        unit_id: unit,
        title,
        status: 'done',
        opened_at: opened,
        done_at: done,
        created_at: opened,
      });
      cursor = addDays(cursor, Math.max(1, Math.floor(wait / 2)));
    }
  }
}
