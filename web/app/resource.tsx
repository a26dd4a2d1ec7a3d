import { useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Alert } from "../ui/Alert.tsx";
import { Button } from "../ui/Button.tsx";
import { ApiError, api, NetworkError } from "./api.ts";
import { useSession } from "./session.tsx";

export interface Resource<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload: () => void;
  /** Replace the data with what a change returned, without asking the server again. */
  setData: (data: T) => void;
}

/** Loads `path` with GET (again when the path changes or on reload). `null` loads nothing. */
export function useResource<T>(path: string | null): Resource<T> {
  const { refresh } = useSession();
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);
  const [loading, setLoading] = useState(path !== null);
  const [version, setVersion] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: version triggers a reload
  useEffect(() => {
    if (path === null) return;
    const controller = new AbortController();
    setLoading(true);
    setError(undefined);
    api<T>(path, { signal: controller.signal })
      .then((body) => {
        setData(body);
        setLoading(false);
      })
      .catch((failure: unknown) => {
        if (controller.signal.aborted) return;
        setError(failure);
        setLoading(false);
        // The session has ended: reloading it sends the user to sign-in.
        if (failure instanceof ApiError && failure.status === 401) void refresh();
      });
    return () => controller.abort();
  }, [path, version, refresh]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { data, error, loading, reload, setData };
}

/** The user's-language message for a failed request. */
export function useErrorMessage() {
  const { t } = useTranslation();
  return useCallback(
    (error: unknown): string => {
      if (error instanceof ApiError) {
        if (error.detail) return error.detail;
        if (error.status === 403) return t("error.forbidden");
        if (error.status === 404) return t("error.notFound");
        return error.title || t("error.unexpected");
      }
      if (error instanceof NetworkError) return t("error.network");
      return t("error.unexpected");
    },
    [t],
  );
}

/** An error alert with "Try again" for a resource that failed to load. */
export function LoadError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  return (
    <Alert tone="error" title={t("error.loadFailedTitle")} live="alert">
      <p>{message(error)}</p>
      {onRetry ? <Button onPress={onRetry}>{t("action.tryAgain")}</Button> : null}
    </Alert>
  );
}
