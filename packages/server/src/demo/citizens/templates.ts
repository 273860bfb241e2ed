/**
 * Building blocks for the demo citizens' courses: a citizen on the street, at the shelter,
 * or housed with support and follow-ups. Each writes a consistent history: housing periods
 * that follow each other, a stay matching the shelter period, plan and decisions inside it, an
 * allocation before the move-in, a support course from its decision, follow-ups when due.
 */
import { addDays, addMonths, type HousingCategory, type IsoDate, type PlanKind, type SupportMethod } from '@hjemvej/domain';
import { fictionalCpr, fjordboAddress, fjordboRent, type Sex } from './fictional-people';
import { assessmentAreas, assessmentSummaries, contactNotes, planGoals, type Story } from './stories';
import { DemoCitizenWriter, type AllocationSpec, type DemoWorld, type Municipality, type PersonSpec } from './writer';

export interface Person {
  readonly first?: string;
  readonly last?: string;
  readonly alias?: string;
  readonly sex: Sex;
  /** Birth date; with `noCpr` only its year is known (approximate). */
  readonly born: IsoDate;
  readonly noCpr?: boolean;
  readonly municipality?: Municipality | null;
  readonly createdBy?: Municipality | 'shelter';
  readonly phone?: string;
  readonly contactNote?: string;
  readonly mergedIntoId?: string;
}

/** Running numbers for CPR serials and addresses, so every demo citizen is distinct. */
export class DemoSequence {
  private serial = 0;
  private address = 0;
  /** 9900–9998, round again after 50 (the birth dates tell the numbers apart). */
  nextSerial(): number {
    this.serial += 1;
    return 9_900 + ((this.serial * 2) % 100);
  }
  nextAddress(): number {
    this.address += 1;
    return this.address;
  }
}

export interface Kit {
  readonly world: DemoWorld;
  readonly seq: DemoSequence;
  /** today + n days */
  readonly d: (n: number) => IsoDate;
}

export async function citizen(kit: Kit, p: Person, registeredOn: IsoDate): Promise<DemoCitizenWriter> {
  const municipality = p.municipality === undefined ? 'demo' : p.municipality;
  const spec: PersonSpec = {
    ...(p.first !== undefined ? { firstName: p.first } : {}),
    ...(p.last !== undefined ? { lastName: p.last } : {}),
    ...(p.alias !== undefined ? { alias: p.alias } : {}),
    ...(p.noCpr
      ? { birthDate: `${p.born.slice(0, 4)}-01-01`, birthDateIsApproximate: true }
      : { cpr: fictionalCpr(p.born, p.sex, kit.seq.nextSerial()), birthDate: p.born }),
    handlekommune: municipality,
    createdBy: p.createdBy ?? municipality ?? 'shelter',
    registeredOn,
    ...(p.phone !== undefined ? { phone: p.phone } : {}),
    ...(p.contactNote !== undefined ? { contactNote: p.contactNote } : {}),
    ...(p.mergedIntoId !== undefined ? { mergedIntoId: p.mergedIntoId } : {}),
  };
  return DemoCitizenWriter.create(kit.world, spec);
}

const caseworkerOf = (w: DemoWorld, m: Municipality | null | undefined) =>
  m === 'nabo' ? w.users.naboCaseworker.name : w.users.caseworker.name;

export async function assess(kit: Kit, c: DemoCitizenWriter, story: Story, on: IsoDate): Promise<void> {
  await c.assessment(on, assessmentAreas(story.profile), assessmentSummaries[story.profile], story.view);
}

