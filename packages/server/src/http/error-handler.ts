/**
 * Turns every failure into a clean, localized JSON answer: validation errors name their
 * fields, domain errors their code, and nothing unexpected leaks a stack trace.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { apiPathPrefix, type ErrorBody, type Locale } from '@hjemvej/contract';
import { databaseRetryAfterSeconds, isDatabaseUnavailable } from '../database/unavailable';
import { AppError, LegalRefusalError, StaleVersionError } from './errors';
import { requestLocale } from './locale';
import { isMessageCode, translate, type MessageCode } from './messages';

const zodLocales = { da: z.locales.da(), en: z.locales.en() } as const;

interface ValidationItem {
  keyword: string;
  instancePath: string;
  message?: string;
  params: Record<string, unknown>;
}

function fieldPath(instancePath: string): string {
  return instancePath.replace(/^\//, '').replaceAll('/', '.');
}

/** Plainer words than zod's for the issues users meet most; null means use zod's own locale. */
function ownMessageFor(
  keyword: string,
  params: Record<string, unknown>,
): { code: MessageCode; params: Record<string, string | number> } | null {
  const origin = params.origin;
  const minimum = Number(params.minimum);
  const maximum = Number(params.maximum);
  if (keyword === 'too_small') {
    if (origin === 'string')
      return minimum <= 1 ? { code: 'field_required', params: {} } : { code: 'too_short', params: { minimum } };
    if (origin === 'array' || origin === 'set') return { code: 'too_few', params: { minimum } };
    return { code: 'number_too_small', params: { minimum } };
  }
  if (keyword === 'too_big') {
    if (origin === 'string') return { code: 'too_long', params: { maximum } };
    if (origin === 'array' || origin === 'set') return { code: 'too_many', params: { maximum } };
    return { code: 'number_too_big', params: { maximum } };
  }
  if (keyword === 'invalid_format') {
    if (params.format === 'email') return { code: 'invalid_email', params: {} };
    if (params.format === 'uuid' || params.format === 'guid') return { code: 'invalid_uuid', params: {} };
    if (params.format === 'date') return { code: 'invalid_date', params: {} };
  }
  if (keyword === 'invalid_value' && Array.isArray(params.values)) {
    return { code: 'invalid_choice', params: { options: params.values.map(String).join(', ') } };
  }
  if (keyword === 'unrecognized_keys' && Array.isArray(params.keys)) {
    return { code: 'unknown_field', params: { keys: params.keys.map(String).join(', ') } };
  }
  return null;
}

/** One zod issue in the user's language. Custom issues carry one of our message codes. */
export function localizeIssue(locale: Locale, item: ValidationItem): string {
  const original = item.message ?? '';
  if (isMessageCode(original)) return translate(locale, original);
  if (item.keyword === 'invalid_type' && /received undefined/.test(original)) return translate(locale, 'field_required');
  const own = ownMessageFor(item.keyword, item.params);
  if (own) return translate(locale, own.code, own.params);
  const issue = { code: item.keyword, ...item.params, message: original, path: [] } as unknown as Parameters<
    (typeof zodLocales)['da']['localeError']
  >[0];
  const localized = zodLocales[locale].localeError(issue);
  if (typeof localized === 'string') return localized;
  return localized?.message ?? original;
}

function body(
  locale: Locale,
  code: MessageCode,
  params: Record<string, string | number> = {},
  extra: Partial<ErrorBody['error']> = {},
): ErrorBody {
  return { error: { code, message: translate(locale, code, params), ...extra } };
}

export function registerErrorHandling(app: FastifyInstance, options: { spaFallback: boolean }): void {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const locale = requestLocale(request);

    if (hasZodFastifySchemaValidationErrors(error)) {
      const fields = error.validation.map((item) => ({
        path: fieldPath(item.instancePath),
        message: localizeIssue(locale, item as unknown as ValidationItem),
      }));
      return reply.code(400).send(body(locale, 'validation_failed', {}, { fields }));
    }

    if (error instanceof AppError) {
      const fields = error.fields.map((f) => ({ path: f.path, message: translate(locale, f.code, f.params ?? {}) }));
      const retryAfter = reply.getHeader('retry-after');
      return reply.code(error.statusCode).send(
        body(locale, error.code, error.params, {
          ...(fields.length > 0 ? { fields } : {}),
          ...(retryAfter ? { retryAfterSeconds: Number(retryAfter) } : {}),
          ...(error instanceof StaleVersionError
            ? { conflict: { ...error.conflict, changedFields: [...error.conflict.changedFields] } }
            : {}),
          ...(error instanceof LegalRefusalError ? { legal: error.legal } : {}),
        }),
      );
    }

    if (isDatabaseUnavailable(error)) {
      // Restarting, failing over or unreachable: the same request will work again shortly.
      request.log.warn({ err: error }, 'database unavailable');
      return reply
        .code(503)
        .header('retry-after', String(databaseRetryAfterSeconds))
        .send(
          body(
            locale,
            'database_unavailable',
            { seconds: databaseRetryAfterSeconds },
            { retryAfterSeconds: databaseRetryAfterSeconds },
          ),
        );
    }

    if (isResponseSerializationError(error)) {
      request.log.error({ err: error, issues: error.cause.issues }, 'response did not match its schema');
      return reply.code(500).send(body(locale, 'internal'));
    }

    switch (error.code) {
      case 'FST_ERR_CTP_INVALID_JSON_BODY':
      case 'FST_ERR_CTP_EMPTY_JSON_BODY':
        return reply.code(400).send(body(locale, 'malformed_json'));
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        return reply.code(413).send(body(locale, 'payload_too_large'));
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
        return reply.code(415).send(body(locale, 'unsupported_media_type'));
      default:
        break;
    }
    if (error.statusCode === 429) {
      return reply.code(429).send(body(locale, 'rate_limited'));
    }
    if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
      // Other client errors from Fastify or a plugin: a clean answer, no internals.
      return reply.code(error.statusCode).send(body(locale, 'validation_failed'));
    }
    request.log.error({ err: error }, 'unexpected error');
    return reply.code(500).send(body(locale, 'internal'));
  });

  app.setNotFoundHandler((request, reply) => {
    if (options.spaFallback && request.method === 'GET' && !request.url.startsWith(apiPathPrefix)) {
      return reply.type('text/html').sendFile('index.html');
    }
    return reply.code(404).send(body(requestLocale(request), 'unknown_route'));
  });
}
