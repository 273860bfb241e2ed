/**
 * Demo data for housing supply, in Demo Kommune with its housing association Boligselskabet
 * Fjordbo (who signs in as fjordbo@demo.hjemvej.dk):
 * - the written policies (priority: longest ready to move; refusal: a conversation, kept on the list);
 * - two allocation agreements with Fjordbo (a voluntary agreement on 8 dwellings, used 1; the
 *   council's ¼ decision), the first due for a revisit in two months;
 * - seven dwellings, with vacancies in every state: one vacant for 40 days (running up rent loss,
 *   escalated), one vacant for 5 days with a declined offer, one offered and waiting for the
 *   answer, one becoming vacant in 10 days, one let through an accepted offer (the allocation on
 *   the course), one returned to Fjordbo with its final rent loss, a skæv bolig whose subsidy
 *   ends in four months;
 * - housing profiles for the citizens waiting for a home;
 * - a guarantee case after a move-out, and an eviction warning with its urgent task.
 */
import { addDays, addMonths, type IsoDate } from '@hjemvej/domain';
import type { Transaction } from 'kysely';
import type { Database } from '../database/schema';
import { demoKeyCitizens } from './seed-demo-citizens';
import { demoCitizenId } from './records/demo-lookup-queries';
import { insertTask } from '../modules/tasks/task-queries';

type Tx = Transaction<Database>;

async function idOf(tx: Tx, table: 'organisations' | 'units', name: string, organisationId?: string): Promise<string> {
  let query = tx.selectFrom(table).select('id').where('name', '=', name);
  if (organisationId !== undefined) query = query.where('organisation_id', '=', organisationId);
  const row = await query.executeTakeFirstOrThrow();
  return row.id;
}

export const demoHousingAssociationAccount = {
  email: 'fjordbo@demo.hjemvej.dk',
  displayName: 'Frida Fjordbo',
} as const;

