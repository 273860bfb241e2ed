/**
 * The API describes itself: an OpenAPI 3.1 document generated from the contract's routes
 * (zod → JSON Schema 2020-12), with shared schemas as named components, served as JSON and
 * as reference pages (Swagger UI). `npm run lint:openapi` checks the same document.
 */
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { createJsonSchemaTransform, createJsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { apiDescriptionPaths } from '@hjemvej/contract';
import { registerApiComponents } from '@hjemvej/contract/components';
import type { AppConfig } from '../config/config';
import { sessionCookieName } from './session-cookie';

/** Registers the generator; call before any route, so that every route is described. */
export async function registerApiDescription(app: FastifyInstance, config: AppConfig): Promise<void> {
  registerApiComponents();
  const transformObject = createJsonSchemaTransformObject({});
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Hjemvej API',
        version: config.version,
        description:
          'Housing First course management. Every route validates input and output with zod; personal data is scoped and audited.',
      },
      servers: [{ url: config.publicUrl, description: 'This Hjemvej installation' }],
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: sessionCookieName } } },
      security: [{ session: [] }],
    },
    transform: createJsonSchemaTransform({ skipList: [] }),
    transformObject: (document) => withoutUnusedComponents(transformObject(document)),
  });
  await app.register(swaggerUi, {
    routePrefix: apiDescriptionPaths.docs,
    staticCSP: true,
    // Swagger UI's own policy lets the page be framed by the same origin; nothing of Hjemvej is
    // meant to be framed (clickjacking), so the reference pages refuse framing like every other answer.
    transformStaticCSP: (header) => header.replace(/frame-ancestors [^;]*/, "frame-ancestors 'none'"),
  });
  app.get(apiDescriptionPaths.openApi, { schema: { hide: true }, config: { public: 'the API description' } }, async () =>
    app.swagger(),
  );
}

/**
 * Every registered schema is generated in both forms (input and output); keep only those an
 * operation reaches, directly or through another component.
 */
function withoutUnusedComponents<D extends object>(document: D): D {
  const { paths, components } = document as { paths?: unknown; components?: { schemas?: Record<string, unknown> } };
  const schemas = components?.schemas;
  if (!components || !schemas) return document;
  const used = new Set<string>();
  const pending: unknown[] = [paths];
  const prefix = '#/components/schemas/';
  while (pending.length > 0) {
    const value = pending.pop();
    if (Array.isArray(value)) pending.push(...(value as unknown[]));
    else if (value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if (key === '$ref' && typeof child === 'string' && child.startsWith(prefix)) {
          const name = child.slice(prefix.length);
          if (!used.has(name)) {
            used.add(name);
            pending.push(schemas[name]);
          }
        } else pending.push(child);
      }
    }
  }
  components.schemas = Object.fromEntries(Object.entries(schemas).filter(([name]) => used.has(name)));
  return document;
}
