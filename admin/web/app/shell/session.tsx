import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, ApiError } from './api-client.ts';
import { isUiLanguage, UiLanguageContext, type UiLanguage } from './texts.ts';

/** A role of a staff member in one organization (as `/api/auth/me` returns it). */
export interface Membership {
  organizationId: string;
  slug: string;
  kind: string;
  parentId?: string | null;
  role: 'editor' | 'outreach_worker' | 'analyst' | 'admin' | string;
}

/** The signed-in staff member (`/api/auth/me` `staff`). */
export interface Staff {
  userId: string;
  name: string;
  email: string;
  languages: string[];
  memberships: Membership[];
  /** The chosen interface language, once the API keeps it. */
  uiLanguage?: string | null;
}

/** What every page can read about the session: `useSession()`. */
export interface Session {
  staff: Staff;
  language: UiLanguage;
  /** Switches the interface language (kept in the account and in this browser). */
  setLanguage(language: UiLanguage): void;
  /** True when the staff member holds one of `roles` (in any organization, or in `slug`). A UI hint only: the API decides. */
  hasRole(roles: string | readonly string[], slug?: string): boolean;
}

const SessionContext = createContext<Session | null>(null);

/** The session; only inside the app's shell (it is always there once signed in). */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

const STORAGE_KEY = 'staff-ui-language';

function storedLanguage(): UiLanguage | undefined {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isUiLanguage(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

function browserLanguage(): UiLanguage {
  return (navigator.languages ?? [navigator.language]).some((l) => l.toLowerCase().startsWith('nl')) ? 'nl' : 'en';
}

/** The language to start in: the account's choice, else this browser's last choice, else the browser's language. */
export function initialLanguage(staff: Staff | null): UiLanguage {
  if (staff && isUiLanguage(staff.uiLanguage)) return staff.uiLanguage;
  return storedLanguage() ?? browserLanguage();
}

/** Keeps the choice for the account; a server without the preferences route (404) keeps it in the browser only. */
async function saveLanguage(language: UiLanguage): Promise<void> {
  try {
    await api.put('/api/me/preferences', { uiLanguage: language });
  } catch (err) {
    if (!(err instanceof ApiError && (err.status === 404 || err.status === 405))) throw err;
  }
}

type Loaded = { state: 'loading' } | { state: 'ready'; staff: Staff } | { state: 'failed'; error: unknown };

/**
 * Loads `/api/auth/me` once (the CSRF token goes to the API client), holds
 * the interface language and sets `<html lang>` to it. Without a session
 * the API client has already sent the browser to the sign-in page.
 */
export function SessionProvider({ children, loading, failed }: {
  children: ReactNode;
  loading: ReactNode;
  failed: (error: unknown) => ReactNode;
}) {
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [language, setLanguageState] = useState<UiLanguage>(() => initialLanguage(null));

  useEffect(() => {
    let cancelled = false;
    api.get<{ staff: Staff; csrfToken: string }>('/api/auth/me').then((me) => {
      if (cancelled) return;
      api.setCsrfToken(me.csrfToken);
      setLanguageState(initialLanguage(me.staff));
      setLoaded({ state: 'ready', staff: me.staff });
    }, (error: unknown) => {
      if (!cancelled) setLoaded({ state: 'failed', error });
    });
    return () => { cancelled = true; };
  }, []);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const setLanguage = useCallback((next: UiLanguage) => {
    setLanguageState(next);
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private mode: the account still keeps it.
    }
    saveLanguage(next).catch(() => undefined);
  }, []);

  const session = useMemo<Session | null>(() => {
    if (loaded.state !== 'ready') return null;
    const staff = loaded.staff;
    return {
      staff,
      language,
      setLanguage,
      hasRole(roles, slug) {
        const wanted = typeof roles === 'string' ? [roles] : roles;
        return staff.memberships.some((m) => wanted.includes(m.role) && (slug === undefined || m.slug === slug));
      },
    };
  }, [loaded, language, setLanguage]);

  let content: ReactNode;
  if (loaded.state === 'loading') content = loading;
  else if (loaded.state === 'failed') content = failed(loaded.error);
  else content = <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
  return <UiLanguageContext.Provider value={language}>{content}</UiLanguageContext.Provider>;
}
