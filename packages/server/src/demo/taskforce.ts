/**
 * Demo data for the taskforce course: Fjordby Kommune has applied and waits for an answer
 * (it would like to start next autumn); Demo Kommune was accepted a year ago, so its course is
 * in the development phase today.
 */
import { addMonths, seasonOf, type IsoDate, type Season } from '@hjemvej/domain';
import type { Transaction } from 'kysely';
import type { Database } from '../database/schema';

type Tx = Transaction<Database>;

async function organisationId(tx: Tx, name: string): Promise<string> {
  const row = await tx
    .selectFrom('organisations')
    .select('id')
    .where('name', '=', name)
    .where('is_demo', '=', true)
    .executeTakeFirstOrThrow();
  return row.id;
}

async function userId(tx: Tx, email: string): Promise<string> {
  const row = await tx.selectFrom('users').select('id').where('email', '=', email).executeTakeFirstOrThrow();
  return row.id;
}

/** The season Demo Kommune's course started in: a year ago, so the course is in development now. */
export function demoTaskforceSeason(today: IsoDate): Season {
  return seasonOf(addMonths(today, -12));
}

export async function seedDemoTaskforce(tx: Tx, today: IsoDate): Promise<void> {
  const fjordby = await organisationId(tx, 'Fjordby Kommune');
  const demo = await organisationId(tx, 'Demo Kommune');
  const consultant = await userId(tx, 'konsulent@demo.hjemvej.dk');
  const leader = await userId(tx, 'leder@demo.hjemvej.dk');
  const nextYear = Number(today.slice(0, 4)) + 1;

  const waiting = await tx
    .insertInto('taskforce_applications')
    .values({
      municipality_id: fjordby,
      need_housing_supply:
        'Vi har ingen aftale om anvisningsretten med boligorganisationerne, og ventetiden på en bolig er over et år.',
      need_support_methods: 'Vi vil i gang med CTI, men ved ikke, hvordan vi organiserer et team.',
      need_organisation: '',
      need_legal_quality: 'Vi er usikre på, om vores § 141-handleplaner lever op til kravene.',
      expectations:
        'At flere borgere kommer fra herberget til egen bolig med støtte inden for to måneder, og at vi får en fast plan for samarbejdet med boligorganisationerne.',
      preferred_year: nextYear,
      preferred_term: 'autumn',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await tx
    .insertInto('taskforce_application_contacts')
    .values([
      {
        application_id: waiting.id,
        name: 'Birgitte Bach',
        title: 'Socialchef',
        email: 'bib@fjordby.demo',
        phone: '72 11 22 33',
        position: 0,
      },
      {
        application_id: waiting.id,
        name: 'Ole Holm',
        title: 'Leder af myndighed voksne',
        email: 'oho@fjordby.demo',
        phone: '',
        position: 1,
      },
    ])
    .execute();

  const season = demoTaskforceSeason(today);
  const accepted = await tx
    .insertInto('taskforce_applications')
    .values({
      municipality_id: demo,
      status: 'accepted',
      need_housing_supply: 'For få billige boliger; vi bruger ikke hele anvisningsretten.',
      need_support_methods: 'ICM-teamet har for mange borgere pr. medarbejder.',
      need_organisation: 'Herberget og myndighed mangler en fast aftale om udskrivning.',
      need_legal_quality: '',
      expectations: 'Kortere tid fra herberg til egen bolig og færre, der vender tilbage til hjemløshed.',
      season_year: season.year,
      season_term: season.term,
      decided_by_user_id: consultant,
      decided_at: new Date(`${addMonths(today, -14)}T10:00:00Z`),
      submitted_by_user_id: leader,
      created_at: new Date(`${addMonths(today, -16)}T09:00:00Z`),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await tx
    .insertInto('taskforce_application_contacts')
    .values({
      application_id: accepted.id,
      name: 'Lars Leder',
      title: 'Leder',
      email: 'leder@demo.hjemvej.dk',
      phone: '',
      position: 0,
    })
    .execute();
}
