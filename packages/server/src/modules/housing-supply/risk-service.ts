/**
 * Risks to a home, and what a home cost: eviction warnings (almenlejeloven § 92 stk. 2: the
 * landlord notifies the municipality with the tenant's name and address) linked to the citizen
 * and the support team with an urgent task, and guarantee cases (the landlord's repair claim
 * after a tenant allocated by the municipality moved out, the municipality's payment, recovery).
 */
import type {
  CreateEvictionWarningBody,
  CreateGuaranteeCaseBody,
  EvictionWarning,
  GuaranteeCase,
  UpdateGuaranteeCaseBody,
} from '@hjemvej/contract';
import { authorize } from '../../access/policy';
import { formatDate, todayInDenmark } from '../../calendar/danish-time';
import { citizenAuditSubject } from '../../course/citizen-audit';
import { findPerson } from '../../course/person-queries';
import { NotFoundError, UnprocessableError } from '../../http/errors';
import type { DataContext } from '../../http/secured-route';
import { asOwnAuditEvent } from '../../course/course-writes';
import { createTask } from '../tasks/task-service';
import { assertSeenVersion } from '../versioning/version-conflict';
import { dwellingPolicy } from './dwelling-policy';
import {
  findCitizenIdsByCpr,
  findCitizenIdsByName,
  findGuaranteeRows,
  findWarningRows,
  insertGuaranteeRow,
  insertWarningRow,
  presentGuarantee,
  presentWarning,
  setWarningTask,
  unsafeFindSupportTeamUnit,
  updateGuaranteeRow,
} from './housing-risk-queries';
import { findOwnUnitOfKind } from './housing-supply-queries';
import { canWorkRegister, registerFacts, requireDwelling } from './supply-register-service';

export async function listEvictionWarnings(ctx: DataContext): Promise<{ items: EvictionWarning[]; canCreate: boolean }> {
  const rows = await findWarningRows(ctx.tx, ctx.actor);
  ctx.describe({
    subjectType: 'eviction_warning',
    dataOrganisationId: ctx.actor.organisationId,
    changes: { count: rows.length },
  });
  return { items: rows.map(presentWarning), canCreate: canWorkRegister(ctx) };
}

/** The citizen the notice is about: by CPR, else by exactly one citizen with the tenant's name. */
async function findWarnedCitizen(ctx: DataContext, body: CreateEvictionWarningBody): Promise<string | null> {
  if (body.cpr !== undefined) {
    const ids = await findCitizenIdsByCpr(ctx.tx, ctx.actor, body.cpr);
    if (ids.length === 1) return ids[0] ?? null;
  }
  const byName = await findCitizenIdsByName(ctx.tx, ctx.actor, body.tenantName);
  return byName.length === 1 ? (byName[0] ?? null) : null;
}

const warningTaskTitle = {
  da: 'Varsel om udsættelse – kontakt borgeren',
  en: 'Eviction warning – contact the citizen',
} as const;

export async function createEvictionWarning(ctx: DataContext, body: CreateEvictionWarningBody): Promise<EvictionWarning> {
  authorize(ctx, dwellingPolicy.workRegister, registerFacts(ctx));
  if (body.receivedOn > todayInDenmark()) throw new UnprocessableError('date_in_future', 'receivedOn');
  if (body.courtDate !== undefined && body.courtDate < body.receivedOn)
    throw new UnprocessableError('eviction_court_before_received', 'courtDate', {
      courtDate: formatDate(ctx.locale, body.courtDate),
      receivedOn: formatDate(ctx.locale, body.receivedOn),
    });
  const citizenId = await findWarnedCitizen(ctx, body);
  const person =
    citizenId !== null ? await findPerson(ctx.tx, ctx.actor, citizenId, { forUpdate: true, category: 'housing' }) : null;
  const id = await insertWarningRow(ctx.tx, {
    organisation_id: ctx.actor.organisationId,
    citizen_id: person?.root.id ?? null,
    tenant_name: body.tenantName,
    tenant_address: body.tenantAddress,
    landlord_name: body.landlordName,
    received_on: body.receivedOn,
    court_date: body.courtDate ?? null,
    arrears: body.arrears ?? null,
    note: body.note ?? '',
    created_by_user_id: ctx.actor.userId,
  });
  let taskId: string | null = null;
  if (person) {
    // The support team follows the citizen; without a running support course, the housing unit.
    const unitId =
      (await unsafeFindSupportTeamUnit(ctx.tx, person.recordIds)) ??
      (await findOwnUnitOfKind(ctx.tx, ctx.actor.organisationId, 'boliganvisning'))?.id ??
      null;
    if (unitId !== null) {
      const task = await createTask(asOwnAuditEvent(ctx, 'task.create'), person.root.id, {
        title: warningTaskTitle[ctx.locale],
        description: [body.landlordName, body.tenantAddress, body.courtDate ? formatDate(ctx.locale, body.courtDate) : null]
          .filter((p) => p !== null)
          .join(' · '),
        unitId,
        isUrgent: true,
      });
      taskId = task.id;
      await setWarningTask(ctx.tx, id, task.id);
    }
  }
  const [row] = await findWarningRows(ctx.tx, ctx.actor, id);
  if (!row) throw new NotFoundError();
  ctx.describe({
    subjectType: 'eviction_warning',
    subjectId: id,
    ...(person ? citizenAuditSubject(ctx, person) : { dataOrganisationId: ctx.actor.organisationId }),
    changes: { landlordName: body.landlordName, receivedOn: body.receivedOn, linked: person !== null, taskId },
  });
  return presentWarning(row);
}

