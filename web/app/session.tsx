import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
} from "react";
import { useTranslation } from "react-i18next";
import i18n, { isLocale } from "../i18n/index.ts";
import { Button } from "../ui/Button.tsx";
import { Loading } from "../ui/Loading.tsx";
import { api, resetCsrfToken } from "./api.ts";
import type { Locale, Session, User } from "./types.ts";

interface SessionContextValue {
  session: Session;
  /** Reloads /api/session (after sign-in, accepting an invitation, creating an organisation). */
  refresh: () => Promise<Session>;
  /** Uses a session the server already returned (sign-in answers with one). */
  adopt: (session: Session) => void;
  signOut: () => Promise<void>;
  /** True after the user signed out in this tab (sign-in then says so). */
  signedOut: boolean;
  /** Switches the UI language; saved on the account when signed in, and in this browser. */
  changeLanguage: (locale: Locale) => Promise<void>;
  updateUser: (user: User) => void;
}

const SessionContext = createContext<SessionContextValue | null>(null);

const ANONYMOUS: Session = { user: null, organisations: [] };

function applyUserLocale(session: Session): void {
  const locale = session.user?.locale;
  if (isLocale(locale) && locale !== i18n.language) void i18n.changeLanguage(locale);
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [session, setSession] = useState<Session | null>(null);
  const [failed, setFailed] = useState(false);
  const [signedOut, setSignedOut] = useState(false);

  const refresh = useCallback(async () => {
    const next = await api<Session>("/api/session");
    applyUserLocale(next);
    setSession(next);
    return next;
  }, []);

  const load = useCallback(() => {
    setFailed(false);
    refresh().catch(() => setFailed(true));
  }, [refresh]);

  useEffect(() => load(), [load]);

  const value = useMemo<SessionContextValue | null>(() => {
    if (!session) return null;
    return {
      session,
      refresh,
      signedOut,
      adopt: (next) => {
        resetCsrfToken();
        setSignedOut(false);
        applyUserLocale(next);
        setSession(next);
      },
      signOut: async () => {
        try {
          await api<void>("/api/auth/sign-out", { method: "POST" });
        } finally {
          resetCsrfToken();
          setSignedOut(true);
          setSession(ANONYMOUS);
        }
      },
      changeLanguage: async (locale) => {
        await i18n.changeLanguage(locale);
        if (session.user && session.user.locale !== locale) {
          try {
            const user = await api<User>("/api/me", { method: "PATCH", body: { locale } });
            setSession((current) => (current ? { ...current, user } : current));
          } catch {
            // The language still changes in this browser; the account keeps the old choice.
          }
        }
      },
      updateUser: (user) => setSession((current) => (current ? { ...current, user } : current)),
    };
  }, [session, refresh, signedOut]);

  if (failed) {
    return (
      <main className="container startup-error">
        <h1>{t("startup.failedTitle")}</h1>
        <p>{t("startup.failedText")}</p>
        <Button variant="primary" onPress={load}>
          {t("action.tryAgain")}
        </Button>
      </main>
    );
  }
  if (!value) {
    return (
      <main className="container">
        <Loading />
      </main>
    );
  }
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error("useSession outside SessionProvider");
  return value;
}

const LAST_ORGANISATION_KEY = "aktiva.lastOrganisation";

export function rememberOrganisation(organisationId: string): void {
  try {
    window.localStorage.setItem(LAST_ORGANISATION_KEY, organisationId);
  } catch {
    // not remembered; the first organisation is used instead
  }
}

export function lastOrganisation(): string | null {
  try {
    return window.localStorage.getItem(LAST_ORGANISATION_KEY);
  } catch {
    return null;
  }
}
