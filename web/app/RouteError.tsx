import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { useRouteError } from "react-router";

/** Shown when a page fails to render: a plain page with a way back. */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  useEffect(() => {
    console.error(error);
    document.title = `${t("routeError.title")} – ${t("app.name")}`;
  }, [error, t]);
  return (
    <main id="main" className="container startup-error">
      <h1>{t("routeError.title")}</h1>
      <p>{t("routeError.text")}</p>
      <p>
        <a href="/">{t("routeError.home")}</a>
      </p>
    </main>
  );
}
