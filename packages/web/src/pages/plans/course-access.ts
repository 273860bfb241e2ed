import { useSession } from '../../auth/session';

/**
 * Assessments, plans and decisions are made by the municipality's authority (myndighed); others
 * with access to the citizen read them. The server checks the same (403 otherwise).
 */
export function useCanAuthorCourse(): boolean {
  const { can, user } = useSession();
  return can('citizens.write') && user?.organisation.kind === 'municipality';
}
