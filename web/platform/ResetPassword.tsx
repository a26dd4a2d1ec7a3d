import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { api } from "../app/api.ts";
import { useDocumentTitle } from "../app/title.ts";
import { Alert } from "../ui/Alert.tsx";
import { Button, LinkButton, TextLink } from "../ui/Button.tsx";
import { AppForm, anyError, useFormSubmit } from "../ui/Form.tsx";
import { PageHeading } from "../ui/PageHeading.tsx";
import { NewPasswordFields, useNewPassword } from "./NewPasswordFields.tsx";

export function ResetPassword() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get("token");
  const form = useFormSubmit();
  const newPassword = useNewPassword();
  const [done, setDone] = useState(false);
  useDocumentTitle(token ? t("reset.title") : t("reset.missingTokenTitle"));

  // The page says what is wrong in its heading: the link lacks its token (cut off by a mail program).
  if (!token) {
    return (
      <div className="narrow-page">
        <PageHeading>{t("reset.missingTokenTitle")}</PageHeading>
        <Alert tone="error">
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
          labels={newPassword.labels}
          onSubmit={async () => {
            const errors = newPassword.validate();
            if (anyError(errors)) return errors;
            await api("/api/auth/password-reset/confirm", {
              method: "POST",
              body: { token, password: newPassword.password },
            });
            setDone(true);
          }}
        >
          <NewPasswordFields state={newPassword} />
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
