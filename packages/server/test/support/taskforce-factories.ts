/** Taskforce records for tests, written straight to the database. */
import type { Db } from '../../src/database/connection';

export async function createTaskforceApplication(
  db: Db,
  values: {
    municipalityId: string;
    expectations?: string;
    status?: 'submitted' | 'accepted';
    season?: { year: number; term: 'spring' | 'autumn' };
  },
) {
  const application = await db
    .insertInto('taskforce_applications')
    .values({
      municipality_id: values.municipalityId,
      status: values.status ?? 'submitted',
      need_housing_supply: 'Ejerens behov for boliger',
      expectations: values.expectations ?? 'Ejerens forventninger til forløbet',
      season_year: values.season?.year ?? null,
      season_term: values.season?.term ?? null,
    })
    .returning(['id', 'expectations'])
    .executeTakeFirstOrThrow();
  await db
    .insertInto('taskforce_application_contacts')
    .values({ application_id: application.id, name: 'Ejerens kontaktperson', title: '', email: '', phone: '', position: 0 })
    .execute();
  return application;
}