export async function seedDemoHousingSupply(tx: Tx, today: IsoDate, passwordHash: string): Promise<void> {
  const demo = await idOf(tx, 'organisations', 'Demo Kommune');
  const fjordbo = await idOf(tx, 'organisations', 'Boligselskabet Fjordbo');
  const cti = await idOf(tx, 'units', 'CTI-team', demo);
  await tx
    .insertInto('users')
    .values({
      organisation_id: fjordbo,
      email: demoHousingAssociationAccount.email,
      display_name: demoHousingAssociationAccount.displayName,
      role: 'partner_member',
      password_hash: passwordHash,
      is_demo: true,
    })
    .execute();

  await tx
    .insertInto('housing_supply_settings')
    .values({
      organisation_id: demo,
      escalation_days: JSON.stringify([7, 14, 30]),
      priority_policy: 'ready_longest',
      priority_policy_text:
        'Byrådets boligsociale anvisningspolitik 2025: blandt borgere, der opfylder de faste krav, tilbydes boligen først den, der har været klar til at flytte længst.',
      refusal_consequence: 'counselling',
      refusal_policy_text:
        'Siger borgeren nej til et tilbud, holder boligkonsulenten en samtale med borgeren om afslaget inden for 5 arbejdsdage. Borgeren bliver på listen.',
      // Used only if the policy is changed to taking the citizen off the list (then a decision).
      refusal_appeal_guidance:
        'Du kan klage over afgørelsen til Demo Kommune, Boliganvisningen. Kommunen genvurderer afgørelsen og svarer dig skriftligt.',
      default_max_rent: 3500,
      updated_by_user_id: null,
    })
    .execute();

  const agreementId = (
    await tx
      .insertInto('allocation_agreements')
      .values({
        organisation_id: demo,
        housing_organisation_id: fjordbo,
        title: 'Aftale om boligsocial anvisning med Fjordbo 2025–2027',
        legal_basis: 'voluntary_agreement',
        dwelling_count: 8,
        share: null,
        valid_from: `${today.slice(0, 4)}-01-01`,
        valid_to: `${Number(today.slice(0, 4)) + 2}-12-31`,
        revisit_on: addMonths(today, 2),
        contact_name: 'Udlejningschef Jens Bak',
        contact_email: 'udlejning@fjordbo.demo',
        contact_phone: '66 11 22 33',
        created_by_user_id: null,
        updated_by_user_id: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
  await tx
    .insertInto('allocation_agreements')
    .values({
      organisation_id: demo,
      housing_organisation_id: fjordbo,
      title: 'Byrådets beslutning om hver fjerde ledige familiebolig',
      legal_basis: 'decision_quarter',
      share: 0.25,
      dwelling_count: null,
      valid_from: '2024-01-01',
      valid_to: null,
      revisit_on: addMonths(today, 10),
      created_by_user_id: null,
      updated_by_user_id: null,
    })
    .execute();

  const dwelling = async (values: {
    address: string;
    area: string;
    type: Database['dwellings']['dwelling_type'];
    rent: number;
    rooms: number;
    size: number;
    subsidyEndsOn?: IsoDate;
    accessible?: boolean;
  }) =>
    (
      await tx
        .insertInto('dwellings')
        .values({
          organisation_id: demo,
          agreement_id: agreementId,
          housing_organisation_id: fjordbo,
          landlord_name: null,
          department: `Afdeling ${values.area}`,
          address: values.address,
          area: values.area,
          dwelling_type: values.type,
          size_m2: values.size,
          rooms: values.rooms,
          floor: 1,
          monthly_rent: values.rent,
          utilities_estimate: 600,
          deposit: values.rent * 3,
          is_accessible: values.accessible ?? false,
          subsidy_ends_on: values.subsidyEndsOn ?? null,
          created_by_user_id: null,
          updated_by_user_id: null,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const vacancy = async (
    dwellingId: string,
    rent: number,
    availableFrom: IsoDate,
    end?: { on: IsoDate; reason: 'let_by_allocation' | 'returned' },
  ) =>
    (
      await tx
        .insertInto('dwelling_vacancies')
        .values({
          organisation_id: demo,
          dwelling_id: dwellingId,
          available_from: availableFrom,
          monthly_rent: rent,
          ended_on: end?.on ?? null,
          end_reason: end?.reason ?? null,
          reported_by_organisation_id: fjordbo,
          reported_by_user_id: null,
          reported_by_name: demoHousingAssociationAccount.displayName,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;

  const long = await dwelling({
    address: 'Ejbygade 14, 2. th.',
    area: 'Vollsmose',
    type: 'family',
    rent: 4100,
    rooms: 2,
    size: 55,
  });
  const fresh = await dwelling({
    address: 'Hjallesevej 3, st. tv.',
    area: 'Bolbro',
    type: 'saerligt_billig',
    rent: 3400,
    rooms: 1,
    size: 38,
    accessible: true,
  });
  const offered = await dwelling({
    address: 'Korsløkkevej 9, 1. mf.',
    area: 'Korsløkke',
    type: 'family',
    rent: 3300,
    rooms: 1,
    size: 40,
  });
  const upcoming = await dwelling({
    address: 'Tarupvej 21, 3. tv.',
    area: 'Tarup',
    type: 'youth',
    rent: 2900,
    rooms: 1,
    size: 30,
  });
  const let_ = await dwelling({ address: 'Dalumvej 5, st. th.', area: 'Dalum', type: 'family', rent: 3450, rooms: 2, size: 52 });
  const returned = await dwelling({
    address: 'Skibhusvej 40, 2. tv.',
    area: 'Skibhus',
    type: 'family',
    rent: 4800,
    rooms: 3,
    size: 74,
  });
  await dwelling({
    address: 'Havnegade 2A',
    area: 'Havnen',
    type: 'skaev',
    rent: 2600,
    rooms: 1,
    size: 32,
    subsidyEndsOn: addMonths(today, 4),
  });

  const longVacancy = await vacancy(long, 4100, addDays(today, -40));
  const freshVacancy = await vacancy(fresh, 3400, addDays(today, -5));
  const offeredVacancy = await vacancy(offered, 3300, addDays(today, -9));
  await vacancy(upcoming, 2900, addDays(today, 10));
  const letVacancy = await vacancy(let_, 3450, addDays(today, -70), { on: addDays(today, -52), reason: 'let_by_allocation' });
  await vacancy(returned, 4800, addDays(today, -120), { on: addDays(today, -75), reason: 'returned' });
  // The long vacancy has passed its thresholds; the escalations were sent when they were reached.
  await tx
    .insertInto('vacancy_escalations')
    .values([7, 14, 30].map((threshold_days) => ({ vacancy_id: longVacancy, threshold_days })))
    .execute();

  // Housing profiles of the citizens waiting for a home.
  interface DemoProfile {
    readonly name: { firstName: string; lastName: string };
    readonly readyInDays: number | null;
    readonly wished: string[];
    readonly excluded: string[];
    readonly rent: number;
    readonly supportPlanned: boolean;
  }
  const profiles: DemoProfile[] = [
    {
      name: demoKeyCitizens.readyToMove,
      readyInDays: -75,
      wished: ['Bolbro', 'Korsløkke'],
      excluded: [],
      rent: 3800,
      supportPlanned: false,
    },
    { name: demoKeyCitizens.waitingForHousing, readyInDays: -40, wished: [], excluded: [], rent: 3500, supportPlanned: true },
    {
      name: demoKeyCitizens.blockedDischarge,
      readyInDays: -20,
      wished: [],
      excluded: ['Vollsmose'],
      rent: 3600,
      supportPlanned: false,
    },
    { name: demoKeyCitizens.noPlan142, readyInDays: null, wished: [], excluded: [], rent: 3200, supportPlanned: false },
    {
      name: demoKeyCitizens.pendingNotification,
      readyInDays: -10,
      wished: ['Tarup'],
      excluded: [],
      rent: 3000,
      supportPlanned: true,
    },
  ];
  for (const p of profiles) {
    const id = await demoCitizenId(tx, demo, p.name);
    if (id === null) continue;
    await tx
      .insertInto('housing_profiles')
      .values({
        citizen_id: id,
        organisation_id: demo,
        wished_areas: JSON.stringify(p.wished),
        excluded_areas: JSON.stringify(p.excluded),
        household_size: 1,
        affordable_rent: p.rent,
        ready_to_move_on: p.readyInDays === null ? null : addDays(today, p.readyInDays),
        support_planned: p.supportPlanned,
        updated_by_user_id: null,
      })
      .execute();
  }

  interface DemoOffer {
    readonly vacancyId: string;
    readonly citizenId: string;
    readonly offeredOn: IsoDate;
    readonly answer?: 'pending' | 'accepted' | 'declined';
    readonly answered_on?: IsoDate;
    readonly decline_reason?: string;
    readonly refusal_consequence?: 'counselling';
    readonly housing_allocation_id?: string;
  }
  const offer = async (values: DemoOffer) =>
    tx
      .insertInto('housing_offers')
      .values({
        organisation_id: demo,
        vacancy_id: values.vacancyId,
        citizen_id: values.citizenId,
        offered_on: values.offeredOn,
        answer_deadline: addDays(values.offeredOn, 7),
        viewing_on: addDays(values.offeredOn, 2),
        answer: values.answer ?? 'pending',
        answered_on: values.answered_on ?? null,
        decline_reason: values.decline_reason ?? null,
        refusal_consequence: values.refusal_consequence ?? null,
        housing_allocation_id: values.housing_allocation_id ?? null,
        created_by_user_id: null,
      })
      .execute();
  const waiting = await demoCitizenId(tx, demo, demoKeyCitizens.waitingForHousing);
  const blocked = await demoCitizenId(tx, demo, demoKeyCitizens.blockedDischarge);
  if (blocked !== null)
    await offer({
      vacancyId: freshVacancy,
      citizenId: blocked,
      offeredOn: addDays(today, -4),
      answer: 'declined',
      answered_on: addDays(today, -2),
      decline_reason: 'Ønsker at bo tættere på sin søster i Dalum.',
      refusal_consequence: 'counselling',
    });
  if (waiting !== null) await offer({ vacancyId: offeredVacancy, citizenId: waiting, offeredOn: addDays(today, -3) });

  // The let dwelling: the accepted offer is the allocation the course already shows.
  const newlyMovedIn = await demoCitizenId(tx, demo, demoKeyCitizens.newlyMovedIn);
  const allocation =
    newlyMovedIn === null
      ? undefined
      : await tx
          .selectFrom('housing_allocations')
          .select(['id', 'allocated_on'])
          .where('citizen_id', '=', newlyMovedIn)
          .executeTakeFirst();
  if (newlyMovedIn !== null && allocation)
    await offer({
      vacancyId: letVacancy,
      citizenId: newlyMovedIn,
      offeredOn: allocation.allocated_on < addDays(today, -60) ? allocation.allocated_on : addDays(today, -60),
      answer: 'accepted',
      answered_on: allocation.allocated_on < addDays(today, -60) ? allocation.allocated_on : addDays(today, -55),
      housing_allocation_id: allocation.id,
    });

  await tx
    .insertInto('guarantee_cases')
    .values({
      organisation_id: demo,
      dwelling_id: returned,
      citizen_id: null,
      moved_out_on: addDays(today, -120),
      repair_claim: 23500,
      municipal_payment: 23500,
      paid_on: addDays(today, -90),
      recovery_claimed: 23500,
      recovered: 4000,
      note: 'Istandsættelse af gulve og maling efter fraflytning. Afdragsordning med den tidligere lejer: 500 kr. om måneden.',
      created_by_user_id: null,
      updated_by_user_id: null,
    })
    .execute();

  // An eviction warning for a citizen in a CTI course: an urgent task for the CTI team.
  const warned = await demoCitizenId(tx, demo, demoKeyCitizens.ctiPhase2);
  let taskId: string | null = null;
  if (warned !== null) {
    taskId = await insertTask(tx, {
      organisation_id: demo,
      citizen_id: warned,
      unit_id: cti,
      title: 'Varsel om udsættelse – kontakt borgeren',
      description: 'Boligselskabet Fjordbo · restance 14.500 kr.',
      status: 'open',
      is_urgent: true,
      due_on: addDays(today, 1),
      normal_due_on: null,
      opened_at: new Date(),
      created_by_user_id: null,
    });
  }
  await tx
    .insertInto('eviction_warnings')
    .values({
      organisation_id: demo,
      citizen_id: warned,
      tenant_name: `${demoKeyCitizens.ctiPhase2.firstName} ${demoKeyCitizens.ctiPhase2.lastName}`,
      tenant_address: 'Vestergade 77, 1. th.',
      landlord_name: 'Boligselskabet Fjordbo',
      received_on: addDays(today, -1),
      court_date: addDays(today, 20),
      arrears: 14500,
      task_id: taskId,
      created_by_user_id: null,
    })
    .execute();
}
