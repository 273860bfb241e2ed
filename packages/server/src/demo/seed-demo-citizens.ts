/**
 * The demo's fictional citizens: about 60 in Demo Kommune in every stage of the course, and
 * four in Nabo Kommune (two of them at the shared shelter Havnely) to show that each
 * municipality sees only its own. Every date is computed from `today` at seeding time, so the
 * legal checks show something true whenever the demo is loaded:
 *
 * - on the street, at the night shelter, at a hotel, with friends (category 5), released from
 *   prison (7), discharged from hospital (8), in an allotment cottage (9), in transitional
 *   housing (6); citizens without CPR (alias and an approximate birth year);
 * - at Havnely: just admitted (notification pending), staying > 14 days without a § 142 plan,
 *   notified late, not notified past the deadline, waiting for housing, offered a home but no
 *   lease yet, blocked from discharge (lease signed, moving soon, no support decision), ready to
 *   move with everything in place, a § 107 offer, near the reimbursement cap;
 * - housed at Boligselskabet Fjordbo with CTI (contact-building, phases 1–3, one overdue
 *   transition, one completed), ICM, ACT and M-ACT; follow-ups at 3, 6 and 12 months (one due
 *   now); one who lost the home at the 6-month follow-up; one § 85 a decision not following the
 *   citizen's wish, with the reason; a linked duplicate pair.
 *
 * CPR numbers are fictional (serials 99xx, see citizens/fictional-people.ts). Rows are written
 * as the services write them; no audit events are made up (the demo's one event is
 * `system.seed_demo`).
 */
import { addDays, addMonths, addWorkingDays, type IsoDate, reimbursementAccount } from '@hjemvej/domain';
import { storyAt } from './citizens/stories';
import {
  admit,
  allocateFjordboDwelling,
  assess,
  citizen,
  contactsFor,
  DemoSequence,
  housed,
  type Kit,
  plan,
  shelterResident,
} from './citizens/templates';
import type { DemoUnitKey, DemoUser, DemoUserKey, DemoWorld, Tx } from './citizens/writer';

/** Citizens the tests and the guided tour refer to, by name. */
export const demoKeyCitizens = {
  pendingNotification: { firstName: 'Michael', lastName: 'Hansen' },
  noPlan142: { firstName: 'Thomas', lastName: 'Larsen' },
  lateNotification: { firstName: 'Anders', lastName: 'Møller' },
  missingNotification: { firstName: 'Dennis', lastName: 'Frederiksen' },
  waitingForHousing: { firstName: 'Camilla', lastName: 'Jørgensen' },
  offerNotSigned: { firstName: 'Mona', lastName: 'Sørensen' },
  blockedDischarge: { firstName: 'Lars', lastName: 'Johansen' },
  readyToMove: { firstName: 'Susanne', lastName: 'Christensen' },
  nearReimbursementCap: { firstName: 'Johnny', lastName: 'Kristensen' },
  newlyMovedIn: { firstName: 'Emil', lastName: 'Schmidt' },
  ctiPhase1: { firstName: 'Maja', lastName: 'Nørgaard' },
  ctiPhase2: { firstName: 'Louise', lastName: 'Clausen' },
  ctiPhase3: { firstName: 'Heidi', lastName: 'Lauridsen' },
  ctiOverdue: { firstName: 'Kasper', lastName: 'Jakobsen' },
  followUpDue: { firstName: 'Flemming', lastName: 'Jensen' },
  returnedToHomelessness: { firstName: 'Peter', lastName: 'Kjeldsen' },
  wishNotFollowed: { firstName: 'Anja', lastName: 'Frost' },
  duplicateSurvivor: { firstName: 'Niels', lastName: 'Overgaard' },
  naboAtHavnely: { firstName: 'Lene', lastName: 'Hviid' },
} as const;

export interface DemoCitizenSeedResult {
  readonly citizens: number;
}

/**
 * The caseworker carries several of Demo Kommune's cases (sagsansvarlig), so her start page's
 * "my citizens" shows something overdue, something due this week and something in order.
 */
const caseworkersOwnCases = [
  demoKeyCitizens.pendingNotification,
  demoKeyCitizens.noPlan142,
  demoKeyCitizens.missingNotification,
  demoKeyCitizens.waitingForHousing,
  demoKeyCitizens.blockedDischarge,
  demoKeyCitizens.readyToMove,
  demoKeyCitizens.ctiOverdue,
  demoKeyCitizens.newlyMovedIn,
];

async function assignResponsibleCaseworker({ world }: Kit): Promise<void> {
  for (const { firstName, lastName } of caseworkersOwnCases) {
    await world.tx
      .updateTable('citizens')
      .set({ responsible_user_id: world.users.caseworker.id })
      .where('handlekommune_id', '=', world.orgs.demo)
      .where('first_name', '=', firstName)
      .where('last_name', '=', lastName)
      .where('merged_into_id', 'is', null)
      .where('is_demo', '=', true)
      .execute();
  }
}