/** A plan as the caseworker makes it with the citizen; `revisedOn` saves a second version. */
export async function plan(
  kit: Kit,
  c: DemoCitizenWriter,
  story: Story,
  kind: PlanKind,
  madeOn: IsoDate,
  options: { revisedOn?: IsoDate; endedOn?: IsoDate | null; municipality?: Municipality | null; movedInOn?: IsoDate } = {},
): Promise<string> {
  const w = kit.world;
  const today = w.today;
  const firstDue = addDays(madeOn, 14);
  const secondDue = addDays(madeOn, 42);
  const responsible: [string, string | null, string | null][] = [
    [caseworkerOf(w, options.municipality), 'Myndighed voksne', 'Sagsbehandler; afgørelser og koordinering'],
    ...(kind === '142'
      ? [[w.users.shelterStaff.name, 'Forsorgshjemmet Havnely', 'Kontaktperson under opholdet'] as [string, string, string]]
      : []),
    [w.users.housing.name, 'Boliganvisning', 'Skrivning til og anvisning af bolig'],
  ];
  const revisedOn = options.revisedOn;
  return c.plan({
    kind,
    madeOn,
    endedOn: options.endedOn ?? null,
    goals: planGoals(story.profile),
    citizenWishes: story.wishes,
    responsible,
    followUps: [
      [firstDue, 'Opfølgning på ansøgning om bolig og ydelse', firstDue <= today && !revisedOn ? firstDue : null],
      [secondDue, 'Samlet opfølgning på planen med borgeren', null],
    ],
    ...(revisedOn
      ? {
          revision: {
            savedOn: revisedOn,
            goals: [
              ...planGoals(story.profile).map(([lifeArea, goal]) => ({ lifeArea, goal, note: null })),
              {
                lifeArea: 'daily_activities' as const,
                goal: 'Borgeren vælger en fast aktivitet om ugen, fx værestedet eller en gåtur med kontaktpersonen.',
                note: 'Tilføjet efter samtale med borgeren.',
              },
            ],
            followUps: [
              {
                dueOn: firstDue,
                note: 'Opfølgning på ansøgning om bolig og ydelse',
                doneOn: firstDue <= revisedOn ? firstDue : revisedOn,
              },
              {
                dueOn: addDays(revisedOn, 28),
                note: options.movedInOn ? 'Opfølgning en måned efter indflytningen' : 'Samlet opfølgning på planen med borgeren',
                doneOn: null,
              },
            ],
          },
        }
      : {}),
  });
}

export interface StaySetup {
  readonly admittedOn: IsoDate;
  /** Defaults to one working day or so after admission; null: not notified. */
  readonly notifiedOn?: IsoDate | null;
  readonly referredBy?: string;
  readonly notes?: string;
}

/** Allocates the next Fjordbo dwelling to the citizen: its running number gives the address and the rent. */
export function allocateFjordboDwelling(
  kit: Kit,
  c: DemoCitizenWriter,
  spec: Omit<AllocationSpec, 'address' | 'rent'>,
): Promise<string> {
  const index = kit.seq.nextAddress();
  return c.allocation({ address: fjordboAddress(index), rent: fjordboRent(index), ...spec });
}

/** Housing periods before the stay, the § 110 period and the stay (ongoing). */
export async function admit(
  kit: Kit,
  c: DemoCitizenWriter,
  story: Story,
  before: readonly (readonly [HousingCategory, IsoDate, string?])[],
  stay: StaySetup,
  options: { homeMunicipality?: string; dischargedOn?: IsoDate; destination?: HousingCategory } = {},
): Promise<{ stayId: string; periodIds: string[] }> {
  const periodIds = await c.housing(
    [...before, ['shelter_110', stay.admittedOn, 'Forsorgshjemmet Havnely']],
    'shelterStaff',
    null,
  );
  const stayId = await c.stay({
    admittedOn: stay.admittedOn,
    ...(stay.referredBy ? { referral: 'referred' as const, referredBy: stay.referredBy } : {}),
    intake: {
      ...story.intake,
      ...(options.homeMunicipality ? { homeMunicipality: options.homeMunicipality } : {}),
      ...(stay.notes ? { notes: stay.notes } : {}),
    },
    notifiedOn: stay.notifiedOn === undefined ? addDays(stay.admittedOn, 1) : stay.notifiedOn,
    ...(options.dischargedOn
      ? { dischargedOn: options.dischargedOn, dischargeDestination: options.destination ?? 'own_home_with_lease' }
      : {}),
  });
  return { stayId, periodIds };
}

