import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { api } from "../app/api.ts";
import { useDocumentTitle } from "../app/title.ts";
import { Alert } from "../ui/Alert.tsx";
import { Button, LinkButton, TextLink } from "../ui/Button.tsx";
import { AppForm, useFormSubmit } from "../ui/Form.tsx";
import { PageHeading } from "../ui/PageHeading.tsx";
import { TextField } from "../ui/TextField.tsx";
import { MIN_PASSWORD_LENGTH } from "./labels.ts";

export function ResetPassword() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get("token");
  const form = useFormSubmit();
  const [password, setPassword] = useState("");
  const [confirm, setConfirm] = useState("");
  const [done, setDone] = useState(false);
  useDocumentTitle(t("reset.title"));

  if (!token) {
    return (
      <div className="narrow-page">
        <PageHeading>{t("reset.title")}</PageHeading>
        <Alert tone="error" title={t("reset.missingTokenTitle")}>
          <p>{t("reset.missingTokenText")}</p>
          <p>
            <TextLink href="/glomt-losenord">{t("reset.requestNew")}</TextLink>
          </p>
        </Alert>
      </div>
    );
  }

  return (
    <div className="narrow-page">
      <PageHeading intro={done ? undefined : t("reset.intro")}>{t("reset.title")}</PageHeading>
      {done ? (
        <Alert tone="success" title={t("reset.doneTitle")} live="status" focusOnMount>
          <p>{t("reset.doneText")}</p>
          <LinkButton variant="primary" href="/logga-in">
            {t("signIn.submit")}
          </LinkButton>
        </Alert>
      ) : (
        <AppForm
          form={form}
          labels={{ password: t("field.newPassword"), confirm: t("field.confirmPassword") }}
          onSubmit={async () => {
            const errors = {
              password:
                password.length < MIN_PASSWORD_LENGTH &&
                t("validation.passwordTooShort", { count: MIN_PASSWORD_LENGTH }),
              confirm: password !== confirm && t("validation.passwordsDiffer"),
            };
            if (errors.password || errors.confirm) return errors;
            await api("/api/auth/password-reset/confirm", {
              method: "POST",
              body: { token, password },
            });
            setDone(true);
          }}
        >
          <TextField
            name="password"
            type="password"
            label={t("field.newPassword")}
            description={t("field.passwordHint", { count: MIN_PASSWORD_LENGTH })}
            autoComplete="new-password"
            value={password}
            onChange={setPassword}
            isRequired
          />
          <TextField
            name="confirm"
            type="password"
            label={t("field.confirmPassword")}
            autoComplete="new-password"
            value={confirm}
            onChange={setConfirm}
            isRequired
          />
          <div className="form__actions">
            <Button type="submit" variant="primary" isPending={form.pending}>
              {t("reset.submit")}
            </Button>
          </div>
        </AppForm>
      )}
    </div>
  );
}