/** Looks up the demo's organisations, units and users (by their demo names) and writes the citizens. */
export async function seedDemoCitizens(
  tx: Tx,
  today: IsoDate,
  progress: (step: string) => void = () => undefined,
): Promise<DemoCitizenSeedResult> {
  const world = await loadWorld(tx, today);
  const kit: Kit = { world, seq: new DemoSequence(), d: (n) => addDays(today, n) };
  const groups: [string, (kit: Kit) => Promise<void>][] = [
    ['citizens: without a home', homelessCitizens],
    ['citizens: at Forsorgshjemmet Havnely', shelterCitizens],
    ['citizens: in own home with support', housedCitizens],
    ['citizens: Nabo Kommune', naboCitizens],
    ["citizens: the caseworker's own cases", assignResponsibleCaseworker],
  ];
  for (const [label, write] of groups) {
    progress(label);
    await write(kit);
  }
  const { count } = await tx
    .selectFrom('citizens')
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .where('is_demo', '=', true)
    .executeTakeFirstOrThrow();
  return { citizens: Number(count) };
}

async function loadWorld(tx: Tx, today: IsoDate): Promise<DemoWorld> {
  const orgs = await tx
    .selectFrom('organisations')
    .select(['id', 'name'])
    .where('is_demo', '=', true)
    .where('name', 'in', ['Demo Kommune', 'Nabo Kommune', 'Forsorgshjemmet Havnely', 'Boligselskabet Fjordbo'])
    .execute();
  const org = (name: string) => {
    const found = orgs.find((o) => o.name === name);
    if (!found) throw new Error(`demo organisation missing: ${name}`);
    return found.id;
  };
  const ids = {
    demo: org('Demo Kommune'),
    nabo: org('Nabo Kommune'),
    shelter: org('Forsorgshjemmet Havnely'),
    fjordbo: org('Boligselskabet Fjordbo'),
  };

  // Demo Kommune has no M-ACT team among its units yet; the M-ACT courses need one.
  const mact = await tx
    .insertInto('units')
    .values({ organisation_id: ids.demo, name: 'M-ACT-team', kind: 'm_act' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const units = await tx.selectFrom('units').select(['id', 'name', 'organisation_id']).execute();
  const unit = (orgId: string, name: string) => {
    const found = units.find((u) => u.organisation_id === orgId && u.name === name);
    if (!found) throw new Error(`demo unit missing: ${name}`);
    return found.id;
  };
  const unitIds: Record<DemoUnitKey, string> = {
    myndighed: unit(ids.demo, 'Myndighed voksne'),
    cti: unit(ids.demo, 'CTI-team'),
    icm: unit(ids.demo, 'ICM-team'),
    act: unit(ids.demo, 'ACT-team'),
    mact: mact.id,
    naboMyndighed: unit(ids.nabo, 'Myndighed voksne'),
    naboIcm: unit(ids.nabo, 'ICM-team'),
  };
  const users = {} as Record<DemoUserKey, DemoUser>;
  const accounts: [DemoUserKey, string][] = [
    ['caseworker', 'sagsbehandler@demo.hjemvej.dk'],
    ['supportWorker', 'stoette@demo.hjemvej.dk'],
    ['housing', 'boliganvisning@demo.hjemvej.dk'],
    ['jobcentre', 'jobcenter@demo.hjemvej.dk'],
    ['leader', 'leder@demo.hjemvej.dk'],
    ['shelterStaff', 'herberg@demo.hjemvej.dk'],
    ['shelterLeader', 'forstander@demo.hjemvej.dk'],
    ['naboCaseworker', 'sagsbehandler@nabo.hjemvej.dk'],
  ];
  const rows = await tx
    .selectFrom('users')
    .select(['id', 'email', 'display_name'])
    .where(
      'email',
      'in',
      accounts.map(([, email]) => email),
    )
    .execute();
  for (const [key, email] of accounts) {
    const row = rows.find((r) => r.email === email);
    if (!row) throw new Error(`demo user missing: ${email}`);
    users[key] = { id: row.id, name: row.display_name };
  }
  // The demo has one support worker account (CTI-team); she also carries the ICM, ACT and
  // M-ACT courses so that signing in as her shows every method. Nabo Kommune's ICM course is
  // carried by its caseworker. (No further users: the demo's accounts are the ones printed.)
  users.icmWorker = users.supportWorker;
  users.actWorker = users.supportWorker;
  users.mactWorker = users.supportWorker;
  users.naboIcmWorker = users.naboCaseworker;
  return {
    tx,
    today,
    orgs: ids,
    orgNames: { demo: 'Demo Kommune', nabo: 'Nabo Kommune' },
    units: unitIds,
    users,
  };
}

// ---------------------------------------------------------------------------------------------
// Without a home, not at the shelter

async function homelessCitizens(kit: Kit): Promise<void> {
  const { d } = kit;

  let c = await citizen(
    kit,
    {
      first: 'Kim',
      last: 'Rasmussen',
      sex: 'm',
      born: '1979-03-14',
      contactNote: 'Sover ved Banegårdspladsen. Kommer på Gadens Værested om formiddagen.',
    },
    d(-200),
  );
  await c.housing([
    ['family_friends', d(-200), 'Hos en ven i Demoby'],
    ['rough_sleeping', d(-95), 'Banegårdspladsen'],
  ]);
  await assess(kit, c, storyAt(0), d(-40));
  await plan(kit, c, storyAt(0), '141', d(-30));

  c = await citizen(
    kit,
    {
      alias: 'Fiskeren',
      sex: 'm',
      born: '1968-06-01',
      noCpr: true,
      contactNote: 'Kendt af Natcaféen; sover i et skur ved lystbådehavnen. Vil ikke oplyse CPR-nummer endnu.',
    },
    d(-400),
  );
  await c.housing([['rough_sleeping', d(-400), 'Skur ved lystbådehavnen']]);

  c = await citizen(kit, { first: 'Jannie', last: 'Poulsen', sex: 'f', born: '1990-11-02', phone: '20 11 22 33' }, d(-12));
  await c.housing([
    ['own_home_with_lease', d(-1500), 'Lejlighed på Vestergade'],
    ['rough_sleeping', d(-12), 'Udsat af lejligheden; sover i opgange'],
  ]);

  c = await citizen(kit, { first: 'Brian', last: 'Mikkelsen', sex: 'm', born: '1985-08-21' }, d(-90));
  await c.housing([
    ['rough_sleeping', d(-90)],
    ['night_shelter', d(-40), 'Natcaféen'],
  ]);

  c = await citizen(kit, { first: 'Lone', last: 'Kristiansen', sex: 'f', born: '1972-04-30' }, d(-9));
  await c.housing([['night_shelter', d(-9), 'Natcaféen']]);

  c = await citizen(kit, { first: 'Mads', last: 'Bech', sex: 'm', born: '1996-01-17' }, d(-20));
  await c.housing([['hotel_hostel', d(-20), 'Demoby Vandrerhjem, betalt af egen opsparing']]);

  const sara = storyAt(8);
  c = await citizen(kit, { first: 'Sara', last: 'Ali', sex: 'f', born: '1998-09-09', phone: '31 45 67 89' }, d(-60));
  await c.housing([['family_friends', d(-60), 'Hos en veninde; skal flytte inden nytår']]);
  await assess(kit, c, sara, d(-25));
  await plan(kit, c, sara, '141', d(-20));

  c = await citizen(kit, { first: 'Tobias', last: 'Lund', sex: 'm', born: '2001-05-28' }, d(-130));
  await c.housing([['family_friends', d(-130), 'Sofasurfing hos skiftende venner']]);

  c = await citizen(
    kit,
    {
      first: 'Henrik',
      last: 'Dam',
      sex: 'm',
      born: '1975-12-05',
      contactNote: 'Kontakt via Kriminalforsorgen i Frihed, Demoby.',
    },
    d(-10),
  );
  await c.housing([['prison_release', d(-10), 'Løsladt fra Statsfængslet uden boligløsning']]);
  await assess(kit, c, storyAt(5), d(-3));

  c = await citizen(kit, { first: 'Jesper', last: 'Koch', sex: 'm', born: '1983-02-19' }, d(-150));
  await c.housing([
    ['rough_sleeping', d(-150)],
    ['hospital_discharge', d(-6), 'Udskrevet fra Psykiatrisk Afdeling efter 44 dages indlæggelse'],
  ]);

  c = await citizen(kit, { first: 'Pia', last: 'Winther', sex: 'f', born: '1964-07-11' }, d(-18));
  await c.housing([['hospital_discharge', d(-18), 'Udskrevet fra alkoholbehandling (døgn) uden bolig']]);

  c = await citizen(kit, { first: 'Kurt', last: 'Thomsen', sex: 'm', born: '1958-10-23' }, d(-70));
  await c.housing([['other_homeless', d(-70), 'Kolonihavehus i haveforeningen Solbakken']]);

  const nikolaj = storyAt(10);
  c = await citizen(kit, { first: 'Nikolaj', last: 'Berg', sex: 'm', born: '2000-03-03' }, d(-300));
  await c.housing([['transitional_housing', d(-300), 'Udslusningsbolig uden fast lejekontrakt']]);
  await assess(kit, c, nikolaj, d(-280));
  await plan(kit, c, nikolaj, '141', d(-270), { revisedOn: d(-90) });

  c = await citizen(
    kit,
    { alias: 'Lille Jens', sex: 'm', born: '1980-01-01', noCpr: true, contactNote: 'Kommer på Natcaféen de fleste nætter.' },
    d(-55),
  );
  await c.housing([['night_shelter', d(-55), 'Natcaféen']]);

  c = await citizen(
    kit,
    { alias: 'Sorte Søs', sex: 'f', born: '1975-01-01', noCpr: true, contactNote: 'Ses ved Gadens Værested om tirsdagen.' },
    d(-220),
  );
  await c.housing([['rough_sleeping', d(-220)]]);

  c = await citizen(kit, { first: 'Natasja', last: 'Petersen', sex: 'f', born: '1999-12-12' }, d(-45));
  await c.housing([['family_friends', d(-45), 'Hos sin moster']]);

  // Left the shelter on her own and is on the street again.
  const katrine = storyAt(11);
  c = await citizen(kit, { first: 'Katrine', last: 'Bendtsen', sex: 'f', born: '1987-06-06' }, d(-60));
  await c.housing([
    ['rough_sleeping', d(-90)],
    ['shelter_110', d(-60), 'Forsorgshjemmet Havnely'],
    ['rough_sleeping', d(-22), 'Forlod Havnely efter konflikt'],
  ]);
  await c.stay({
    admittedOn: d(-60),
    intake: katrine.intake,
    notifiedOn: addDays(d(-60), 1),
    dischargedOn: d(-22),
    dischargeReason: 'citizen_left',
    dischargeDestination: 'rough_sleeping',
  });
  await plan(kit, c, katrine, '142', d(-50), { endedOn: d(-22) });

  // A linked duplicate pair: the shelter registered "Nisse" two years ago; the caseworker
  // recognised him as Niels Overgaard and linked the records.
  const niels = await citizen(kit, { first: 'Niels', last: 'Overgaard', sex: 'm', born: '1977-02-08' }, d(-35));
  await niels.housing([['family_friends', d(-35), 'Hos sin bror i Demoby']]);
  await assess(kit, niels, storyAt(3), d(-14));
  const nisse = await citizen(
    kit,
    {
      alias: 'Nisse',
      sex: 'm',
      born: '1977-01-01',
      noCpr: true,
      municipality: null,
      createdBy: 'shelter',
      mergedIntoId: niels.id,
    },
    d(-700),
  );
  await nisse.stay({
    admittedOn: d(-700),
    intake: { cameFrom: 'Gaden', homeMunicipality: null, whyHomeless: 'Ville ikke fortælle det.' },
    notifiedOn: null,
    dischargedOn: d(-688),
    dischargeReason: 'citizen_left',
    dischargeDestination: 'rough_sleeping',
  });
}

// ---------------------------------------------------------------------------------------------
// At Forsorgshjemmet Havnely

async function shelterCitizens(kit: Kit): Promise<void> {
  const { d, world } = kit;
  const today = world.today;

  // Just admitted: the notification is still in time.
  let c = await citizen(kit, { first: 'Michael', last: 'Hansen', sex: 'm', born: '1981-09-30', createdBy: 'shelter' }, d(-1));
  await admit(kit, c, storyAt(2), [['rough_sleeping', d(-30)]], { admittedOn: d(-1), notifiedOn: null });

  // More than 14 days without a § 142 plan.
  c = await citizen(kit, { first: 'Thomas', last: 'Larsen', sex: 'm', born: '1970-05-15', createdBy: 'shelter' }, d(-20));
  await admit(kit, c, storyAt(0), [['rough_sleeping', d(-64)]], { admittedOn: d(-20) });
  c = await citizen(kit, { first: 'Rikke', last: 'Olsen', sex: 'f', born: '1993-03-22', createdBy: 'shelter' }, d(-31));
  await admit(kit, c, storyAt(8), [['family_friends', d(-80)]], { admittedOn: d(-31) });

  // Notified after the deadline.
  const lateAdmitted = d(-21);
  c = await citizen(kit, { first: 'Anders', last: 'Møller', sex: 'm', born: '1966-08-08', createdBy: 'shelter' }, lateAdmitted);
  await admit(kit, c, storyAt(9), [['rough_sleeping', d(-120)]], {
    admittedOn: lateAdmitted,
    notifiedOn: addWorkingDays(lateAdmitted, 6),
    notes: 'Orienteringen til handlekommunen blev glemt i en travl weekend og sendt for sent.',
  });
  await assess(kit, c, storyAt(9), d(-12));
  await plan(kit, c, storyAt(9), '142', d(-10));

  // Not notified, and the deadline has passed.
  const missingAdmitted = admittedWithDeadlinePassed(today, 8);
  c = await citizen(
    kit,
    { first: 'Dennis', last: 'Frederiksen', sex: 'm', born: '1989-10-10', createdBy: 'shelter' },
    missingAdmitted,
  );
  await admit(kit, c, storyAt(2), [['night_shelter', addDays(missingAdmitted, -20)]], {
    admittedOn: missingAdmitted,
    notifiedOn: null,
  });

  // Waiting for housing: plan, assessment, registered with Boliganvisning.
  const waiting: [string, string, 'm' | 'f', IsoDate, number, number, boolean][] = [
    ['Camilla', 'Jørgensen', 'f', '1984-02-27', 45, 1, false],
    ['Per', 'Andersen', 'm', '1962-12-01', 60, 6, true],
    ['Ahmed', 'Hassan', 'm', '1979-07-19', 33, 3, false],
    ['Vibeke', 'Nygaard', 'f', '1971-01-09', 18, 8, false],
  ];
  for (const [first, last, sex, born, daysAgo, storyIndex, revised] of waiting) {
    const s = storyAt(storyIndex);
    await shelterResident(kit, { first, last, sex, born }, s, [['rough_sleeping', d(-daysAgo - 40)]], {
      admittedOn: d(-daysAgo),
      assessedOn: d(-daysAgo + 5),
      planOn: d(-daysAgo + 8 > -5 ? -5 : -daysAgo + 8),
      ...(revised ? { revisedOn: d(-7) } : {}),
    });
  }

  // Waiting for housing with the support already decided (ICM).
  const allan = storyAt(11);
  c = await shelterResident(
    kit,
    { first: 'Allan', last: 'Pedersen', sex: 'm', born: '1976-04-04' },
    allan,
    [['rough_sleeping', d(-140)]],
    {
      admittedOn: d(-75),
      assessedOn: d(-68),
      planOn: d(-64),
      revisedOn: d(-20),
    },
  );
  await c.decision({
    kind: '85a',
    method: 'icm',
    decidedOn: d(-20),
    periodFrom: d(-20),
    reasons:
      'Du får støtte efter § 85 a (ICM), når du flytter i egen bolig. Støtten begynder allerede nu, så du kan lære din støtteperson at kende.',
  });

  // Offered a home; the lease is not signed yet.
  const mona = storyAt(6);
  c = await shelterResident(
    kit,
    { first: 'Mona', last: 'Sørensen', sex: 'f', born: '1969-11-18' },
    mona,
    [['rough_sleeping', d(-60)]],
    {
      admittedOn: d(-38),
      assessedOn: d(-32),
      planOn: d(-29),
    },
  );
  await allocateFjordboDwelling(kit, c, {
    rooms: 1,
    allocatedOn: d(-4),
    plannedMoveInOn: d(20),
    note: 'Tilbud sendt; fremvisning aftalt med Fjordbo.',
  });

  const ole = storyAt(3);
  c = await shelterResident(
    kit,
    { first: 'Ole', last: 'Nielsen', sex: 'm', born: '1974-06-25' },
    ole,
    [['family_friends', d(-100)]],
    {
      admittedOn: d(-52),
      assessedOn: d(-45),
      planOn: d(-42),
    },
  );
  await allocateFjordboDwelling(kit, c, {
    rooms: 2,
    allocatedOn: d(-9),
    plannedMoveInOn: d(14),
  });
  await c.decision({
    kind: '85a',
    method: 'cti',
    decidedOn: d(-6),
    periodFrom: d(-6),
    periodTo: addMonths(d(14), 10),
    reasons: 'Du får støtte efter § 85 a efter CTI-metoden i overgangen til egen bolig.',
  });

  // Blocked from discharge: lease signed, moving in a few days, but no support decision.
  const lars = storyAt(7);
  c = await shelterResident(
    kit,
    { first: 'Lars', last: 'Johansen', sex: 'm', born: '1967-09-12' },
    lars,
    [['other_homeless', d(-200), 'Kolonihavehus']],
    {
      admittedOn: d(-58),
      assessedOn: d(-52),
      planOn: d(-48),
      revisedOn: d(-12),
    },
  );
  await allocateFjordboDwelling(kit, c, {
    rooms: 1,
    allocatedOn: d(-12),
    leaseSignedOn: d(-5),
    plannedMoveInOn: d(3),
    note: 'Hunden må bo i boligen (aftalt med Fjordbo).',
  });

  // Ready to move: everything in place, CTI contact-building started at the shelter.
  const susanne = storyAt(3);
  c = await shelterResident(
    kit,
    { first: 'Susanne', last: 'Christensen', sex: 'f', born: '1980-10-01' },
    susanne,
    [['family_friends', d(-70)]],
    {
      admittedOn: d(-47),
      assessedOn: d(-41),
      planOn: d(-38),
    },
  );
  await allocateFjordboDwelling(kit, c, {
    rooms: 2,
    allocatedOn: d(-15),
    leaseSignedOn: d(-6),
    plannedMoveInOn: d(4),
  });
  const susanneDecision = await c.decision({
    kind: '85a',
    method: 'cti',
    decidedOn: d(-7),
    periodFrom: d(-7),
    periodTo: addMonths(d(4), 10),
    reasons: 'Du får støtte efter § 85 a efter CTI-metoden, så du kan flytte i egen bolig og beholde den.',
    wishedProvider: 'CTI-teamet i Demo Kommune',
    wishFollowed: true,
  });
  await c.course({ method: 'cti', decisionId: susanneDecision, startedOn: d(-6), contacts: contactsFor('cti', d(-6), today) });

  // Near the reimbursement cap: an earlier stay this running year and the current one.
  const johnny = storyAt(0);
  c = await citizen(kit, { first: 'Johnny', last: 'Kristensen', sex: 'm', born: '1973-03-03', createdBy: 'shelter' }, d(-200));
  const currentFrom = nearCapAdmission(today, d(-200), d(-145));
  await c.housing(
    [
      ['rough_sleeping', d(-230)],
      ['shelter_110', d(-200), 'Forsorgshjemmet Havnely'],
      ['rough_sleeping', d(-145), 'Forlod Havnely'],
      ['shelter_110', currentFrom, 'Forsorgshjemmet Havnely'],
    ],
    'shelterStaff',
  );
  await c.stay({
    admittedOn: d(-200),
    intake: johnny.intake,
    notifiedOn: addDays(d(-200), 1),
    dischargedOn: d(-145),
    dischargeReason: 'citizen_left',
    dischargeDestination: 'rough_sleeping',
  });
  await c.stay({ admittedOn: currentFrom, intake: johnny.intake, notifiedOn: addDays(currentFrom, 1) });
  await assess(kit, c, johnny, d(-190));
  await plan(kit, c, johnny, '142', d(-188), { revisedOn: addDays(currentFrom, 3) });

  // A § 107 residential offer instead of own housing.
  const bent = storyAt(1);
  c = await shelterResident(
    kit,
    { first: 'Bent', last: 'Madsen', sex: 'm', born: '1955-05-05' },
    bent,
    [['rough_sleeping', d(-120)]],
    {
      admittedOn: d(-90),
      assessedOn: d(-84),
      planOn: d(-80),
    },
  );
  await c.decision({
    kind: '107',
    decidedOn: d(-10),
    periodFrom: d(14),
    reasons:
      'Du får et midlertidigt botilbud efter servicelovens § 107 på Bostedet Lyngbakken, fordi du har brug for hjælp døgnet rundt.',
  });

  // Unknown handlekommune: the shelter knows him only by his nickname.
  c = await citizen(
    kit,
    { alias: 'Tømreren', sex: 'm', born: '1971-01-01', noCpr: true, municipality: null, createdBy: 'shelter' },
    d(-2),
  );
  await admit(
    kit,
    c,
    storyAt(9),
    [],
    { admittedOn: d(-2), notifiedOn: null, notes: 'Vil ikke oplyse CPR-nummer; handlekommunen er ukendt.' },
    { homeMunicipality: 'Ukendt' },
  );

  // Referred by the municipality, with a § 110 decision.
  const marianne = storyAt(8);
  c = await citizen(kit, { first: 'Marianne', last: 'Holm', sex: 'f', born: '1982-08-15' }, d(-27));
  await c.decision({
    kind: '110',
    decidedOn: d(-26),
    periodFrom: d(-25),
    reasons: 'Du har et akut behov for et midlertidigt ophold og henvises til Forsorgshjemmet Havnely efter servicelovens § 110.',
  });
  await admit(kit, c, marianne, [['family_friends', d(-27), 'Hos en kollega']], {
    admittedOn: d(-25),
    referredBy: 'Demo Kommune, Myndighed voksne',
  });
  await assess(kit, c, marianne, d(-20));
  await plan(kit, c, marianne, '142', d(-18));

  // A long stay: declined one offer, still waiting.
  const ulla = storyAt(6);
  c = await shelterResident(
    kit,
    { first: 'Ulla', last: 'Mogensen', sex: 'f', born: '1961-02-14' },
    ulla,
    [['rough_sleeping', d(-130)]],
    {
      admittedOn: d(-110),
      assessedOn: d(-104),
      planOn: d(-100),
      revisedOn: d(-38),
    },
  );
  await allocateFjordboDwelling(kit, c, {
    rooms: 1,
    allocatedOn: d(-50),
    plannedMoveInOn: d(-20),
    withdrawnOn: d(-40),
    withdrawalReason: 'Borgeren takkede nej: boligen lå på 3. sal uden elevator.',
  });
}

// ---------------------------------------------------------------------------------------------
// Housed with support

async function housedCitizens(kit: Kit): Promise<void> {
  const { d, world } = kit;
  const today = world.today;
  const rough = (n: number) => [['rough_sleeping', d(n)] as const];

  let c = await citizen(kit, { first: 'Emil', last: 'Schmidt', sex: 'm', born: '1995-04-12', createdBy: 'shelter' }, d(-52));
  await housed(kit, c, { story: storyAt(10), before: rough(-70), admittedOn: d(-52), moveInOn: today, method: 'cti' });

  const cti: [string, string, 'm' | 'f', IsoDate, number, number, boolean?][] = [
    ['Maja', 'Nørgaard', 'f', '1991-07-07', 25, 3],
    ['Martin', 'Eriksen', 'm', '1986-09-19', 50, 0],
    ['Simon', 'Krogh', 'm', '1994-11-30', 70, 10],
    ['Erik', 'Svendsen', 'm', '1963-03-27', 35, 5],
    ['Louise', 'Clausen', 'f', '1988-05-05', 140, 8, true],
    ['Jonas', 'Vestergaard', 'm', '1999-02-02', 118, 4],
    ['Heidi', 'Lauridsen', 'f', '1978-12-24', 230, 1, true],
    ['Ida', 'Mortensen', 'f', '1983-06-16', 420, 3],
  ];
  for (const [first, last, sex, born, movedDaysAgo, storyIndex, revised] of cti) {
    c = await citizen(kit, { first, last, sex, born, createdBy: 'shelter' }, d(-movedDaysAgo - 50));
    await housed(kit, c, {
      story: storyAt(storyIndex),
      before: rough(-movedDaysAgo - 90),
      admittedOn: d(-movedDaysAgo - 50),
      moveInOn: d(-movedDaysAgo),
      method: 'cti',
      planRevised: revised ?? false,
      // Heidi Lauridsen's CTI course: the status registration the support worker makes on the first sign-in.
      registrationDueToday: first === 'Heidi',
    });
  }

  // CTI: the transition to phase 2 is overdue.
  c = await citizen(kit, { first: 'Kasper', last: 'Jakobsen', sex: 'm', born: '1990-08-30', createdBy: 'shelter' }, d(-160));
  await housed(kit, c, {
    story: storyAt(2),
    before: rough(-200),
    admittedOn: d(-160),
    moveInOn: d(-115),
    method: 'cti',
    ctiStuckInPhase1: true,
  });

  const others: [string, string, 'm' | 'f', IsoDate, number, number, 'icm' | 'act' | 'm_act'][] = [
    ['Morten', 'Skov', 'm', '1972-10-10', 200, 0, 'icm'],
    ['Birgitte', 'Friis', 'f', '1968-03-08', 60, 6, 'icm'],
    ['Jørgen', 'Kirk', 'm', '1959-09-01', 20, 3, 'icm'],
    ['Hans', 'Iversen', 'm', '1957-01-29', 500, 7, 'icm'],
    ['Carsten', 'Bak', 'm', '1975-07-04', 300, 11, 'act'],
    ['Dorthe', 'Lind', 'f', '1970-02-20', 35, 1, 'act'],
    ['Steen', 'Vinther', 'm', '1965-11-11', 420, 2, 'act'],
    ['Gitte', 'Bruun', 'f', '1977-04-18', 80, 6, 'm_act'],
    ['René', 'Dahl', 'm', '1981-12-03', 190, 9, 'm_act'],
  ];
  for (const [first, last, sex, born, movedDaysAgo, storyIndex, method] of others) {
    c = await citizen(kit, { first, last, sex, born, createdBy: 'shelter' }, d(-movedDaysAgo - 60));
    await housed(kit, c, {
      story: storyAt(storyIndex),
      before: rough(-movedDaysAgo - 100),
      admittedOn: d(-movedDaysAgo - 60),
      moveInOn: d(-movedDaysAgo),
      method,
      planRevised: movedDaysAgo > 100,
    });
  }

  // ICM: the 3-month follow-up is due now.
  const flemmingMoved = addMonths(today, -3);
  c = await citizen(
    kit,
    { first: 'Flemming', last: 'Jensen', sex: 'm', born: '1960-06-30', createdBy: 'shelter' },
    addDays(flemmingMoved, -55),
  );
  await housed(kit, c, {
    story: storyAt(1),
    before: [['rough_sleeping', addDays(flemmingMoved, -120)]],
    admittedOn: addDays(flemmingMoved, -55),
    moveInOn: flemmingMoved,
    method: 'icm',
    skipFollowUp: 3,
  });

  // § 85 a: the citizen's wish of provider is not followed, with the reason.
  c = await citizen(kit, { first: 'Anja', last: 'Frost', sex: 'f', born: '1985-01-25', createdBy: 'shelter' }, d(-210));
  await housed(kit, c, {
    story: storyAt(11),
    before: rough(-260),
    admittedOn: d(-210),
    moveInOn: d(-150),
    method: 'icm',
    wish: {
      provider: 'Bostøtten Hjørnet ApS',
      followed: false,
      reason:
        'Bostøtten Hjørnet ApS arbejder ikke efter ICM-metoden og kan ikke koordinere med misbrugsbehandlingen og psykiatrien, som din plan kræver. Kommunens ICM-team kan give den støtte, du har brug for, og du beholder din faste kontaktperson fra Havnely i overgangen.',
    },
  });

  // Lost the home at the 6-month follow-up and is homeless again.
  const peter = storyAt(0);
  const moved = d(-250);
  c = await citizen(
    kit,
    { first: 'Peter', last: 'Kjeldsen', sex: 'm', born: '1974-09-09', createdBy: 'shelter' },
    addDays(moved, -48),
  );
  const lostOn = addDays(addMonths(moved, 6), -10);
  const checkedOn = addDays(addMonths(moved, 6), 3);
  const periods = await c.housing(
    [
      ['rough_sleeping', addDays(moved, -100)],
      ['shelter_110', addDays(moved, -48), 'Forsorgshjemmet Havnely'],
      ['own_home_with_lease', moved],
      ['family_friends', lostOn, 'Mistet boligen (opfølgning efter 6 måneder)'],
      ['rough_sleeping', d(-30)],
    ],
    'shelterStaff',
  );
  await c.stay({ admittedOn: addDays(moved, -48), intake: peter.intake, notifiedOn: addDays(moved, -47), dischargedOn: moved });
  await assess(kit, c, peter, addDays(moved, -42));
  await plan(kit, c, peter, '141', addDays(moved, -40), { revisedOn: checkedOn });
  const decidedOn = addDays(moved, -16);
  const decisionId = await c.decision({
    kind: '85a',
    method: 'cti',
    decidedOn,
    periodFrom: decidedOn,
    periodTo: addMonths(moved, 10),
    reasons: 'Du får støtte efter § 85 a efter CTI-metoden i overgangen til egen bolig.',
  });
  {
    const allocationId = await allocateFjordboDwelling(kit, c, {
      rooms: 1,
      allocatedOn: addDays(moved, -24),
      leaseSignedOn: addDays(moved, -8),
      plannedMoveInOn: moved,
      moveInOn: moved,
      moveInHousingPeriodId: periods[2] ?? null,
    });
    await c.course({
      method: 'cti',
      decisionId,
      startedOn: addDays(decidedOn, 2),
      phaseStarts: [moved, addMonths(moved, 3)],
      endedOn: checkedOn,
      endReason: 'lost_housing',
      endNote: 'Borgeren er sat ud af boligen efter klager og huslejerestance.',
      contacts: contactsFor('cti', addDays(decidedOn, 2), checkedOn),
    });
    await c.followUp({
      allocationId,
      milestone: 3,
      checkedOn: addDays(addMonths(moved, 3), 2),
      keepsHome: true,
      note: 'Bor i boligen; lidt uro i opgangen.',
    });
    await c.followUp({
      allocationId,
      milestone: 6,
      checkedOn,
      keepsHome: false,
      lostHomeOn: lostOn,
      returnedHousingPeriodId: periods[3] ?? null,
      note: 'Udsat efter huslejerestance og klager fra naboerne. Bor midlertidigt hos en ven.',
    });
  }

  // A § 108 residential offer after the shelter.
  const charlotte = storyAt(1);
  c = await citizen(kit, { first: 'Charlotte', last: 'Brandt', sex: 'f', born: '1966-10-31', createdBy: 'shelter' }, d(-190));
  await c.housing(
    [
      ['rough_sleeping', d(-220)],
      ['shelter_110', d(-190), 'Forsorgshjemmet Havnely'],
      ['residential_offer_107_108', d(-100), 'Bostedet Lyngbakken (§ 108)'],
    ],
    'shelterStaff',
  );
  await c.stay({
    admittedOn: d(-190),
    intake: charlotte.intake,
    notifiedOn: d(-189),
    dischargedOn: d(-100),
    dischargeDestination: 'residential_offer_107_108',
  });
  await assess(kit, c, charlotte, d(-182));
  await plan(kit, c, charlotte, '142', d(-180), { endedOn: d(-100) });
  await c.decision({
    kind: '108',
    decidedOn: d(-120),
    periodFrom: d(-100),
    reasons: 'Du får et længerevarende botilbud efter servicelovens § 108, fordi du har brug for omfattende hjælp døgnet rundt.',
    revision: {
      savedOn: d(-112),
      periodFrom: d(-100),
      reasons:
        'Du får et længerevarende botilbud efter servicelovens § 108 på Bostedet Lyngbakken, fordi du har brug for omfattende hjælp døgnet rundt. Indflytning aftalt med bostedet.',
    },
  });
}

// ---------------------------------------------------------------------------------------------
// Nabo Kommune

async function naboCitizens(kit: Kit): Promise<void> {
  const { d } = kit;
  const nabo = { municipality: 'nabo' as const };

  let c = await citizen(
    kit,
    { first: 'Lene', last: 'Hviid', sex: 'f', born: '1976-05-19', ...nabo, createdBy: 'shelter' },
    d(-16),
  );
  await admit(kit, c, storyAt(8), [['family_friends', d(-50)]], { admittedOn: d(-16) }, { homeMunicipality: 'Nabo Kommune' });

  const torben = storyAt(0);
  c = await citizen(kit, { first: 'Torben', last: 'Riis', sex: 'm', born: '1969-08-27', ...nabo, createdBy: 'shelter' }, d(-40));
  await admit(kit, c, torben, [['rough_sleeping', d(-75)]], { admittedOn: d(-40) }, { homeMunicipality: 'Nabo Kommune' });
  await assess(kit, c, torben, d(-33));
  await plan(kit, c, torben, '142', d(-30), { municipality: 'nabo' });

  c = await citizen(kit, { first: 'Bo', last: 'Graversen', sex: 'm', born: '1984-01-13', ...nabo }, d(-160));
  await housed(kit, c, {
    story: storyAt(3),
    before: [['family_friends', d(-190)]],
    admittedOn: d(-160),
    moveInOn: d(-100),
    method: 'icm',
    municipality: 'nabo',
  });

  c = await citizen(kit, { first: 'Jette', last: 'Laursen', sex: 'f', born: '1980-09-04', ...nabo }, d(-25));
  await c.housing([['rough_sleeping', d(-25)]], 'naboCaseworker');
  await plan(kit, c, storyAt(6), '141', d(-8), { municipality: 'nabo' });
}

// ---------------------------------------------------------------------------------------------
// Dates that depend on the calendar

/** An admission at least `minDays` ago whose § 110 stk. 6 deadline has passed (holidays included). */
function admittedWithDeadlinePassed(today: IsoDate, minDays: number): IsoDate {
  let admitted = addDays(today, -minDays);
  while (addWorkingDays(admitted, 3) >= today) admitted = addDays(admitted, -1);
  return admitted;
}

/**
 * The admission day of the current stay so that, with the earlier stay, ≥ 85 % of the
 * reimbursement limit in force today is used and some is left.
 */
function nearCapAdmission(today: IsoDate, earlierFrom: IsoDate, earlierTo: IsoDate): IsoDate {
  for (let nights = 1; nights < 200; nights += 1) {
    const admittedOn = addDays(today, -(nights - 1));
    const account = reimbursementAccount(
      [
        { admittedOn: earlierFrom, dischargedOn: earlierTo },
        { admittedOn, dischargedOn: null },
      ],
      today,
    );
    if (account.usedShare >= 0.85 && (account.remaining ?? 0) > 0) return admittedOn;
  }
  return addDays(today, -20);
}