/** Contacts from the course start, about every 10 days, the most recent `max`. */
/**
 * A citizen the shelter registered on admission, at the shelter since `admittedOn` after `before`,
 * assessed on `assessedOn` with a § 142 plan made on `planOn` (revised on `revisedOn`).
 */
export async function shelterResident(
  kit: Kit,
  person: Person,
  story: Story,
  before: readonly (readonly [HousingCategory, IsoDate, string?])[],
  dates: { readonly admittedOn: IsoDate; readonly assessedOn: IsoDate; readonly planOn: IsoDate; readonly revisedOn?: IsoDate },
): Promise<DemoCitizenWriter> {
  const c = await citizen(kit, { ...person, createdBy: 'shelter' }, dates.admittedOn);
  await admit(kit, c, story, before, { admittedOn: dates.admittedOn });
  await assess(kit, c, story, dates.assessedOn);
  await plan(kit, c, story, '142', dates.planOn, dates.revisedOn !== undefined ? { revisedOn: dates.revisedOn } : {});
  return c;
}

export function contactsFor(
  method: SupportMethod,
  startedOn: IsoDate,
  until: IsoDate,
  max = 8,
): [IsoDate, 'visit' | 'phone' | 'meeting', string][] {
  const notes = contactNotes[method];
  const out: [IsoDate, 'visit' | 'phone' | 'meeting', string][] = [];
  let day = startedOn;
  let i = 0;
  while (day <= until) {
    const kind = i % 3 === 2 ? 'phone' : i % 5 === 3 ? 'meeting' : 'visit';
    out.push([day, kind, notes[i % notes.length] ?? '']);
    i += 1;
    day = addDays(day, i % 2 === 0 ? 9 : 12);
  }
  return out.slice(-max);
}

export interface HousedSetup {
  readonly story: Story;
  /** Housing before the shelter stay. */
  readonly before: readonly (readonly [HousingCategory, IsoDate, string?])[];
  readonly admittedOn: IsoDate;
  readonly moveInOn: IsoDate;
  readonly method: SupportMethod;
  /** CTI: stop after phase 1 (the transition to phase 2 is overdue). */
  readonly ctiStuckInPhase1?: boolean;
  /** Leave the follow-up of this milestone unrecorded (it is due). */
  readonly skipFollowUp?: 3 | 6 | 12;
  readonly planRevised?: boolean;
  readonly wish?: { readonly provider: string; readonly followed: boolean; readonly reason?: string };
  readonly municipality?: Municipality;
  readonly notifiedLateDays?: number;
  /** The course's status registration is due today (one course in the demo). */
  readonly registrationDueToday?: boolean;
}

export interface Housed {
  readonly allocationId: string;
  readonly ownHomePeriodId: string;
  readonly courseId: string;
  readonly decisionId: string;
}

const methodNames: Readonly<Record<SupportMethod, string>> = {
  cti: 'CTI (Critical Time Intervention)',
  icm: 'ICM (Intensive Case Management)',
  act: 'ACT (Assertive Community Treatment)',
  m_act: 'modificeret ACT',
};

/**
 * From the shelter into own home: stay, assessment, § 141 plan, § 85 a decision and course
 * started before the move-in, allocation at Fjordbo, discharge on the move-in day, CTI phases
 * and follow-ups (3, 6, 12 months) as far as time has come.
 */
