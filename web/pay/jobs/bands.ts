import { useTranslation } from "react-i18next";
import { useFormat } from "../../app/format.ts";

/** A band as text: from its lower edge up to (not including) the next band's. */
export function useBandRange(width: number) {
  const { t } = useTranslation("payJobs");
  const format = useFormat();
  return (band: number) =>
    t("band.range", { from: format.number(band * width), to: format.number((band + 1) * width) });
}
