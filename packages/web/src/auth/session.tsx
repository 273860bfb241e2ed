import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Permission } from '@hjemvej/domain';
import { authRoutes, type SessionResponse, type SessionUser, type SignInBody } from '@hjemvej/contract';
import { call, setCsrfToken, setUnauthorizedHandler } from '../api/client';
import { i18next, isLocale, storeLocale } from '../i18n';
import { SessionStatusPage } from './session-status-page';

export const sessionQueryKey = ['session'] as const;

interface SessionContextValue {
  session: SessionResponse;
  user: SessionUser | null;
  /** True when the last session ended on its own (401), so the sign-in page can say so. */
  sessionEnded: boolean;
  signIn: (body: SignInBody) => Promise<SessionUser>;
  signOut: () => Promise<void>;
  can: (permission: Permission) => boolean;
}

const SessionContext = createContext<SessionContextValue | null>(null);

async function fetchSession(): Promise<SessionResponse> {
  const session = await call(authRoutes.session, { expectUnauthorized: true });
  setCsrfToken(session.csrfToken);
  return session;
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [sessionEnded, setSessionEnded] = useState(false);
  const query = useQuery({ queryKey: sessionQueryKey, queryFn: fetchSession, staleTime: Infinity, retry: 1 });

  const dropUserData = useCallback(() => {
    queryClient.removeQueries({ predicate: (candidate) => candidate.queryKey[0] !== sessionQueryKey[0] });
  }, [queryClient]);

  const forgetUser = useCallback(() => {
    queryClient.setQueryData<SessionResponse>(sessionQueryKey, (previous) => (previous ? { ...previous, user: null } : previous));
    dropUserData();
    // A fresh anonymous session brings a fresh CSRF token for the next sign-in.
    void queryClient.invalidateQueries({ queryKey: sessionQueryKey });
  }, [queryClient, dropUserData]);

  useEffect(() => {
    setUnauthorizedHandler(() => {
      const hadUser = queryClient.getQueryData<SessionResponse>(sessionQueryKey)?.user != null;
      if (hadUser) setSessionEnded(true);
      forgetUser();
    });
    return () => setUnauthorizedHandler(null);
  }, [queryClient, forgetUser]);

  // The user's stored language wins once they are signed in.
  const user = query.data?.user ?? null;
  const appliedFor = useRef<string | null>(null);
  useEffect(() => {
    if (!user || appliedFor.current === user.id) return;
    appliedFor.current = user.id;
    if (isLocale(user.locale) && user.locale !== i18next.language) {
      storeLocale(user.locale);
      void i18next.changeLanguage(user.locale);
    }
  }, [user]);

  const signIn = useCallback(
    async (body: SignInBody) => {
      const result = await call(authRoutes.signIn, { body, expectUnauthorized: true });
      setCsrfToken(result.csrfToken);
      dropUserData();
      setSessionEnded(false);
      queryClient.setQueryData<SessionResponse>(sessionQueryKey, (previous) => ({
        oidc: previous?.oidc ?? { enabled: false, label: '' },
        user: result.user,
        csrfToken: result.csrfToken,
      }));
      return result.user;
    },
    [queryClient, dropUserData],
  );

  const signOut = useCallback(async () => {
    try {
      await call(authRoutes.signOut, { expectUnauthorized: true });
    } finally {
      appliedFor.current = null;
      setSessionEnded(false);
      forgetUser();
    }
  }, [forgetUser]);

  const value = useMemo<SessionContextValue | null>(() => {
    if (!query.data) return null;
    const permissions = new Set(query.data.user?.permissions ?? []);
    return {
      session: query.data,
      user: query.data.user,
      sessionEnded,
      signIn,
      signOut,
      can: (permission) => permissions.has(permission),
    };
  }, [query.data, sessionEnded, signIn, signOut]);

  if (!value) {
    return <SessionStatusPage failed={query.isError} onRetry={() => void query.refetch()} />;
  }
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside SessionProvider');
  return value;
}

/** Writes to the cached session (e.g. after changing the user's preferences). */
export function useSessionCache(): { updateUser: (user: SessionUser) => void } {
  const queryClient = useQueryClient();
  const updateUser = useCallback(
    (user: SessionUser) => {
      queryClient.setQueryData<SessionResponse>(sessionQueryKey, (previous) => (previous ? { ...previous, user } : previous));
    },
    [queryClient],
  );
  return { updateUser };
}
