import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Navigate, useSearchParams } from "react-router";
import { api } from "../app/api.ts";
import { useSession } from "../app/session.tsx";
import { useDocumentTitle } from "../app/title.ts";
import type { Session } from "../app/types.ts";
import { Alert } from "../ui/Alert.tsx";
import { Button, TextLink } from "../ui/Button.tsx";
import { AppForm, useFormSubmit } from "../ui/Form.tsx";
import { PageHeading } from "../ui/PageHeading.tsx";
import { TextField } from "../ui/TextField.tsx";
import { EMAIL_PATTERN, safeNext } from "./labels.ts";

export function SignIn() {
  const { t } = useTranslation();
  const { session, adopt, signedOut } = useSession();
  const [params] = useSearchParams();
  const form = useFormSubmit();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  useDocumentTitle(t("signIn.title"));

  const next = safeNext(params.get("next"));
  if (session.user) return <Navigate to={next ?? "/"} replace />;

  return (
    <div className="narrow-page">
      <PageHeading intro={t("signIn.intro")}>{t("signIn.title")}</PageHeading>
      {signedOut ? (
        <Alert tone="success" live="status">
          {t("signIn.signedOut")}
        </Alert>
      ) : null}
      {next ? <p>{t("signIn.afterwards")}</p> : null}
      <AppForm
        form={form}
        labels={{ email: t("field.email"), password: t("field.password") }}
        onSubmit={async () => {
          const errors = {
            email: !email.trim()
              ? t("validation.emailRequired")
              : !EMAIL_PATTERN.test(email.trim()) && t("validation.emailInvalid"),
            password: !password && t("validation.passwordRequired"),
          };
          if (errors.email || errors.password) return errors;
          const result = await api<Session>("/api/auth/sign-in", {
            method: "POST",
            body: { email: email.trim(), password },
          });
          adopt(result);
        }}
      >
        <TextField
          name="email"
          type="email"
          label={t("field.email")}
          autoComplete="username"
          value={email}
          onChange={setEmail}
          isRequired
        />
        <TextField
          name="password"
          type="password"
          label={t("field.password")}
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
          isRequired
        />
        <div className="form__actions">
          <Button type="submit" variant="primary" isPending={form.pending}>
            {t("signIn.submit")}
          </Button>
          <TextLink href="/glomt-losenord">{t("signIn.forgot")}</TextLink>
        </div>
      </AppForm>
    </div>
  );
}
