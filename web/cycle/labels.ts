import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import type { Label } from "../../core/cycle/labels.ts";

/**
 * The cycle's fixed vocabulary (areas, grounds, statuses …) is named in core/cycle/labels.ts,
 * shared with the reports; this picks the user's language.
 */
export function useLabel() {
  const { i18n } = useTranslation();
  const locale = i18n.language === "en" ? "en" : "sv";
  return useCallback((label: Label) => label[locale], [locale]);
}
