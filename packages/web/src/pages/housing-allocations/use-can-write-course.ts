import { useSession } from '../../auth/session';

/**
 * Allocations, support courses and follow-ups are the handlekommune's case work: its users
 * change them; a § 110 shelter reads them for its residents (the server enforces the same).
 */
export function useCanWriteCourse(): boolean {
  const { user, can } = useSession();
  return can('citizens.write') && user?.organisation.kind === 'municipality';
}
