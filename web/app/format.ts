import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { intlLocale } from "../i18n/index.ts";

/** Date and number formatting in the current language (sv-SE or en-GB). */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale = intlLocale(i18n.language);
  return useMemo(() => {
    const date = new Intl.DateTimeFormat(locale, { dateStyle: "long" });
    const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeStyle: "short" });
    const number = new Intl.NumberFormat(locale);
    const list = new Intl.ListFormat(locale, { style: "long", type: "conjunction" });
    return {
      locale,
      date: (value: string | Date) => date.format(new Date(value)),
      dateTime: (value: string | Date) => dateTime.format(new Date(value)),
      number: (value: number) => number.format(value),
      list: (values: string[]) => list.format(values),
    };
  }, [locale]);
}