// ── Guarantee cases ────────────────────────────────────────────────────────────────────────

export async function listGuaranteeCases(ctx: DataContext): Promise<{ items: GuaranteeCase[]; canCreate: boolean }> {
  const rows = await findGuaranteeRows(ctx.tx, ctx.actor);
  ctx.describe({ subjectType: 'guarantee_case', dataOrganisationId: ctx.actor.organisationId, changes: { count: rows.length } });
  return { items: rows.map(presentGuarantee), canCreate: canWorkRegister(ctx) };
}

interface GuaranteeAmounts {
  readonly movedOutOn: string;
  readonly paidOn: string | null;
  readonly recoveryClaimed: number | null;
  readonly recovered: number | null;
}

function assertGuarantee(ctx: DataContext, g: GuaranteeAmounts): void {
  if (g.movedOutOn > todayInDenmark()) throw new UnprocessableError('date_in_future', 'movedOutOn');
  if (g.paidOn !== null && g.paidOn < g.movedOutOn)
    throw new UnprocessableError('guarantee_paid_before_move_out', 'paidOn', {
      paidOn: formatDate(ctx.locale, g.paidOn),
      movedOutOn: formatDate(ctx.locale, g.movedOutOn),
    });
  if (g.recovered !== null && g.recovered > (g.recoveryClaimed ?? 0))
    throw new UnprocessableError('guarantee_recovered_above_claimed', 'recovered', {
      recovered: g.recovered,
      recoveryClaimed: g.recoveryClaimed ?? 0,
    });
}

export async function createGuaranteeCase(ctx: DataContext, body: CreateGuaranteeCaseBody): Promise<GuaranteeCase> {
  authorize(ctx, dwellingPolicy.workRegister, registerFacts(ctx));
  const dwelling = await requireDwelling(ctx, body.dwellingId).catch(() => {
    throw new UnprocessableError('dwelling_unknown', 'dwellingId');
  });
  authorize(ctx, dwellingPolicy.workRegister, dwelling);
  const person = body.citizenId !== undefined ? await findPerson(ctx.tx, ctx.actor, body.citizenId) : null;
  if (body.citizenId !== undefined && !person) throw new NotFoundError();
  assertGuarantee(ctx, {
    movedOutOn: body.movedOutOn,
    paidOn: body.paidOn ?? null,
    recoveryClaimed: body.recoveryClaimed ?? null,
    recovered: body.recovered ?? null,
  });
  const id = await insertGuaranteeRow(ctx.tx, {
    organisation_id: ctx.actor.organisationId,
    dwelling_id: dwelling.id,
    citizen_id: person?.root.id ?? null,
    moved_out_on: body.movedOutOn,
    repair_claim: body.repairClaim,
    municipal_payment: body.municipalPayment ?? null,
    paid_on: body.paidOn ?? null,
    recovery_claimed: body.recoveryClaimed ?? null,
    recovered: body.recovered ?? null,
    note: body.note ?? '',
    created_by_user_id: ctx.actor.userId,
    updated_by_user_id: ctx.actor.userId,
  });
  const [row] = await findGuaranteeRows(ctx.tx, ctx.actor, id);
  if (!row) throw new NotFoundError();
  ctx.describe({
    subjectType: 'guarantee_case',
    subjectId: id,
    ...(person ? citizenAuditSubject(ctx, person) : { dataOrganisationId: ctx.actor.organisationId }),
    changes: { ...body },
  });
  return presentGuarantee(row);
}

export async function updateGuaranteeCase(
  ctx: DataContext,
  caseId: string,
  body: UpdateGuaranteeCaseBody,
): Promise<GuaranteeCase> {
  const [row] = await findGuaranteeRows(ctx.tx, ctx.actor, caseId, true);
  if (!row) throw new NotFoundError();
  authorize(ctx, dwellingPolicy.workRegister, registerFacts(ctx));
  await assertSeenVersion(ctx, row, body.version, 'guarantee_case.update', () => presentGuarantee(row));
  const next = {
    movedOutOn: row.movedOutOn,
    municipalPayment: body.municipalPayment !== undefined ? body.municipalPayment : row.municipalPayment,
    paidOn: body.paidOn !== undefined ? body.paidOn : row.paidOn,
    recoveryClaimed: body.recoveryClaimed !== undefined ? body.recoveryClaimed : row.recoveryClaimed,
    recovered: body.recovered !== undefined ? body.recovered : row.recovered,
  };
  assertGuarantee(ctx, next);
  await updateGuaranteeRow(ctx.tx, row.id, {
    municipal_payment: next.municipalPayment,
    paid_on: next.paidOn,
    recovery_claimed: next.recoveryClaimed,
    recovered: next.recovered,
    note: body.note ?? row.note,
    updated_by_user_id: ctx.actor.userId,
    updated_at: new Date(),
    version: row.version + 1,
  });
  const [after] = await findGuaranteeRows(ctx.tx, ctx.actor, row.id);
  if (!after) throw new NotFoundError();
  ctx.describe({
    subjectType: 'guarantee_case',
    subjectId: row.id,
    dataOrganisationId: ctx.actor.organisationId,
    changes: { ...body, version: { from: row.version, to: after.version } },
  });
  return presentGuarantee(after);
}
