/** The organisation's collaboration settings: read by anyone in it, changed by those who manage flowcards. */
import type { FastifyInstance } from 'fastify';
import { collaborationSettingsRoutes } from '@hjemvej/contract';
import type { Db } from '../../database/connection';
import { registerSecuredRoute } from '../../http/secured-route';
import { getCollaborationSettings, updateCollaborationSettings } from './collaboration-settings-service';

export function registerCollaborationSettingsRoutes(app: FastifyInstance, db: Db): void {
  // The organisation's own numbers, not personal data: reading is not audited; a change is.
  registerSecuredRoute(app, db, collaborationSettingsRoutes.read, (ctx) => getCollaborationSettings(ctx));

  registerSecuredRoute(app, db, collaborationSettingsRoutes.update, (ctx, { body }) => updateCollaborationSettings(ctx, body));
}
