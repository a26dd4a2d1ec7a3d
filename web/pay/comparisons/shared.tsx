import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { formatAmount } from "../../../core/platform/format.ts";
import { useFormat } from "../../app/format.ts";
import { Alert } from "../../ui/Alert.tsx";
import { Button } from "../../ui/Button.tsx";
import type { Classification, Difference, Suppressed } from "./types.ts";

/** Kronor, percentages and hidden figures as the comparison pages write them. */
export function useFigures(k: number) {
  const { t, i18n } = useTranslation("payComparisons");
  const format = useFormat();
  const locale = i18n.language === "en" ? "en" : "sv";
  return useMemo(() => {
    const oneDecimal = new Intl.NumberFormat(format.locale, { maximumFractionDigits: 1 });
    const money = (kronor: number) => formatAmount(kronor, locale);
    const percent = (value: number) => t("percent", { value: oneDecimal.format(value) });
    const hidden = (suppressed: Suppressed) =>
      suppressed === "primary" ? t("hidden.fewer", { k }) : t("hidden.protects");
    return {
      money,
      percent,
      hidden,
      /** A figure, or why there is none. */
      pay: (value: number | null, suppressed: Suppressed) =>
        suppressed && value === null
          ? hidden(suppressed)
          : value === null
            ? t("none")
            : money(value),
      /** "3 000 kr (8,6 %)": the size of a difference, whichever side is paid more. */
      size: (difference: Difference) =>
        difference.percent === null
          ? money(Math.abs(difference.kr))
          : t("size", {
              amount: money(Math.abs(difference.kr)),
              percent: oneDecimal.format(Math.abs(difference.percent)),
            }),
      number: (value: number) => oneDecimal.format(value),
    };
  }, [t, format, k, locale]);
}

export type ComparisonFigures = ReturnType<typeof useFigures>;

/** Who is paid more in one job, in words: "Männen 3 000 kr mer (8,6 %)". */
export function EqualWorkDifference({
  difference,
  figures,
  hiddenText,
}: {
  difference: Difference | null;
  figures: ComparisonFigures;
  hiddenText: string;
}) {
  const { t } = useTranslation("payComparisons");
  if (difference === null) return <span className="muted">{hiddenText}</span>;
  if (difference.kr === 0) return <>{t("difference.equal")}</>;
  return (
    <>
      {difference.kr > 0
        ? t("difference.menMore", { size: figures.size(difference) })
        : t("difference.womenMore", { size: figures.size(difference) })}
    </>
  );
}

const BADGE: Record<Classification, string> = {
  justified: "badge badge--success",
  unjustified: "badge badge--danger",
  investigate: "badge comparisons-badge--investigate",
};

/** The analysis of a difference as a text badge (the colour only repeats the words). */
export function ClassificationBadge({ classification }: { classification: Classification | null }) {
  const { t } = useTranslation("payComparisons");
  return (
    <span className={classification ? BADGE[classification] : "badge comparisons-badge--todo"}>
      {classification ? t(`classification.${classification}`) : t("classification.none")}
    </span>
  );
}

/** Someone else saved first: their words, and a way to start again from what is saved. */
export function ConflictAlert({
  conflict,
  onReload,
  reload,
}: {
  conflict: string | null;
  onReload: () => void;
  /** The reload button's label. */
  reload: string;
}) {
  return (
    <div role="alert">
      {conflict ? (
        <Alert tone="warning">
          <p>{conflict}</p>
          <Button onPress={onReload}>{reload}</Button>
        </Alert>
      ) : null}
    </div>
  );
}

/** A dialog form's cancel and save buttons. */
export function FormActions({
  close,
  pending,
  save,
}: {
  close: () => void;
  pending: boolean;
  /** The save button's label. */
  save: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="dialog__actions">
      <Button onPress={close}>{t("action.cancel")}</Button>
      <Button type="submit" variant="primary" isPending={pending}>
        {save}
      </Button>
    </div>
  );
}
