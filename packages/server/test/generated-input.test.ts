/**
 * Generated bad input against every route of the contract: each class of input that once reached
 * the database and failed there with 500 is sent to every operation, and must be refused with 400
 * naming the field, before anything is stored. Routes are read from the contract's route lists,
 * so a new route is covered without a line here.
 *
 * The classes: a NUL character in any text (body, query, path), half a UTF-16 surrogate pair in any
 * text of a body (jsonb), an integer above PostgreSQL's `integer` (version numbers and every other
 * whole number), a date outside its sensible range (9999-12-31, 1000-01-01), an empty PATCH body,
 * and a NUL in the path of a route the caller's role may not use (403, and the refusal audited with
 * the id in a storable form).
 */
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as contract from '@hjemvej/contract';
import type { ErrorBody, RouteDefinition } from '@hjemvej/contract';
import { hasPermission, roleDefinitions, roles, type Role } from '@hjemvej/domain';
import { call, signInAs, useTestApp, type Session } from './support/test-app';
import { createOrganisation, createUser } from './support/factories';
import { auditEvents } from './support/audit-events';

const routes: RouteDefinition[] = Object.entries(contract)
  .filter(([name, value]) => name.endsWith('Routes') && typeof value === 'object' && value !== null)
  .flatMap(([, group]) => routesIn(group));

/** The routes of a contract route list, including nested ones (a record kind's version routes). */
function routesIn(value: unknown): RouteDefinition[] {
  if (typeof value !== 'object' || value === null) return [];
  if ('path' in value && 'method' in value) return [value as RouteDefinition];
  return Object.values(value).flatMap(routesIn);
}

type JsonSchema = {
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  prefixItems?: JsonSchema[];
  minItems?: number;
  minLength?: number;
  minimum?: number;
  exclusiveMinimum?: number;
  default?: unknown;
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
};

type LeafKind = 'text' | 'integer' | 'date';
interface Leaf {
  readonly path: (string | number)[];
  readonly kind: LeafKind;
}

/** A plausible value for a schema, and the paths of its text, whole-number and date leaves. */
function sample(schema: JsonSchema, root: JsonSchema, path: (string | number)[], leaves: Leaf[]): unknown {
  if (schema.$ref) {
    const name = schema.$ref.split('/').pop() ?? '';
    return sample(root.$defs?.[name] ?? {}, root, path, leaves);
  }
  const options = schema.anyOf ?? schema.oneOf;
  if (options) {
    const chosen = options.find((option) => option.type !== 'null') ?? options[0] ?? {};
    return sample(chosen, root, path, leaves);
  }
  if (schema.allOf?.[0]) return sample(schema.allOf[0], root, path, leaves);
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return schema.enum[0];
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type) {
    case 'string': {
      if (schema.format === 'date') {
        leaves.push({ path, kind: 'date' });
        return '2025-03-03';
      }
      leaves.push({ path, kind: 'text' });
      if (schema.format === 'uuid') return randomUUID();
      if (schema.format === 'email') return `probe.${randomUUID().slice(0, 8)}@test.hjemvej.dk`;
      if (schema.format === 'date-time') return new Date().toISOString();
      return 'Prøve'.padEnd(Math.max(5, schema.minLength ?? 0), 'x');
    }
    case 'integer':
      leaves.push({ path, kind: 'integer' });
      return Math.max(1, schema.minimum ?? 1);
    case 'number':
      return Math.max(1, schema.minimum ?? 1);
    case 'boolean':
      return true;
    case 'array': {
      const item = schema.items ?? schema.prefixItems?.[0] ?? { type: 'string' };
      return Array.from({ length: Math.max(1, schema.minItems ?? 1) }, (_, index) =>
        sample(item, root, [...path, index], leaves),
      );
    }
    case 'object':
      return Object.fromEntries(
        Object.entries(schema.properties ?? {}).map(([key, property]) => [key, sample(property, root, [...path, key], leaves)]),
      );
    case 'null':
      return null;
    case undefined:
    default:
      // Free-form (jsonb) content: text that must be storable as well.
      leaves.push({ path, kind: 'text' });
      return 'Prøve';
  }
}

function sampleOf(schema: z.ZodType | undefined): { value: unknown; leaves: Leaf[] } {
  if (!schema) return { value: undefined, leaves: [] };
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', metadata: z.registry() }) as JsonSchema;
  const leaves: Leaf[] = [];
  return { value: sample(json, json, [], leaves), leaves };
}

function withValues(value: unknown, leaves: readonly Leaf[], replacement: unknown): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  for (const leaf of leaves) {
    if (leaf.path.length === 0) return replacement;
    let target: Record<string | number, unknown> = copy;
    for (const key of leaf.path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
    target[leaf.path[leaf.path.length - 1] as string | number] = replacement;
  }
  return copy;
}

