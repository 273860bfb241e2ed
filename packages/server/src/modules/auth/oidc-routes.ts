/** OpenID Connect sign-in (placeholder until the OIDC module lands: answers 404 when not configured). */
import type { FastifyInstance } from 'fastify';
import type { AppConfig } from '../../config/config';
import type { Db } from '../../database/connection';

export function registerOidcRoutes(_app: FastifyInstance, _db: Db, _config: AppConfig): void {}
