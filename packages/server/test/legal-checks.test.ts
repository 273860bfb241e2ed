/**
 * GET /api/citizens/:id/legal-checks: the course evaluated against the law today, each rule with
 * its source, status and plain-Danish text, audited; another municipality gets 404.
 */
import { describe, expect, it } from 'vitest';
import type { LegalChecks } from '@hjemvej/contract';
import { addDays } from '@hjemvej/domain';
import { todayInDenmark } from '../src/calendar/danish-time';
import { call, signInAs, useTestApp } from './support/test-app';
import { createDecision, createMunicipalityWithStaff } from './support/factories';
import { residentAtShelter } from './support/scenarios';
import { auditEvent } from './support/audit-events';

const t = useTestApp();

const today = todayInDenmark();

describe('legal checks of a course', () => {
  it('flags a shelter stay without plan and notification, with sources and the record to link', async () => {
    const { municipality: m, citizen, stay } = await residentAtShelter(t.db, { admittedOn: addDays(today, -30) });
    await createDecision(t.db, { citizenId: citizen.id, organisationId: m.organisation.id, decidedOn: addDays(today, -3) });
    const session = await signInAs(t.app, m.caseworker);
    const response = await call(t.app, session, { method: 'GET', url: `/api/citizens/${citizen.id}/legal-checks` });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json<LegalChecks>();
    expect(body.asOf).toBe(today);
    const byRule = new Map(body.items.map((item) => [item.ruleId, item]));

    const plan = byRule.get('shelter_plan_142');
    expect(plan).toMatchObject({ status: 'missing', subjectId: stay.id, subjectType: 'stay' });
    expect(plan?.source.text).toBe('Serviceloven § 142');
    expect(plan?.messageDa).toContain('31 dage uden en plan');

    const notification = byRule.get('handlekommune_notification_110_6');
    expect(notification).toMatchObject({ status: 'missing', subjectId: stay.id });
    expect(notification?.source.text).toBe('Serviceloven § 110, stk. 6');

    const discharge = byRule.get('discharge_conditions_110_5');
    expect(discharge?.status).toBe('missing');
    expect(discharge?.conditions.map((c) => [c.id, c.status, c.source.text])).toEqual([
      ['plan', 'missing', 'Serviceloven § 110, stk. 5, nr. 1'],
      ['housing_or_residential_offer', 'missing', 'Serviceloven § 110, stk. 5, nr. 2'],
      ['support_decision', 'met', 'Serviceloven § 110, stk. 5, nr. 3'],
      ['lease_and_move_in', 'missing', 'Serviceloven § 110, stk. 5, nr. 4'],
      ['residential_offer_move_in', 'not_applicable', 'Serviceloven § 110, stk. 5, nr. 5'],
    ]);
    expect(byRule.get('cti_phase_transition')).toBeUndefined();
    expect(body.attentionCount).toBeGreaterThanOrEqual(3);

    const event = await auditEvent(t.db, { action: 'course.legal_checks', citizenId: citizen.id }, [
      'action',
      'citizen_id',
      'subject_id',
    ]);
    expect(event).toEqual({ action: 'course.legal_checks', citizen_id: citizen.id, subject_id: citizen.id });
  });

  it('shows the shelter the checks of its resident, and another municipality gets 404', async () => {
    const { shelter, citizen } = await residentAtShelter(t.db, {
      admittedOn: addDays(today, -2),
      notifiedOn: addDays(today, -1),
    });
    const shelterSession = await signInAs(t.app, shelter.staff);
    const own = await call(t.app, shelterSession, { method: 'GET', url: `/api/citizens/${citizen.id}/legal-checks` });
    expect(own.statusCode).toBe(200);
    const notification = own.json<LegalChecks>().items.find((i) => i.ruleId === 'handlekommune_notification_110_6');
    expect(notification?.status).toBe('met');

    const other = await createMunicipalityWithStaff(t.db);
    const stranger = await signInAs(t.app, other.caseworker);
    const refused = await call(t.app, stranger, { method: 'GET', url: `/api/citizens/${citizen.id}/legal-checks` });
    expect(refused.statusCode).toBe(404);
    expect(refused.body).not.toContain(citizen.id);
  });
});