/** Path parameters whose pattern a sample cannot guess (a taskforce season is `autumn-2030`). */
const patternedParams: Readonly<Record<string, string>> = { season: 'autumn-2030' };

/** A valid value for each path parameter (an id, a phase number …). */
function validParam(route: RouteDefinition): (name: string) => string {
  const params = sampleOf(route.params).value as Record<string, unknown> | undefined;
  return (name) => {
    const patterned = patternedParams[name];
    if (patterned !== undefined) return patterned;
    const value = params?.[name];
    return typeof value === 'string' || typeof value === 'number' ? String(value) : randomUUID();
  };
}

function urlOf(route: RouteDefinition, paramValue: (name: string) => string, query?: unknown): string {
  const path = route.path.replace(/:([A-Za-z0-9_]+)/g, (_, name: string) => encodeURIComponent(paramValue(name)));
  if (query === undefined || query === null || typeof query !== 'object') return path;
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && typeof value !== 'object') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}

const paramNames = (route: RouteDefinition) => [...route.path.matchAll(/:([A-Za-z0-9_]+)/g)].map((match) => match[1] ?? '');
const joined = (path: readonly (string | number)[]) => path.join('.');

describe('generated bad input against every route', () => {
  const testApp = useTestApp();
  const sessions = new Map<Role, Session>();
  const userIds = new Map<Role, string>();

  beforeAll(async () => {
    for (const role of roles) {
      const kind = roleDefinitions[role].organisationKinds[0] ?? 'municipality';
      const organisation = await createOrganisation(testApp.db, { kind });
      const user = await createUser(testApp.db, organisation.id, { role });
      sessions.set(role, await signInAs(testApp.app, user));
      userIds.set(role, user.id);
    }
  });

  /** A session whose role may use the route (any session for public and all-users routes). */
  function sessionFor(route: RouteDefinition): Session {
    const permission = route.permission;
    const role = roles.find((r) => permission === null || permission === 'public' || hasPermission(r, permission));
    const session = role ? sessions.get(role) : undefined;
    if (!session) throw new Error(`no role may use ${route.name}`);
    return session;
  }

  function isServed(route: RouteDefinition): boolean {
    return testApp.app.routeCatalogue.some((entry) => entry.method === route.method && entry.url === route.path);
  }

  async function send(route: RouteDefinition, session: Session, url: string, body: unknown) {
    const response = await call(testApp.app, session, {
      method: route.method,
      url,
      headers: { 'accept-language': 'da' },
      remoteAddress: `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`,
      ...(body === undefined ? {} : { payload: body as Record<string, unknown> }),
    });
    return { status: response.statusCode, body: response.json<ErrorBody>() };
  }

  it('reads every operation from the contract, and the app serves no API route outside it', () => {
    expect(routes.length).toBeGreaterThanOrEqual(128);
    expect(new Set(routes.map((route) => route.name)).size).toBe(routes.length);
    const described = new Set(Object.values(contract.apiDescriptionPaths) as string[]);
    const outside = testApp.app.routeCatalogue
      .filter(
        (entry) =>
          entry.url.startsWith(contract.apiPathPrefix) && !described.has(entry.url) && !entry.url.startsWith('/api/docs'),
      )
      .filter((entry) => !routes.some((route) => route.method === entry.method && route.path === entry.url));
    expect(outside).toEqual([]);
  });

  /**
   * Sends the route's sample with every leaf of a kind replaced by a bad value, in body and query
   * (path parameters keep valid ids), and expects 400 naming each replaced field.
   */
  async function expectRefused(
    kind: LeafKind,
    bad: unknown,
    message: RegExp,
    options: { parts: readonly ('body' | 'query')[] },
  ): Promise<{ tried: number; failures: string[] }> {
    const failures: string[] = [];
    let tried = 0;
    for (const route of routes.filter(isServed)) {
      const body = sampleOf(route.body);
      const query = sampleOf(route.query);
      const bodyLeaves = options.parts.includes('body') ? body.leaves.filter((leaf) => leaf.kind === kind) : [];
      const queryLeaves = options.parts.includes('query') ? query.leaves.filter((leaf) => leaf.kind === kind) : [];
      if (bodyLeaves.length + queryLeaves.length === 0) continue;
      tried++;
      const url = urlOf(route, validParam(route), withValues(query.value, queryLeaves, bad));
      const answer = await send(route, sessionFor(route), url, withValues(body.value, bodyLeaves, bad));
      const fields = answer.body.error?.fields ?? [];
      const unnamed = [...bodyLeaves, ...queryLeaves]
        .map((leaf) => joined(leaf.path))
        .filter((path) => !fields.some((field) => field.path === path && message.test(field.message)));
      if (answer.status !== 400 || unnamed.length > 0) {
        failures.push(
          `${route.method} ${route.path}: ${answer.status}, not named: ${unnamed.join(', ')} ${JSON.stringify(answer.body)}`,
        );
      }
    }
    return { tried, failures };
  }

  it('refuses a NUL character in any text of a body or query, naming the field', async () => {
    const result = await expectRefused('text', 'A\u0000B', /ikke kan gemmes/, { parts: ['body', 'query'] });
    expect(result.failures).toEqual([]);
    expect(result.tried).toBeGreaterThan(40);
  });

  it('refuses half a surrogate pair in any text of a body (jsonb too), naming the field', async () => {
    const result = await expectRefused('text', 'x\ud800y', /ikke kan gemmes/, { parts: ['body'] });
    expect(result.failures).toEqual([]);
    expect(result.tried).toBeGreaterThan(40);
  });

  it('refuses a whole number above the integer column (a version of 2147483648), naming the field', async () => {
    const result = await expectRefused('integer', 2_147_483_648, /Må højst være/, { parts: ['body'] });
    expect(result.failures).toEqual([]);
    expect(result.tried).toBeGreaterThan(10);
    const inQuery = await expectRefused('integer', '2147483648', /Må højst være/, { parts: ['query'] });
    expect(inQuery.failures).toEqual([]);
  });

  it('refuses dates outside their sensible range (9999-12-31, 1000-01-01), saying what the range is', async () => {
    for (const date of ['9999-12-31', '1000-01-01']) {
      const result = await expectRefused('date', date, /Datoen skal ligge mellem 1\. januar (2000|1900) og 10 år frem/, {
        parts: ['body', 'query'],
      });
      expect(result.failures).toEqual([]);
      expect(result.tried).toBeGreaterThan(20);
    }
  });

  it('refuses an empty PATCH body on every PATCH route', async () => {
    const failures: string[] = [];
    const patches = routes.filter((route) => route.method === 'PATCH' && route.body && isServed(route));
    for (const route of patches) {
      const answer = await send(
        route,
        sessionFor(route),
        urlOf(route, () => randomUUID()),
        {},
      );
      if (answer.status !== 400 || !answer.body.error.fields?.length) failures.push(`${route.path}: ${answer.status}`);
    }
    expect(failures).toEqual([]);
    expect(patches.length).toBeGreaterThanOrEqual(14);
  });

  it('refuses a NUL in a path parameter with 400 for a caller who may use the route', async () => {
    const failures: string[] = [];
    for (const route of routes.filter((r) => paramNames(r).length > 0 && isServed(r))) {
      const answer = await send(
        route,
        sessionFor(route),
        urlOf(route, () => '\u0000'),
        sampleOf(route.body).value,
      );
      const named = answer.body.error?.fields?.map((field) => field.path) ?? [];
      if (answer.status !== 400 || !paramNames(route).every((name) => named.includes(name))) {
        failures.push(`${route.method} ${route.path}: ${answer.status} ${JSON.stringify(answer.body)}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('refuses a NUL in the path of a route the role may not use with 403, and audits the refusal', async () => {
    const failures: string[] = [];
    const refusedBy = new Map<Role, { all: number; withId: number }>();
    for (const route of routes.filter((r) => paramNames(r).length > 0 && isServed(r))) {
      const permission = route.permission;
      if (permission === null || permission === 'public') continue;
      const role = roles.find((r) => !hasPermission(r, permission));
      const session = role ? sessions.get(role) : undefined;
      if (!role || !session) continue;
      const answer = await send(
        route,
        session,
        urlOf(route, () => '\u0000'),
        sampleOf(route.body).value,
      );
      if (answer.status !== 403) failures.push(`${route.method} ${route.path}: ${answer.status} ${JSON.stringify(answer.body)}`);
      const counted = refusedBy.get(role) ?? { all: 0, withId: 0 };
      refusedBy.set(role, { all: counted.all + 1, withId: counted.withId + (paramNames(route).includes('id') ? 1 : 0) });
    }
    expect(failures).toEqual([]);
    expect([...refusedBy.values()].reduce((sum, count) => sum + count.all, 0)).toBeGreaterThan(50);
    for (const [role, count] of refusedBy) {
      const audited = await auditEvents(testApp.db, { action: 'access.refused', actorUserId: userIds.get(role) ?? '' }, [
        'subject_id',
        'outcome',
      ]);
      expect(audited.filter((event) => event.outcome === 'refused')).toHaveLength(count.all);
      expect(audited.filter((event) => event.subject_id === '\\u0000')).toHaveLength(count.withId);
    }
  });
});
