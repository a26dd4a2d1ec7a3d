import type { ReactNode } from "react";
import { FieldError, Label, Text } from "react-aria-components";
import { useTranslation } from "react-i18next";

/** Label text, with "(optional)" when the field may be left empty. */
export function FieldLabel({ label, optional }: { label: ReactNode; optional?: boolean }) {
  const { t } = useTranslation();
  return (
    <Label className="field__label">
      {label}
      {optional ? <span className="field__optional"> {t("form.optional")}</span> : null}
    </Label>
  );
}

/** Description and error message of a field; react-aria links both with aria-describedby. */
export function FieldHelp({
  description,
  errorMessage,
}: {
  description?: ReactNode;
  errorMessage?: string;
}) {
  return (
    <>
      {description ? (
        <Text slot="description" className="field__description">
          {description}
        </Text>
      ) : null}
      <FieldError className="field__error">{errorMessage}</FieldError>
    </>
  );
}
