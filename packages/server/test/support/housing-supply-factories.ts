/** Housing-supply records written straight to the database (the rules are tested through the API). */
import type { VacancyEndReason } from '@hjemvej/domain';
import type { Db } from '../../src/database/connection';

/** Makes the partner a housing association (the factories' partners are NGOs). */
export async function makeHousingAssociation(db: Db, partnerId: string): Promise<void> {
  await db.updateTable('organisations').set({ partner_type: 'housing_association' }).where('id', '=', partnerId).execute();
}

export async function createAllocationAgreement(
  db: Db,
  values: { organisationId: string; housingOrganisationId: string; dwellingCount?: number; validFrom?: string },
) {
  return db
    .insertInto('allocation_agreements')
    .values({
      organisation_id: values.organisationId,
      housing_organisation_id: values.housingOrganisationId,
      title: 'Anvisningsaftale',
      legal_basis: 'voluntary_agreement',
      dwelling_count: values.dwellingCount ?? 10,
      share: null,
      valid_from: values.validFrom ?? '2025-01-01',
      revisit_on: '2027-01-01',
      created_by_user_id: null,
      updated_by_user_id: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

/** A dwelling of a housing organisation, or of a private landlord (`landlordName`, no housing organisation). */
export async function createDwelling(
  db: Db,
  values: {
    organisationId: string;
    housingOrganisationId?: string;
    landlordName?: string;
    agreementId?: string | null;
    monthlyRent?: number;
    rooms?: number;
    area?: string;
    address?: string;
    subsidyEndsOn?: string | null;
  },
) {
  return db
    .insertInto('dwellings')
    .values({
      organisation_id: values.organisationId,
      housing_organisation_id: values.housingOrganisationId ?? null,
      agreement_id: values.agreementId ?? null,
      landlord_name: values.landlordName ?? null,
      address: values.address ?? 'Testvej 1, 1. tv.',
      area: values.area ?? 'Vollsmose',
      dwelling_type: 'family',
      size_m2: 45,
      rooms: values.rooms ?? 2,
      monthly_rent: values.monthlyRent ?? 3400,
      subsidy_ends_on: values.subsidyEndsOn ?? null,
      created_by_user_id: null,
      updated_by_user_id: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function createVacancy(
  db: Db,
  values: {
    organisationId: string;
    dwellingId: string;
    availableFrom: string;
    monthlyRent?: number;
    endedOn?: string;
    endReason?: VacancyEndReason;
  },
) {
  return db
    .insertInto('dwelling_vacancies')
    .values({
      organisation_id: values.organisationId,
      dwelling_id: values.dwellingId,
      available_from: values.availableFrom,
      monthly_rent: values.monthlyRent ?? 3400,
      ended_on: values.endedOn ?? null,
      end_reason: values.endedOn ? (values.endReason ?? 'returned') : null,
      reported_by_organisation_id: values.organisationId,
      reported_by_user_id: null,
      reported_by_name: 'Test',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function createHousingOffer(
  db: Db,
  values: { organisationId: string; vacancyId: string; citizenId: string; offeredOn?: string },
) {
  return db
    .insertInto('housing_offers')
    .values({
      organisation_id: values.organisationId,
      vacancy_id: values.vacancyId,
      citizen_id: values.citizenId,
      offered_on: values.offeredOn ?? '2025-03-01',
      answer_deadline: '2025-03-15',
      created_by_user_id: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function createGuaranteeCase(db: Db, values: { organisationId: string; dwellingId: string }) {
  return db
    .insertInto('guarantee_cases')
    .values({
      organisation_id: values.organisationId,
      dwelling_id: values.dwellingId,
      citizen_id: null,
      moved_out_on: '2025-02-01',
      repair_claim: 12000,
      created_by_user_id: null,
      updated_by_user_id: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}
