/**
 * `hjemvej create-user`: the first administrator of a new installation, or any user,
 * without the web app. The same rules as the API: the role must fit the organisation's
 * kind, the e-mail must be unique, the password at least 12 characters (argon2id).
 */
import { emailSchema, textSchema } from '@hjemvej/contract';
import { isRoleAllowedInOrganisation, organisationKinds, roles, type OrganisationKind, type Role } from '@hjemvej/domain';
import { appendAuditEvents } from '../../audit/audit-writer';
import type { Db } from '../../database/connection';
import { hashPassword } from '../../modules/auth/passwords';
import type { CliContext } from '../cli-context';
import { requireLatestSchema, withDatabase } from '../cli-database';
import { CliError } from '../cli-error';
import { choosePassword } from '../password-source';

export interface CreateUserOptions {
  readonly email: string;
  readonly name: string;
  readonly role: string;
  readonly organisation: string;
  readonly unit?: readonly string[];
  readonly password?: string;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function parseRole(value: string): Role {
  const role = roles.find((r) => r === value);
  if (!role) throw new CliError(`unknown role "${value}"; roles: ${roles.join(', ')}`);
  return role;
}

export function parseEmail(value: string): string {
  const result = emailSchema.safeParse(value);
  if (!result.success) throw new CliError(`"${value}" is not a valid e-mail address`);
  return result.data;
}

export function parseDisplayName(value: string): string {
  const result = textSchema(120).safeParse(value);
  if (!result.success) throw new CliError('the name must be 1 to 120 characters');
  return result.data;
}

interface Organisation {
  readonly id: string;
  readonly name: string;
  readonly kind: OrganisationKind;
}

function asKind(value: string): OrganisationKind {
  const kind = organisationKinds.find((k) => k === value);
  if (!kind) throw new Error(`unexpected organisation kind ${value}`);
  return kind;
}

/** By id, or by its exact name (which must then be unambiguous). */
export async function findOrganisation(db: Db, reference: string): Promise<Organisation> {
  const byId = uuidPattern.test(reference);
  const rows = await db
    .selectFrom('organisations')
    .select(['id', 'name', 'kind'])
    .where(byId ? 'id' : 'name', '=', byId ? reference.toLowerCase() : reference)
    .orderBy('created_at')
    .execute();
  if (rows.length > 1) {
    throw new CliError(
      `${rows.length} organisations are named "${reference}"; give the id instead (${rows.map((r) => r.id).join(', ')})`,
    );
  }
  const row = rows[0];
  if (row) return { id: row.id, name: row.name, kind: asKind(row.kind) };
  if (byId) throw new CliError(`no organisation has the id ${reference}`);
  const similar = await db
    .selectFrom('organisations')
    .select('name')
    .where('name', 'ilike', `%${reference.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)
    .orderBy('name')
    .limit(5)
    .execute();
  const hint = similar.length > 0 ? `; did you mean ${similar.map((s) => `"${s.name}"`).join(' or ')}?` : '';
  throw new CliError(`no organisation is named "${reference}" (names must match exactly)${hint}`);
}

async function findUnits(db: Db, organisation: Organisation, names: readonly string[]): Promise<{ id: string; name: string }[]> {
  if (names.length === 0) return [];
  const units = await db
    .selectFrom('units')
    .select(['id', 'name', 'is_active'])
    .where('organisation_id', '=', organisation.id)
    .orderBy('name')
    .execute();
  const found = new Map<string, { id: string; name: string }>();
  for (const name of names) {
    const unit = units.find((u) => u.name.toLowerCase() === name.trim().toLowerCase());
    if (!unit) {
      const known = units.filter((u) => u.is_active).map((u) => `"${u.name}"`);
      throw new CliError(
        `${organisation.name} has no unit "${name}"${known.length ? `; its units: ${known.join(', ')}` : ' (it has no units)'}`,
      );
    }
    if (!unit.is_active) throw new CliError(`the unit "${unit.name}" of ${organisation.name} is inactive`);
    found.set(unit.id, { id: unit.id, name: unit.name });
  }
  return [...found.values()];
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === '23505';
}

export async function createUserCommand(options: CreateUserOptions, context: CliContext): Promise<void> {
  const email = parseEmail(options.email);
  const displayName = parseDisplayName(options.name);
  const role = parseRole(options.role);
  const { password, source } = await choosePassword(options.password, context.stdin, () =>
    context.out.note('Reading the password from standard input (its first line; none generates one)…'),
  );

  await withDatabase(context, async (db) => {
    await requireLatestSchema(db);
    const organisation = await findOrganisation(db, options.organisation.trim());
    if (!isRoleAllowedInOrganisation(role, organisation.kind)) {
      const allowed = roles.filter((r) => isRoleAllowedInOrganisation(r, organisation.kind));
      throw new CliError(
        `the role ${role} is not allowed in ${organisation.name} (a ${organisation.kind}); allowed there: ${allowed.join(', ')}`,
      );
    }
    const units = await findUnits(db, organisation, options.unit ?? []);
    const unitIds = units.map((u) => u.id);
    const taken = await db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst();
    if (taken) throw new CliError(`a user with the e-mail ${email} already exists`);

    const passwordHash = await hashPassword(password);
    const id = await db
      .transaction()
      .execute(async (tx) => {
        const created = await tx
          .insertInto('users')
          .values({ organisation_id: organisation.id, email, display_name: displayName, role, password_hash: passwordHash })
          .returning('id')
          .executeTakeFirstOrThrow();
        if (unitIds.length > 0)
          await tx
            .insertInto('user_units')
            .values(unitIds.map((unit_id) => ({ user_id: created.id, unit_id })))
            .execute();
        await appendAuditEvents(tx, { actor: null, ip: null }, [
          {
            action: 'user.create',
            subjectType: 'user',
            subjectId: created.id,
            dataOrganisationId: organisation.id,
            changes: { displayName, email, role, unitIds, via: 'cli' },
          },
        ]);
        return created.id;
      })
      .catch((error: unknown) => {
        if (isUniqueViolation(error)) throw new CliError(`a user with the e-mail ${email} already exists`);
        throw error;
      });

    const unitNames = units.length > 0 ? `, units: ${units.map((u) => u.name).join(', ')}` : '';
    context.out.line(`Created user ${email} (${role}) in ${organisation.name}${unitNames}; id ${id}`);
    if (source === 'generated') context.out.line(`Password (shown only this once): ${password}`);
  });
}