export async function housed(kit: Kit, c: DemoCitizenWriter, h: HousedSetup): Promise<Housed> {
  const { world } = kit;
  const today = world.today;
  const { moveInOn, admittedOn, story } = h;
  const periodIds = await c.housing(
    [...h.before, ['shelter_110', admittedOn, 'Forsorgshjemmet Havnely'], ['own_home_with_lease', moveInOn]],
    'shelterStaff',
  );
  const ownHomePeriodId = periodIds.at(-1) ?? '';
  await c.stay({
    admittedOn,
    intake: { ...story.intake, ...(h.municipality === 'nabo' ? { homeMunicipality: 'Nabo Kommune' } : {}) },
    notifiedOn: addDays(admittedOn, h.notifiedLateDays ?? 1),
    dischargedOn: moveInOn,
    dischargeDestination: 'own_home_with_lease',
  });
  await assess(kit, c, story, addDays(admittedOn, 6));
  await plan(kit, c, story, '141', addDays(admittedOn, 9), {
    municipality: h.municipality ?? 'demo',
    ...(h.planRevised ? { revisedOn: moveInOn, movedInOn: moveInOn } : {}),
  });
  const decidedOn = addDays(moveInOn, -16);
  const decisionId = await c.decision({
    kind: '85a',
    method: h.method,
    decidedOn,
    periodFrom: decidedOn,
    periodTo: h.method === 'cti' ? addMonths(moveInOn, 10) : null,
    reasons: `Du får støtte efter servicelovens § 85 a efter metoden ${methodNames[h.method]}, så du kan flytte i egen bolig og beholde den. Vi har lagt vægt på vurderingen efter VUM og dine egne ønsker i handleplanen.`,
    ...(h.wish
      ? {
          wishedProvider: h.wish.provider,
          wishFollowed: h.wish.followed,
          ...(h.wish.reason ? { reasonIfNotFollowed: h.wish.reason } : {}),
        }
      : {}),
  });
  const idx = kit.seq.nextAddress();
  const allocationId = await c.allocation({
    address: fjordboAddress(idx),
    rent: fjordboRent(idx),
    rooms: 1 + (idx % 2),
    allocatedOn: addDays(moveInOn, -24),
    leaseSignedOn: addDays(moveInOn, -8),
    plannedMoveInOn: moveInOn,
    moveInOn,
    moveInHousingPeriodId: ownHomePeriodId,
    note: 'Anvist efter den kommunale anvisningsret (almenboligloven § 59). Ansøgning om indskudslån markeret "Housing First haster".',
  });
  // The course: CTI's contact-building starts at the shelter; the other methods around the move.
  const startedOn = h.method === 'cti' ? addDays(decidedOn, 2) : addDays(moveInOn, -3);
  const phaseStarts: IsoDate[] = [];
  let endedOn: IsoDate | undefined;
  if (h.method === 'cti' && moveInOn < today) {
    let start = moveInOn;
    for (let phase = 1; phase <= 3 && start <= today; phase += 1) {
      phaseStarts.push(start);
      if (h.ctiStuckInPhase1) break;
      start = addMonths(start, 3);
    }
    if (phaseStarts.length === 3 && start <= today) endedOn = start;
  }
  const courseId = await c.course({
    method: h.method,
    decisionId,
    startedOn,
    ...(endedOn
      ? {
          endedOn,
          endReason: 'completed' as const,
          endNote: 'CTI-forløbet er afsluttet efter fase 3; ansvaret er overdraget til netværket.',
        }
      : {}),
    phaseStarts,
    contacts: contactsFor(h.method, startedOn, endedOn ?? today),
    ...(h.municipality === 'nabo' ? { team: 'naboIcm' as const, worker: 'naboIcmWorker' as const } : {}),
    ...(h.registrationDueToday ? { registrationDueToday: true } : {}),
  });
  for (const milestone of [3, 6, 12] as const) {
    const due = addMonths(moveInOn, milestone);
    const checkedOn = addDays(due, milestone === 12 ? 4 : 2);
    if (checkedOn > today || milestone === h.skipFollowUp) continue;
    await c.followUp({
      allocationId,
      milestone,
      checkedOn,
      keepsHome: true,
      note:
        milestone === 3
          ? 'Borgeren bor i boligen og betaler husleje. Har fået møbler via Tilskud.'
          : milestone === 6
            ? 'Borgeren beholder boligen; god kontakt til støtten.'
            : 'Et år i egen bolig. Borgeren klarer sig med mindre støtte.',
    });
  }
  return { allocationId, ownHomePeriodId, courseId, decisionId };
}
