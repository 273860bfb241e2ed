import type { ReactNode } from 'react';
import type { Permission } from '@hjemvej/domain';
import { useSession } from './session';
import { ForbiddenPage } from '../pages/forbidden/forbidden-page';

/** Shows the page only to users with the permission; others see a plain "no access" page. */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const { can } = useSession();
  return can(permission) ? children : <ForbiddenPage />;
}
