import { shelterStaysRoutes } from '@hjemvej/contract';
import { changeHook, citizenRecordsHook, citizenRecordsKey } from '../citizens/citizen-record-hooks';

export const shelterStaysKey = citizenRecordsKey('stays');

/** The citizen's § 110 stays (a shelter sees only its own), newest first as the server sends them. */
export const useShelterStays = citizenRecordsHook(shelterStaysRoutes.list, shelterStaysKey);

export const useRecordNotification = changeHook(shelterStaysRoutes.recordNotification);

export const useDischargeStay = changeHook(shelterStaysRoutes.discharge);
