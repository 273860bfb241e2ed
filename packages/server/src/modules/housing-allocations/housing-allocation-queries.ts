/** SQL for housing allocations (anvisning). Every read is scoped through the citizen. */
import type { Insertable, Transaction, Updateable } from 'kysely';
import type { HousingAllocation } from '@hjemvej/contract';
import type { Actor } from '../../access/actor';
import { whereCitizenInScope } from '../../access/citizen-scope';
import type { Database } from '../../database/schema';
import { insertRow, updateRowById } from '../../database/row-writes';
import { citizenRecordReads } from '../../course/citizen-record-queries';

type Tx = Transaction<Database>;

function selectAllocations(tx: Tx, actor: Actor) {
  return tx
    .selectFrom('housing_allocations as ha')
    .leftJoin('organisations as p', 'p.id', 'ha.partner_id')
    .select([
      'ha.id',
      'ha.citizen_id as citizenId',
      'ha.address',
      'ha.landlord',
      'ha.partner_id as partnerId',
      'p.name as partnerName',
      'ha.monthly_rent as monthlyRent',
      'ha.rooms',
      'ha.allocated_on as allocatedOn',
      'ha.lease_signed_on as leaseSignedOn',
      'ha.planned_move_in_on as plannedMoveInOn',
      'ha.move_in_on as moveInOn',
      'ha.withdrawn_on as withdrawnOn',
      'ha.withdrawal_reason as withdrawalReason',
      'ha.move_in_housing_period_id as moveInHousingPeriodId',
      'ha.note',
      'ha.version',
      'ha.created_at as createdAt',
      'ha.updated_at as updatedAt',
    ])
    .where((eb) => whereCitizenInScope(eb, 'ha.citizen_id', actor, 'housing'));
}

export type AllocationRow = Awaited<ReturnType<ReturnType<typeof selectAllocations>['executeTakeFirstOrThrow']>>;

export function presentAllocation(row: AllocationRow): HousingAllocation {
  const status =
    row.withdrawnOn !== null
      ? 'withdrawn'
      : row.moveInOn !== null
        ? 'moved_in'
        : row.leaseSignedOn !== null
          ? 'lease_signed'
          : 'allocated';
  return {
    id: row.id,
    citizenId: row.citizenId,
    address: row.address,
    landlord: row.landlord,
    partner: row.partnerId !== null && row.partnerName !== null ? { id: row.partnerId, name: row.partnerName } : null,
    monthlyRent: row.monthlyRent,
    rooms: row.rooms,
    allocatedOn: row.allocatedOn,
    leaseSignedOn: row.leaseSignedOn,
    plannedMoveInOn: row.plannedMoveInOn,
    moveInOn: row.moveInOn,
    withdrawnOn: row.withdrawnOn,
    withdrawalReason: row.withdrawalReason,
    status,
    moveInHousingPeriodId: row.moveInHousingPeriodId,
    note: row.note,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

const allocationReads = citizenRecordReads(selectAllocations, 'ha', ['ha.allocated_on', 'ha.created_at']);
export const findAllocationRowById = allocationReads.findById;
/** The allocations of the person made of `recordIds`, newest first. */
export const findAllocationRowsOfPerson = allocationReads.findRowsOfPerson;

/**
 * True when `partnerId` is a housing association among the organisation's partners. Filters
 * by the relation to the actor's own organisation, so another municipality's partner is not found.
 */
export async function isHousingAssociationPartner(tx: Tx, organisationId: string, partnerId: string): Promise<boolean> {
  const row = await tx
    .selectFrom('organisation_partners as op')
    .innerJoin('organisations as p', 'p.id', 'op.partner_id')
    .select('p.id')
    .where('op.organisation_id', '=', organisationId)
    .where('op.partner_id', '=', partnerId)
    .where('p.kind', '=', 'partner')
    .where('p.partner_type', '=', 'housing_association')
    .executeTakeFirst();
  return row !== undefined;
}

export function insertAllocation(tx: Tx, values: Insertable<Database['housing_allocations']>): Promise<string> {
  return insertRow(tx, 'housing_allocations', values);
}

/** Sets columns of an allocation as given (no version bump: the caller writes the versioned change). */
export function updateAllocationRow(
  tx: Tx,
  allocationId: string,
  values: Updateable<Database['housing_allocations']>,
): Promise<void> {
  return updateRowById(tx, 'housing_allocations', allocationId, values);
}
