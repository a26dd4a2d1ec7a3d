import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../app/api.ts";
import { useDocumentTitle } from "../app/title.ts";
import { Alert } from "../ui/Alert.tsx";
import { Button, TextLink } from "../ui/Button.tsx";
import { AppForm, useFormSubmit } from "../ui/Form.tsx";
import { PageHeading } from "../ui/PageHeading.tsx";
import { TextField } from "../ui/TextField.tsx";
import { EMAIL_PATTERN } from "./labels.ts";

export function ForgotPassword() {
  const { t } = useTranslation();
  const form = useFormSubmit();
  const [email, setEmail] = useState("");
  const [sentTo, setSentTo] = useState<string | null>(null);
  useDocumentTitle(t("forgot.title"));

  return (
    <div className="narrow-page">
      <PageHeading intro={t("forgot.intro")}>{t("forgot.title")}</PageHeading>
      {sentTo ? (
        <Alert tone="success" title={t("forgot.sentTitle")} live="status" focusOnMount>
          <p>{t("forgot.sentText", { email: sentTo })}</p>
          <p>
            <TextLink href="/logga-in">{t("forgot.backToSignIn")}</TextLink>
          </p>
        </Alert>
      ) : (
        <AppForm
          form={form}
          labels={{ email: t("field.email") }}
          onSubmit={async () => {
            const value = email.trim();
            if (!value) return { email: t("validation.emailRequired") };
            if (!EMAIL_PATTERN.test(value)) return { email: t("validation.emailInvalid") };
            await api("/api/auth/password-reset", { method: "POST", body: { email: value } });
            setSentTo(value);
          }}
        >
          <TextField
            name="email"
            type="email"
            label={t("field.email")}
            autoComplete="email"
            value={email}
            onChange={setEmail}
            isRequired
          />
          <div className="form__actions">
            <Button type="submit" variant="primary" isPending={form.pending}>
              {t("forgot.submit")}
            </Button>
            <TextLink href="/logga-in">{t("forgot.backToSignIn")}</TextLink>
          </div>
        </AppForm>
      )}
    </div>
  );
}
