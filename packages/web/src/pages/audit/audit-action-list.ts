import type { AuditAction } from '@hjemvej/contract';

/**
 * Every audit action, for the action filter. Kept as a record typed against the contract so
 * the compiler fails if an action is added or removed there (importing the contract's runtime
 * `auditActions` list would pull zod into the browser bundle).
 */
const actions: Record<AuditAction, true> = {
  'auth.sign_in': true,
  'auth.sign_in_failed': true,
  'auth.sign_in_locked': true,
  'auth.sign_out': true,
  'auth.session_expired': true,
  'access.refused': true,
  'organisation.read': true,
  'unit.list': true,
  'unit.create': true,
  'unit.update': true,
  'partner.list': true,
  'partner.create': true,
  'partner.update': true,
  'partner.remove': true,
  'user.list': true,
  'user.read': true,
  'user.create': true,
  'user.update': true,
  'user.deactivate': true,
  'user.reactivate': true,
  'user.password_reset': true,
  'user.preferences_update': true,
  'audit.search': true,
  'system.backup': true,
  'system.restore': true,
  'system.seed_demo': true,
  'citizen.search': true,
  'citizen.read': true,
  'citizen.create': true,
  'citizen.update': true,
  'citizen.cpr_reveal': true,
  'citizen.link': true,
  'citizen.split': true,
  'housing_period.list': true,
  'housing_period.create': true,
  'housing_period.update': true,
  'stay.list': true,
  'stay.admit': true,
  'stay.update': true,
  'stay.notify': true,
  'stay.discharge': true,
};

export const auditActionList = Object.keys(actions) as AuditAction[];
