import { useEffect } from "react";
import { useTranslation } from "react-i18next";

/** Sets document.title to "Page – Organisation – Aktiva"; empty parts are left out. */
export function useDocumentTitle(...parts: (string | null | undefined)[]): void {
  const { t } = useTranslation();
  const title = [...parts, t("app.name")].filter(Boolean).join(" – ");
  useEffect(() => {
    document.title = title;
  }, [title]);
}
