import type { FastifyRequest } from 'fastify';
import type { Locale } from '@hjemvej/contract';

/** The user's language: the UI sends Accept-Language; Danish when nothing says otherwise. */
export function requestLocale(request: FastifyRequest): Locale {
  const header = request.headers['accept-language'] ?? '';
  for (const part of header.split(',')) {
    const tag = part.trim().slice(0, 2).toLowerCase();
    if (tag === 'da' || tag === 'en') return tag;
  }
  return request.actor?.locale ?? 'da';
}
