import { Navigate, Outlet, useLocation } from 'react-router';
import { useSession } from './session';

/** Lets signed-in users through; sends everyone else to the sign-in page (and back afterwards). */
export function RequireAuth() {
  const { user } = useSession();
  const location = useLocation();
  if (!user) {
    const from = `${location.pathname}${location.search}`;
    return <Navigate to="/sign-in" replace state={{ from }} />;
  }
  return <Outlet />;
}
