/** The own organisation, its units and its partners (§ 110 shelters, NGOs, housing associations …). */
import type { FastifyInstance } from 'fastify';
import { organisationRoutes } from '@hjemvej/contract';
import type { Db } from '../../database/connection';
import { ConflictError, UnprocessableError, requireFound } from '../../http/errors';
import { registerSecuredRoute } from '../../http/secured-route';
import { diffChanges } from '../../audit/audit-event';
import {
  findMunicipalities,
  findOrganisation,
  findOrganisationSummaries,
  findPartnerById,
  findPartners,
  findUnitById,
  findUnits,
  isPartnerShared,
  isUnitNameTaken,
} from './organisation-queries';

export function registerOrganisationRoutes(app: FastifyInstance, db: Db): void {
  registerSecuredRoute(app, db, organisationRoutes.read, async (ctx) => {
    const organisation = requireFound(await findOrganisation(ctx.tx, ctx.actor.organisationId));
    return organisation;
  });

  registerSecuredRoute(app, db, organisationRoutes.list, async (ctx) => {
    return { items: await findOrganisationSummaries(ctx.tx, ctx.scope) };
  });

  registerSecuredRoute(app, db, organisationRoutes.municipalities, async (ctx) => {
    return { items: await findMunicipalities(ctx.tx) };
  });

  registerSecuredRoute(app, db, organisationRoutes.units, async (ctx) => {
    return { items: await findUnits(ctx.tx, ctx.scope, ctx.actor.organisationId) };
  });

  registerSecuredRoute(app, db, organisationRoutes.createUnit, async (ctx, { body }) => {
    if (await isUnitNameTaken(ctx.tx, ctx.actor.organisationId, body.name)) throw new ConflictError('unit_name_taken', 'name');
    const { id } = await ctx.tx
      .insertInto('units')
      .values({ organisation_id: ctx.actor.organisationId, name: body.name, kind: body.kind })
      .returning('id')
      .executeTakeFirstOrThrow();
    ctx.describe({ subjectType: 'unit', subjectId: id, changes: { ...body } });
    const unit = requireFound(await findUnitById(ctx.tx, ctx.scope, id));
    return unit;
  });

  registerSecuredRoute(app, db, organisationRoutes.updateUnit, async (ctx, { params, body }) => {
    const before = requireFound(await findUnitById(ctx.tx, ctx.scope, params.id));
    if (body.name && (await isUnitNameTaken(ctx.tx, before.organisationId, body.name, before.id))) {
      throw new ConflictError('unit_name_taken', 'name');
    }
    await ctx.tx
      .updateTable('units')
      .set({
        ...(body.name !== undefined ? { name: body.name } : {}),
        ...(body.kind !== undefined ? { kind: body.kind } : {}),
        ...(body.isActive !== undefined ? { is_active: body.isActive } : {}),
      })
      .where('id', '=', before.id)
      .execute();
    const after = requireFound(await findUnitById(ctx.tx, ctx.scope, params.id));
    ctx.describe({
      subjectType: 'unit',
      dataOrganisationId: before.organisationId,
      changes: diffChanges({ name: before.name, kind: before.kind, isActive: before.isActive }, body),
    });
    return after;
  });

  registerSecuredRoute(app, db, organisationRoutes.partners, async (ctx) => {
    return { items: await findPartners(ctx.tx, ctx.scope, ctx.actor.organisationId) };
  });

  registerSecuredRoute(app, db, organisationRoutes.createPartner, async (ctx, { body }) => {
    const { id } = await ctx.tx
      .insertInto('organisations')
      .values({
        kind: body.kind,
        name: body.name,
        municipality_code: null,
        partner_type: body.kind === 'partner' ? (body.partnerType ?? null) : null,
        shelter_operator: body.kind === 'shelter' ? (body.shelterOperator ?? null) : null,
        contact_email: body.contactEmail ?? null,
        contact_phone: body.contactPhone ?? null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await ctx.tx
      .insertInto('organisation_partners')
      .values({ organisation_id: ctx.actor.organisationId, partner_id: id })
      .execute();
    ctx.describe({ subjectType: 'partner', subjectId: id, changes: { ...body } });
    const partner = requireFound(await findPartnerById(ctx.tx, ctx.scope, ctx.actor.organisationId, id));
    return partner;
  });

  registerSecuredRoute(app, db, organisationRoutes.updatePartner, async (ctx, { params, body }) => {
    const before = requireFound(await findPartnerById(ctx.tx, ctx.scope, ctx.actor.organisationId, params.id));
    if (ctx.scope.kind !== 'all' && (await isPartnerShared(ctx.tx, ctx.actor.organisationId, before.id))) {
      throw new UnprocessableError('partner_shared');
    }
    if (body.partnerType !== undefined && before.kind !== 'partner')
      throw new UnprocessableError('partner_type_required', 'partnerType');
    if (body.shelterOperator !== undefined && before.kind !== 'shelter') {
      throw new UnprocessableError('shelter_operator_required', 'shelterOperator');
    }
    await ctx.tx
      .updateTable('organisations')
      .set({
        ...(body.name !== undefined ? { name: body.name } : {}),
        ...(body.partnerType !== undefined ? { partner_type: body.partnerType } : {}),
        ...(body.shelterOperator !== undefined ? { shelter_operator: body.shelterOperator } : {}),
        ...(body.contactEmail !== undefined ? { contact_email: body.contactEmail } : {}),
        ...(body.contactPhone !== undefined ? { contact_phone: body.contactPhone || null } : {}),
      })
      .where('id', '=', before.id)
      .execute();
    const after = requireFound(await findPartnerById(ctx.tx, ctx.scope, ctx.actor.organisationId, before.id));
    ctx.describe({ subjectType: 'partner', changes: diffChanges(before, body) });
    return after;
  });

  registerSecuredRoute(app, db, organisationRoutes.removePartner, async (ctx, { params }) => {
    const partner = requireFound(await findPartnerById(ctx.tx, ctx.scope, ctx.actor.organisationId, params.id));
    await ctx.tx
      .deleteFrom('organisation_partners')
      .where('organisation_id', '=', ctx.actor.organisationId)
      .where('partner_id', '=', partner.id)
      .execute();
    ctx.describe({ subjectType: 'partner', changes: { name: partner.name } });
    return null;
  });
}
